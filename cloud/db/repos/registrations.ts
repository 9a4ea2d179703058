// Queries on 生育登记 rows. Who may see a row is decided by the handlers; this module only fetches.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { todayIn } from '../../../domain/dates';
import type { Database, RegistrationCorrectionsTable, RegistrationsTable } from '../tables';

export type RegistrationRow = Selectable<RegistrationsTable>;
export type CorrectionRow = Selectable<RegistrationCorrectionsTable>;

export async function findRegistration(db: Kysely<Database>, id: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRegistration(db: Kysely<Database>, row: Insertable<RegistrationsTable>): Promise<void> {
  await db.insertInto('registrations').values(row).execute();
}

export async function updateRegistration(db: Kysely<Database>, id: string, changes: Updateable<RegistrationsTable>): Promise<void> {
  await db.updateTable('registrations').set(changes).where('id', '=', id).execute();
}

/** The family's 补登 registrations (stage born), whatever their status. */
export async function bornRegistrationsOfFamily(db: Kysely<Database>, familyId: string): Promise<RegistrationRow[]> {
  return db.selectFrom('registrations').selectAll().where('family_id', '=', familyId).where('stage', '=', 'born').execute();
}

/** The children declared (existing_children_json) on the registered 生育登记 of these families, one JSON list per registration. */
export async function existingChildrenOfFamilies(db: Kysely<Database>, familyIds: readonly string[]): Promise<string[]> {
  if (familyIds.length === 0) return [];
  const rows = await db
    .selectFrom('registrations')
    .select(['existing_children_json'])
    .where('family_id', 'in', [...new Set(familyIds)])
    .where('status', '=', 'registered')
    .execute();
  return rows.map((r) => r.existing_children_json);
}

/** What the bureau's search shows of a registration: names, but no ID numbers. */
export type RegistrationSummaryRow = Pick<
  RegistrationRow,
  | 'id'
  | 'number'
  | 'status'
  | 'applicant_name'
  | 'spouse_name'
  | 'child_order'
  | 'stage'
  | 'due_date'
  | 'birth_date'
  | 'township'
  | 'created_at'
>;

/** One page of the registrations matching the criteria (created in [createdFrom, createdBefore)), newest first; and how many match. */
export async function registrationSummaries(
  db: Kysely<Database>,
  criteria: {
    number?: string | undefined;
    township?: string | undefined;
    createdFrom?: string | undefined;
    createdBefore?: string | undefined;
  },
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: RegistrationSummaryRow[] }> {
  let query = db.selectFrom('registrations');
  if (criteria.number) query = query.where('number', '=', criteria.number);
  if (criteria.township) query = query.where('township', '=', criteria.township);
  if (criteria.createdFrom) query = query.where('created_at', '>=', criteria.createdFrom);
  if (criteria.createdBefore) query = query.where('created_at', '<', criteria.createdBefore);

  const { total } = await query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'id',
      'number',
      'status',
      'applicant_name',
      'spouse_name',
      'child_order',
      'stage',
      'due_date',
      'birth_date',
      'township',
      'created_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total), rows };
}

export interface PersonKeys {
  userId: string;
  idHash: string | null;
  familyId: string | null;
}

/**
 * Registrations the person filed (by user), and those naming them as spouse (by ID-number hash) that
 * belong to their own family — a registration that merely names them, filed into a family they are
 * not in, is not theirs to see (anyone can type anyone's ID number). Newest first.
 */
export async function registrationsOfPerson(
  db: Kysely<Database>,
  person: PersonKeys,
  options: { activeOnly?: boolean } = {},
): Promise<RegistrationRow[]> {
  let query = db
    .selectFrom('registrations')
    .selectAll()
    .where((eb) => {
      const mine = eb('applicant_user_id', '=', person.userId);
      if (!person.idHash || !person.familyId) return mine;
      return eb.or([mine, eb.and([eb('spouse_id_hash', '=', person.idHash), eb('family_id', '=', person.familyId)])]);
    });
  if (options.activeOnly) query = query.where('status', '=', 'registered');
  return query.orderBy('created_at', 'desc').orderBy('number', 'desc').execute();
}

/** The active registration that shapes the person's family: the latest they filed, else the latest of their family naming them. */
export async function currentRegistrationOf(db: Kysely<Database>, person: PersonKeys): Promise<RegistrationRow | undefined> {
  const rows = await registrationsOfPerson(db, person, { activeOnly: true });
  return rows.find((r) => r.applicant_user_id === person.userId) ?? rows[0];
}

/** The couple's registrations that are still in force, whichever of them applied. */
export async function activeRegistrationsOfCouple(
  db: Kysely<Database>,
  applicantHash: string,
  spouseHash: string,
): Promise<RegistrationRow[]> {
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('status', '=', 'registered')
    .where((eb) =>
      eb.or([
        eb.and([eb('applicant_id_hash', '=', applicantHash), eb('spouse_id_hash', '=', spouseHash)]),
        eb.and([eb('applicant_id_hash', '=', spouseHash), eb('spouse_id_hash', '=', applicantHash)]),
      ]),
    )
    .orderBy('created_at')
    .execute();
}

/** The family a couple already shares through an earlier registration, if any. */
export async function familyOfCouple(db: Kysely<Database>, applicantHash: string, spouseHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select('family_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('applicant_id_hash', '=', applicantHash), eb('spouse_id_hash', '=', spouseHash)]),
        eb.and([eb('applicant_id_hash', '=', spouseHash), eb('spouse_id_hash', '=', applicantHash)]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.family_id;
}

export async function correctionsOf(db: Kysely<Database>, registrationId: string): Promise<CorrectionRow[]> {
  return db.selectFrom('registration_corrections').selectAll().where('registration_id', '=', registrationId).orderBy('at').execute();
}

/** 'SY533123' + year + a 6-digit sequence that restarts each (Shanghai) year. Atomic on both engines. */
export async function allocateRegistrationNumber(db: Kysely<Database>, now: Date): Promise<string> {
  const year = Number(todayIn(now).slice(0, 4));
  const row = await db
    .insertInto('registration_sequences')
    .values({ year, last_value: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_value: eb(eb.ref('registration_sequences.last_value'), '+', 1) })))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `SY533123${year}${String(row.last_value).padStart(6, '0')}`;
}

export async function insertCorrection(db: Kysely<Database>, row: Insertable<RegistrationCorrectionsTable>): Promise<void> {
  await db.insertInto('registration_corrections').values(row).execute();
}

/** Registered 生育登记 naming this person as spouse that still wait for their answer. */
export async function registrationsAwaitingSpouse(db: Kysely<Database>, idHash: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('spouse_id_hash', '=', idHash)
    .where('spouse_consent', '=', 'pending')
    .where('status', '=', 'registered')
    .execute();
}

/** Whether a registered 生育登记 of the family names this person: as applicant, or as spouse once they confirmed it. */
export async function activeRegistrationNames(db: Kysely<Database>, familyId: string, idHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('family_id', '=', familyId)
    .where('status', '=', 'registered')
    .where((eb) =>
      eb.or([eb('applicant_id_hash', '=', idHash), eb.and([eb('spouse_id_hash', '=', idHash), eb('spouse_consent', '=', 'confirmed')])]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** The family's other registrations (any status), oldest first. */
export async function otherRegistrationsOfFamily(db: Kysely<Database>, familyId: string, exceptId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('family_id', '=', familyId)
    .where('id', '!=', exceptId)
    .orderBy('created_at')
    .execute();
}

/** The family's registered 生育登记 still in the pregnant stage, newest first. */
export async function pregnantRegistrationsOfFamily(
  db: Kysely<Database>,
  familyId: string,
): Promise<Pick<RegistrationRow, 'id' | 'number' | 'due_date'>[]> {
  return db
    .selectFrom('registrations')
    .select(['id', 'number', 'due_date'])
    .where('family_id', '=', familyId)
    .where('status', '=', 'registered')
    .where('stage', '=', 'pregnant')
    .orderBy('created_at', 'desc')
    .execute();
}

/** The person's latest 生育登记 (any status), as applicant or as a spouse who confirmed: the phones it holds, sealed. */
export async function latestPhonesNaming(
  db: Kysely<Database>,
  idHash: string,
): Promise<Pick<RegistrationRow, 'applicant_id_hash' | 'applicant_phone_enc' | 'spouse_phone_enc'> | undefined> {
  return db
    .selectFrom('registrations')
    .select(['applicant_id_hash', 'applicant_phone_enc', 'spouse_phone_enc'])
    .where((eb) =>
      eb.or([eb('applicant_id_hash', '=', idHash), eb.and([eb('spouse_id_hash', '=', idHash), eb('spouse_consent', '=', 'confirmed')])]),
    )
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}
