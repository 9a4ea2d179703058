// The database as Kysely sees it. Columns are the same on SQLite and PostgreSQL:
// instants are ISO-8601 text ('2026-11-28T02:00:00.000Z'), calendar dates 'YYYY-MM-DD' text in
// Asia/Shanghai, flags integer 0/1, structured values JSON text, money (later) integer fen.
// Columns ending in `_enc` hold fieldCrypto ciphertext; `_hash` columns hold its keyed lookup hash.

export interface UsersTable {
  id: string;
  openid: string;
  created_at: string;
  verified_name: string | null;
  id_number_enc: string | null;
  id_number_hash: string | null;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  verified_at: string | null;
  family_id: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface StaffRolesTable {
  user_id: string;
  role: string;
  scope: string | null;
  granted_by: string | null;
  granted_at: string;
}

export interface FamiliesTable {
  id: string;
  created_at: string;
}

/** One person of a registration, flattened with a prefix (`applicant_` / `spouse_`). */
export interface RegistrationsTable {
  id: string;
  number: string;
  family_id: string;
  applicant_user_id: string;
  status: 'registered' | 'cancelled';
  stage: 'pregnant' | 'born';
  due_date: string | null;
  birth_date: string | null;
  township: string;
  marriage_date: string;
  child_order: number;
  created_at: string;
  updated_at: string;
  cancel_reason: string | null;
  cancelled_at: string | null;

  applicant_name: string;
  applicant_id_enc: string;
  applicant_id_hash: string;
  applicant_sex: 'M' | 'F';
  applicant_ethnicity: string;
  applicant_phone_enc: string;
  applicant_hukou_township: string;
  applicant_hukou_address: string;

  spouse_name: string;
  spouse_id_enc: string;
  spouse_id_hash: string;
  spouse_sex: 'M' | 'F';
  spouse_ethnicity: string;
  spouse_phone_enc: string;
  spouse_hukou_township: string;
  spouse_hukou_address: string;

  /** ExistingChild[] as JSON. */
  existing_children_json: string;
}

export interface RegistrationCorrectionsTable {
  id: string;
  registration_id: string;
  at: string;
  by_role: 'applicant' | 'health_bureau';
  actor_user_id: string;
  /** Changed field paths as a JSON array, e.g. ["spouse.phone","dueDate"]. */
  fields_json: string;
  reason: string | null;
}

/** Per-year counters behind registration numbers; bumped with an upsert so it is atomic on both engines. */
export interface RegistrationSequencesTable {
  year: number;
  last_value: number;
}

export interface CasesTable {
  id: string;
  user_id: string;
  family_id: string | null;
  kind: 'registration';
  ref_id: string;
  title: string;
  status: string;
  status_text: string;
  link: string;
  created_at: string;
  updated_at: string;
}

export interface InboxMessagesTable {
  id: string;
  user_id: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

/** Append-only: code inserts rows and never updates or deletes them. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string;
  actor_role: string;
  action: string;
  target_type: string;
  target_id: string;
  detail_json: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  fn: string;
  action: string;
  result_json: string;
  created_at: string;
}

export interface TownshipsTable {
  code: string;
  name: string;
  kind: string;
  lat: number;
  lng: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  staff_roles: StaffRolesTable;
  families: FamiliesTable;
  registrations: RegistrationsTable;
  registration_corrections: RegistrationCorrectionsTable;
  registration_sequences: RegistrationSequencesTable;
  cases: CasesTable;
  inbox_messages: InboxMessagesTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  townships: TownshipsTable;
}
