// The database as Kysely sees it. Columns are the same on SQLite and PostgreSQL:
// instants are ISO-8601 text ('2026-11-28T02:00:00.000Z'), calendar dates 'YYYY-MM-DD' text in
// Asia/Shanghai, flags integer 0/1, structured values JSON text, money integer fen.
// Columns ending in `_enc` hold fieldCrypto ciphertext; `_hash` columns hold its keyed lookup hash.

import type { ColumnType, Generated } from 'kysely';

type OtherParentConsent = 'pending' | 'confirmed' | 'refused';

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
  /** WeChat's open-platform id, kept when code2Session gives one (0009). */
  unionid: string | null;
  /** The phone WeChat confirmed (getPhoneNumber), encrypted (0009). */
  phone_enc: string | null;
  phone_verified_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  /** The longest any session may live (the parents' absolute lifetime); the purge goes by it. */
  expires_at: string;
  /** (0009) an id an admin can name; the token hash stays private. */
  id: string | null;
  /** (0009) last request, for the idle timeout. */
  last_seen_at: string | null;
  /** (0009) ended by sign-out or by an admin. */
  ended_at: string | null;
}

/** (0009) The access_token every gateway shares, per appid. */
export interface WechatTokensTable {
  appid: string;
  access_token_enc: string | null;
  expires_at: string | null;
  refreshing_until: string | null;
  version: number;
  updated_at: string;
}

/** (0009) CloudBase: a clear copy handed out as a temporary URL, until retention deletes it. */
export interface CloudFileSharesTable {
  /** The cloud storage fileID of the copy. */
  file_id: string;
  created_at: string;
}

/** (0009) One row per start of a real-name check. */
export interface IdentityAttemptsTable {
  id: string;
  user_id: string;
  /** Shanghai calendar day. */
  day: string;
  attempt_no: number;
  provider: string;
  verify_id: string | null;
  name_enc: string;
  id_number_enc: string;
  status: 'started' | 'passed' | 'failed';
  created_at: string;
  expires_at: string;
  finished_at: string | null;
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

  /**
   * Whether the person named as spouse has said it is them (migration 0008). Until 'confirmed' they
   * are not joined to the family; 'refused' means they said 这不是我. Rows from before are 'confirmed'.
   */
  spouse_consent: 'pending' | 'confirmed' | 'refused';
  spouse_answered_at: string | null;
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
  kind: 'registration' | 'birth' | 'subsidy' | 'nursery';
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
  /** The answer as JSON, sealed with fieldCrypto (the name predates the sealing; see cloud/core/idempotency.ts). */
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

/**
 * One 出生一件事 application. The full input (ID numbers, phones, addresses) lives only in
 * `application_json_enc`; the clear columns are what lists and queues show (the child's name and
 * birth facts) and what access checks need (the parents' ID-number hashes).
 */
export interface BirthCasesTable {
  id: string;
  /** 'CS533123' + year + 6-digit sequence. */
  number: string;
  family_id: string;
  applicant_user_id: string;
  registration_id: string | null;
  status: 'in_progress' | 'needs_fix' | 'completed';
  child_name: string;
  child_sex: 'M' | 'F';
  child_birth_date: string;
  child_birth_time: string;
  hospital_id: string;
  /** BirthApplicationInput as JSON, encrypted. */
  application_json_enc: string;
  applicant_id_hash: string;
  other_parent_id_hash: string;
  /** The other parent's answer to being named (这是我 joins them to the family); see handlers/birth/otherParentConsent.ts. */
  other_parent_consent: ColumnType<OtherParentConsent, OtherParentConsent | undefined, OtherParentConsent>;
  other_parent_answered_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the police complete the hukou step: finds the child by ID number later (subsidies, vaccines). */
  child_id_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface BirthCaseSequencesTable {
  year: number;
  last_value: number;
}

/** One department's sub-request of a case. */
export interface BundleStepsTable {
  case_id: string;
  step: string;
  status: 'waiting' | 'pending' | 'accepted' | 'done' | 'rejected' | 'excluded';
  /** When the step last became pending (reached its department): the queues' order. */
  since: string;
  /** StepResults[step] as JSON, encrypted (the hukou result holds the child's ID number). */
  result_json_enc: string | null;
  reject_reason: string | null;
  /** The application fields the clerk named when returning the step (JSON array of input paths). */
  reject_fields: string | null;
  /** The department's data as it was when the step was returned (Shown[] as JSON, encrypted). */
  rejected_data_enc: string | null;
  updated_at: string;
}

/** Append-only timeline of every step. */
export interface BundleStepEventsTable {
  id: string;
  case_id: string;
  step: string;
  /** Order within a case (events written in one transaction share `at`). */
  seq: number;
  at: string;
  status: 'waiting' | 'pending' | 'accepted' | 'done' | 'rejected' | 'excluded';
  by: 'parent' | 'clerk' | 'system';
  actor_user_id: string | null;
  note: string | null;
}

/** Which uploaded files a case's current application attaches (file ids only). */
export interface BirthCaseFilesTable {
  case_id: string;
  file_id: string;
}

/** Uploaded files: metadata here, the (encrypted) bytes in the file store under `storage_key`. */
export interface FilesTable {
  id: string;
  owner_user_id: string;
  kind: string;
  mime: string;
  size: number;
  /** Of the clear bytes. */
  sha256: string;
  storage_key: string;
  created_at: string;
}

/**
 * A child of a family, as every child-centred service (vaccines, due-next, later subsidies) sees it.
 * Comes from a 出生一件事 case (`birth_case_id`) or from the children a 生育登记 lists
 * (`registration_id`); one row per (family, name, birth date). The ID number arrives with the
 * police's hukou result.
 */
export interface ChildrenTable {
  id: string;
  family_id: string;
  name: string;
  sex: 'M' | 'F' | null;
  birth_date: string;
  id_number_enc: string | null;
  id_number_hash: string | null;
  source: 'birth_case' | 'registration';
  birth_case_id: string | null;
  registration_id: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * A dose recorded by a clinic; one row per (child, dose of the schedule). What was given — the day
 * (Shanghai calendar date), the ProductCode (e.g. 'JE-I'), batch and clinic — is health data: it is
 * sealed as one JSON value (DoseDetail, cloud/handlers/children/record.ts).
 */
export interface VaccineDosesTable {
  child_id: string;
  dose_id: string;
  detail_enc: string;
  recorded_by: string;
  recorded_at: string;
}

/** A child health check recorded by the health centre (migration 0016); one row per (child, check). */
export interface ChildHealthChecksTable {
  child_id: string;
  /** A check of domain/childHealth/childChecks.ts ('newborn-visit', 'month-1', 'm3' … 'y6'). */
  check_id: string;
  check_date: string;
  facility: string;
  /** CheckDetail (domain/childHealth/types.ts) as JSON, sealed with the field key. */
  detail_enc: string;
  /** Growth flag kinds raised by this check, comma-separated; '' when none. */
  growth_flags: ColumnType<string, string | undefined, string>;
  recorded_by: string;
  recorded_at: string;
}

/** A newborn screening result (migration 0016); one row per (child, screening, round). */
export interface NewbornScreeningsTable {
  child_id: string;
  kind: 'metabolic' | 'hearing';
  round: 'initial' | 'recheck';
  result: 'pass' | 'recheck' | 'referred';
  screened_on: string;
  facility: string;
  recheck_where: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** Which reminder went to whom, so the hourly job sends each one once. */
export interface RemindersSentTable {
  user_id: string;
  /** The reminder's own key: the due item's key and which reminder it is (e.g. '…:hepb-2@7d'). */
  item_key: string;
  /** The item's date when the reminder went out; a moved date gets its own reminders. */
  due_date: string;
  sent_at: string;
}

/**
 * A parent's claim for one child (docs/decisions.md §3): the payments the server's engine found claimable on the
 * day it was submitted (`lines_json`, SubsidyLine[]), where the money goes, and — when the system did
 * not hold the child's papers — what the parent typed (sealed) with the uploaded 户口簿 page.
 */
export interface SubsidyApplicationsTable {
  id: string;
  /** 'BT533123' + year + 6-digit sequence. */
  number: string;
  family_id: string;
  child_id: string;
  applicant_user_id: string;
  /** The applicant's verified name when they applied. */
  applicant_name: string;
  status: 'submitted' | 'under_review' | 'approved' | 'rejected' | 'paid';
  submitted_at: string;
  /** 30 working days after the submission day (YYYY-MM-DD). */
  review_due_by: string;
  reject_reason: string | null;
  /** SubsidyLine[] as JSON. */
  lines_json: string;
  total_fen: number;
  /** The rule-set version the lines came from. */
  rules_version: string;
  account_kind: 'bank_card' | 'social_security_card';
  account_holder: 'applicant' | 'child';
  account_holder_name: string;
  account_bank_name: string;
  account_number_enc: string;
  account_last4: string;
  /** ChildPapersInput as JSON, encrypted; null when the system held the papers. */
  papers_enc: string | null;
  /** The 户口簿 upload of `papers_enc`, in clear so who may read the file is decided without the key. */
  papers_file_id: string | null;
  batch_id: string | null;
  paid_on: string | null;
  updated_at: string;
  /** The township the dashboard counted this application under (subsidy_counts); null until counted. */
  monitor_township: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The periods claimed by applications that are not rejected; one row per (child, rule, period). */
export interface SubsidyClaimsTable {
  child_id: string;
  rule_id: string;
  period_key: string;
  application_id: string;
}

/** Append-only timeline of an application. */
export interface SubsidyEventsTable {
  id: string;
  application_id: string;
  /** Order within an application. */
  seq: number;
  at: string;
  status: SubsidyApplicationsTable['status'];
  actor_user_id: string | null;
  note: string | null;
}

export interface SubsidySequencesTable {
  year: number;
  last_value: number;
}

/** The finance department's quarterly payout: every approved application gathered when it was made. */
export interface PayoutBatchesTable {
  id: string;
  /** 'ZF' + quarter + '-' + 2-digit sequence, e.g. 'ZF2026Q4-01'. */
  number: string;
  /** '2026Q4' (Shanghai calendar). */
  quarter: string;
  status: 'open' | 'paid';
  created_at: string;
  created_by: string;
  paid_on: string | null;
  paid_at: string | null;
  paid_by: string | null;
}

/** A setting of the policy data the health bureau decides (migration 0010); no row = the data's default. */
export interface PolicySettingsTable {
  key: string;
  value: string;
  /** The document (and clause) the bureau relied on, as typed by the clerk. */
  source: string;
  set_by: string;
  set_at: string;
}

/** A 妇幼 figure the health bureau entered for a year from the 妇幼 reporting system (migration 0017). */
export interface ReportedFiguresTable {
  figure: string;
  year: number;
  /** The value ×100 (two decimals kept exactly). */
  value_x100: number;
  /** Where the figure comes from, as typed by the clerk (e.g. the 妇幼卫生年报 table). */
  source: string;
  entered_by: string;
  entered_at: string;
}

/** A transfer of a batch that failed; the application went back to the queue for the next batch (migration 0010). */
export interface PayoutTransferFailuresTable {
  id: string;
  batch_id: string;
  application_id: string;
  reason: string;
  recorded_by: string;
  recorded_at: string;
}

export interface PayoutBatchSequencesTable {
  quarter: string;
  last_value: number;
}

/** A child's hukou moved out of 盈江, as the police recorded it. */
export interface HukouMovesTable {
  id: string;
  child_id: string;
  moved_on: string;
  destination: 'yunnan_other' | 'outside_yunnan';
  recorded_by: string;
  recorded_at: string;
}

/** A 托育机构 as filed with the health bureau (docs/decisions.md §4). Business data: nothing here is personal. */
export interface NurseryInstitutionsTable {
  id: string;
  name: string;
  /** 备案 number, e.g. 533123BA20240001 (domain/nursery/limits.ts). */
  filing_number: string;
  filing_status: 'filed' | 'pending' | 'revoked';
  /** Why the bureau last changed the status (a revocation's reason). */
  status_reason: string | null;
  ownership: 'public' | 'puhui' | 'for_profit';
  demonstration: number;
  kindergarten_class: number;
  township: string;
  address: string;
  lat: number;
  lng: number;
  phone: string;
  hours: string;
  /** CareType[] as JSON. */
  care_types_json: string;
  meals_monthly_fen: number;
  /** OtherFee[] as JSON. */
  other_fees_json: string;
  caregivers: number;
  grade: '一级' | '二级' | '三级' | null;
  /** string[] (file ids or URLs) as JSON. */
  photos_json: string;
  sample: number;
  created_at: string;
  updated_at: string;
}

/** The classes an institution runs, in the operator's order. */
export interface NurseryClassesTable {
  institution_id: string;
  position: number;
  kind: 'infant' | 'toddler' | 'senior' | 'mixed';
  capacity: number;
  enrolled: number;
  care_fee_monthly_fen: number;
}

export interface NurseryInspectionsTable {
  id: string;
  institution_id: string;
  date: string;
  result: 'pass' | 'rectify' | 'fail';
  notes: string;
  recorded_by: string | null;
  recorded_at: string;
}

/** A visit time an operator offers; `booked` counts live bookings (families), never above `capacity`. */
export interface NurseryVisitSlotsTable {
  id: string;
  institution_id: string;
  /** 'YYYY-MM-DDTHH:mm', Beijing time. */
  start: string;
  duration_min: number;
  capacity: number;
  booked: number;
  created_at: string;
}

/** A parent's visit booking or place application. The contact phone is sealed (`_enc`). */
export interface NurseryRequestsTable {
  id: string;
  /** 'TY533123' + year + 6-digit sequence. */
  number: string;
  kind: 'visit' | 'place';
  status: 'submitted' | 'accepted' | 'declined' | 'cancelled';
  institution_id: string;
  user_id: string;
  family_id: string | null;
  parent_name: string;
  contact_phone_enc: string | null;
  slot_id: string | null;
  slot_start: string | null;
  slot_duration_min: number | null;
  visitors: number | null;
  class_kind: 'infant' | 'toddler' | 'senior' | 'mixed' | null;
  care_type: 'full_day' | 'half_day' | 'hourly' | 'temporary' | null;
  start_month: string | null;
  child_id: string | null;
  note: string | null;
  answer: string | null;
  decided_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface NurseryRequestSequencesTable {
  year: number;
  last_value: number;
}

/** One row (id 1): a fresh random `generation` is written by every change search can see. */
export interface NurseryIndexStateTable {
  id: number;
  generation: string;
  /** Bumped by every write search can see (0012); nursery_index_changes says which institution. */
  seq: Generated<number>;
}

/** Which institution the write numbered `seq` changed (0012; the last NURSERY_CHANGES_KEPT are kept). */
export interface NurseryIndexChangesTable {
  seq: number;
  institution_id: string;
}

/**
 * One birth, counted once (人口监测): from a 出生一件事 case, else from a 生育登记 made after the birth.
 * No names or ID numbers (domain/dashboard/birthFact.ts says where each value comes from).
 */
export interface BirthFactsTable {
  source: 'registration' | 'birth_case';
  source_id: string;
  birth_date: string;
  /** 'YYYY-MM' of birth_date. */
  month: string;
  /** A TownshipCode, or 'outside' when no 盈江 township is known. */
  township: string;
  sex: 'M' | 'F' | null;
  birth_order: number | null;
  ethnicity: string | null;
  updated_at: string;
}

/** Subsidy payment lines counted per month, township, rule and measure (the dashboard's subsidy figures). */
export interface SubsidyCountsTable {
  month: string;
  township: string;
  rule_id: string;
  rule_name: string;
  /** 'claimed:<status>' (by submission month) or 'paid' (by payout month). */
  measure: string;
  lines: number;
  fen: number;
}

/** birth_facts counted per month, township and one dimension ('total', 'sex', 'order', 'ethnicity'). */
export interface BirthCountsTable {
  month: string;
  township: string;
  dimension: 'total' | 'sex' | 'order' | 'ethnicity';
  /** '' for total; 'M' / 'F' / 'unknown'; '1' / '2' / '3+' / 'unknown'; an ethnicity code or 'unknown'. */
  value: string;
  count: number;
}

/** 出生一件事 steps done, counted per Shanghai month done, township of the birth, step and whole days taken. */
export interface StepDurationsTable {
  month: string;
  township: string;
  step: string;
  days: number;
  count: number;
}

/** A document number a department returned, by its keyed hash: one case each (0007). */
export interface IssuedNumbersTable {
  kind: 'birth_certificate' | 'vaccination' | 'medical_insurance' | 'social_security';
  number_hash: string;
  case_id: string;
  created_at: string;
}

/** Which gateway runs an hourly job, until when (0007). */
export interface JobLeasesTable {
  job: string;
  holder: string;
  until: string;
}

/**
 * Fixed-window counters for the shared rate limits, upload quotas and the refused-call audit cap
 * (cloud/db/repos/rateCounters.ts). `n` grows atomically; rows past `expires_at` are dead weight the
 * retention job deletes.
 */
export interface RateCountersTable {
  bucket: string;
  window_start: string;
  /** bigint: PostgreSQL hands it back as a string, so readers go through Number(). */
  n: number | string;
  expires_at: string;
}

/** A mother's pregnancy (0015): dating, 建册, delivery; open_key holds her ID hash while it is her open one. */
export interface PregnanciesTable {
  id: string;
  family_id: string;
  mother_user_id: string | null;
  mother_name: string;
  mother_birth_date: string | null;
  mother_id_enc: string | null;
  mother_id_hash: string;
  registration_id: string | null;
  township: string | null;
  basis: 'lmp' | 'ultrasound' | 'due_date';
  lmp: string | null;
  scan_date: string | null;
  scan_weeks: number | null;
  scan_days: number | null;
  start_date: string;
  due_date: string;
  booked_on: string | null;
  booked_facility: string | null;
  outcome: 'live_birth' | 'stillbirth' | 'miscarriage' | null;
  delivery_date: string | null;
  discharge_date: string | null;
  open_key: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A check of the pregnancy calendar as recorded (0015); detail_enc: what was found, sealed. */
export interface PregnancyChecksTable {
  pregnancy_id: string;
  check_id: string;
  date: string;
  gestation_days: number | null;
  facility: string;
  detail_enc: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** A 妊娠风险评估 (0015): colours comma-separated; notes sealed. */
export interface PregnancyRiskAssessmentsTable {
  id: string;
  pregnancy_id: string;
  colours: string;
  assessed_on: string;
  facility: string;
  next_follow_up: string | null;
  notes_enc: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  wechat_tokens: WechatTokensTable;
  identity_attempts: IdentityAttemptsTable;
  cloud_file_shares: CloudFileSharesTable;
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
  birth_cases: BirthCasesTable;
  birth_case_sequences: BirthCaseSequencesTable;
  bundle_steps: BundleStepsTable;
  bundle_step_events: BundleStepEventsTable;
  birth_case_files: BirthCaseFilesTable;
  files: FilesTable;
  children: ChildrenTable;
  vaccine_doses: VaccineDosesTable;
  child_health_checks: ChildHealthChecksTable;
  newborn_screenings: NewbornScreeningsTable;
  reminders_sent: RemindersSentTable;
  subsidy_applications: SubsidyApplicationsTable;
  subsidy_claims: SubsidyClaimsTable;
  subsidy_events: SubsidyEventsTable;
  subsidy_sequences: SubsidySequencesTable;
  payout_batches: PayoutBatchesTable;
  payout_batch_sequences: PayoutBatchSequencesTable;
  payout_transfer_failures: PayoutTransferFailuresTable;
  policy_settings: PolicySettingsTable;
  reported_figures: ReportedFiguresTable;
  hukou_moves: HukouMovesTable;
  nursery_institutions: NurseryInstitutionsTable;
  nursery_classes: NurseryClassesTable;
  nursery_inspections: NurseryInspectionsTable;
  nursery_visit_slots: NurseryVisitSlotsTable;
  nursery_requests: NurseryRequestsTable;
  nursery_request_sequences: NurseryRequestSequencesTable;
  nursery_index_state: NurseryIndexStateTable;
  nursery_index_changes: NurseryIndexChangesTable;
  birth_facts: BirthFactsTable;
  birth_counts: BirthCountsTable;
  subsidy_counts: SubsidyCountsTable;
  step_durations: StepDurationsTable;
  issued_numbers: IssuedNumbersTable;
  job_leases: JobLeasesTable;
  rate_counters: RateCountersTable;
  pregnancies: PregnanciesTable;
  pregnancy_checks: PregnancyChecksTable;
  pregnancy_risk_assessments: PregnancyRiskAssessmentsTable;
}
