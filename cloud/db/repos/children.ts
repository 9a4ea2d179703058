// Queries on children, their recorded doses and the reminders sent about them. Who may see a child is
// decided by the handlers (cloud/handlers/children/access.ts, the clinic guard); the one place that
// creates or changes a child is cloud/handlers/children/upsert.ts.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ChildrenTable, Database, VaccineDosesTable } from '../tables';
import { isUniqueViolation } from '../uniqueViolation';

export type ChildRow = Selectable<ChildrenTable>;
export type DoseRow = Selectable<VaccineDosesTable>;

export async function findChild(db: Kysely<Database>, id: string): Promise<ChildRow | undefined> {
  return db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Name and birth date of these children, for the lists staff read. */
export async function childSummaries(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Pick<ChildRow, 'id' | 'name' | 'birth_date'>[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('children')
    .select(['id', 'name', 'birth_date'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function findChildOfBirthCase(db: Kysely<Database>, birthCaseId: string): Promise<ChildRow | undefined> {
  return db.selectFrom('children').selectAll().where('birth_case_id', '=', birthCaseId).executeTakeFirst();
}

/** The dedupe key: one row per (family, name, birth date). */
export async function findFamilyChild(
  db: Kysely<Database>,
  familyId: string,
  name: string,
  birthDate: string,
): Promise<ChildRow | undefined> {
  return db
    .selectFrom('children')
    .selectAll()
    .where('family_id', '=', familyId)
    .where('name', '=', name)
    .where('birth_date', '=', birthDate)
    .executeTakeFirst();
}

/** Oldest first (by birth date, then name). */
export async function childrenOfFamily(db: Kysely<Database>, familyId: string): Promise<ChildRow[]> {
  return db
    .selectFrom('children')
    .selectAll()
    .where('family_id', '=', familyId)
    .orderBy('birth_date')
    .orderBy('name')
    .orderBy('created_at')
    .execute();
}

export async function childrenOfRegistration(db: Kysely<Database>, registrationId: string): Promise<ChildRow[]> {
  return db.selectFrom('children').selectAll().where('registration_id', '=', registrationId).execute();
}

export const CHILD_SEARCH_LIMIT = 50;

/** County-wide, for the clinic: exact name and birth date. */
export async function childrenByNameAndBirthDate(
  db: Kysely<Database>,
  criteria: { name?: string; birthDate?: string },
): Promise<ChildRow[]> {
  let query = db.selectFrom('children').selectAll();
  if (criteria.birthDate) query = query.where('birth_date', '=', criteria.birthDate);
  if (criteria.name) query = query.where('name', '=', criteria.name);
  return query.orderBy('birth_date').orderBy('name').orderBy('id').limit(CHILD_SEARCH_LIMIT).execute();
}

export async function childByIdHash(db: Kysely<Database>, idHash: string): Promise<ChildRow | undefined> {
  return db.selectFrom('children').selectAll().where('id_number_hash', '=', idHash).executeTakeFirst();
}

export async function insertChild(db: Kysely<Database>, row: Insertable<ChildrenTable>): Promise<void> {
  await db.insertInto('children').values(row).execute();
}

export async function updateChild(db: Kysely<Database>, id: string, changes: Updateable<ChildrenTable>): Promise<void> {
  await db.updateTable('children').set(changes).where('id', '=', id).execute();
}

export async function deleteChild(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('children').where('id', '=', id).execute();
}

/** Children with a hash but no stored number: rows the 0003 backfill made without the field key. */
export async function childrenMissingIdNumber(db: Kysely<Database>): Promise<ChildRow[]> {
  return db.selectFrom('children').selectAll().where('id_number_hash', 'is not', null).where('id_number_enc', 'is', null).execute();
}

// ---- doses ----

// The dose's details are sealed (detail_enc), so rows come in the order they were recorded.

export async function dosesOf(db: Kysely<Database>, childId: string): Promise<DoseRow[]> {
  return db.selectFrom('vaccine_doses').selectAll().where('child_id', '=', childId).orderBy('recorded_at').orderBy('dose_id').execute();
}

export async function dosesOfChildren(db: Kysely<Database>, childIds: readonly string[]): Promise<DoseRow[]> {
  if (childIds.length === 0) return [];
  return db.selectFrom('vaccine_doses').selectAll().where('child_id', 'in', childIds).orderBy('recorded_at').orderBy('dose_id').execute();
}

export async function countDoses(db: Kysely<Database>, childId: string): Promise<number> {
  const row = await db
    .selectFrom('vaccine_doses')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('child_id', '=', childId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** False when the dose is already recorded (the primary key refused it). */
export async function insertDose(db: Kysely<Database>, row: Insertable<VaccineDosesTable>): Promise<boolean> {
  const result = await db
    .insertInto('vaccine_doses')
    .values(row)
    .onConflict((oc) => oc.columns(['child_id', 'dose_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Moves one child's doses to another (a merge); the caller has checked that none collide. */
export async function moveDoses(db: Kysely<Database>, fromChildId: string, toChildId: string): Promise<void> {
  await db.updateTable('vaccine_doses').set({ child_id: toChildId }).where('child_id', '=', fromChildId).execute();
}

// ---- reminders ----

/** Users who belong to a family (the parents who get reminders), with their family. */
export async function familyMembers(db: Kysely<Database>): Promise<{ id: string; family_id: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'family_id'])
    .where('family_id', 'is not', null)
    .orderBy('family_id')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, family_id: r.family_id! }));
}

export async function parentsOfFamily(db: Kysely<Database>, familyId: string): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('family_id', '=', familyId).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Claims a reminder: true when this call recorded it (and so must send it), false when it had been
 * sent already. Written in the sending transaction, so the record and the message commit together.
 */
export async function claimReminder(
  db: Kysely<Database>,
  r: { userId: string; itemKey: string; dueDate: string; at: Date },
): Promise<boolean> {
  try {
    const result = await db
      .insertInto('reminders_sent')
      .values({ user_id: r.userId, item_key: r.itemKey, due_date: r.dueDate, sent_at: r.at.toISOString() })
      .onConflict((oc) => oc.columns(['user_id', 'item_key', 'due_date']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

// ---- What the reminder job reads (cloud/jobs/reminderCandidates.ts): small answers, in pages ----

/**
 * The distinct birth dates of all children (a few thousand however many children), read a page at a
 * time along the (birth_date, name) index, with a pause between pages.
 */
export async function childBirthDates(db: Kysely<Database>, pause: () => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    let q = db.selectFrom('children').select('birth_date').distinct().orderBy('birth_date').limit(100);
    if (out.length > 0) q = q.where('birth_date', '>', out[out.length - 1]!);
    const page = (await q.execute()).map((r) => r.birth_date);
    out.push(...page);
    await pause();
    if (page.length < 100) return out;
  }
}

/** The distinct birth dates of the children of 出生一件事 cases. */
export async function caseBirthDates(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('birth_cases').select('child_birth_date').distinct().execute()).map((r) => r.child_birth_date);
}

/** Birth dates per query: each answers in a few milliseconds, with a pause between them. */
const DATES_PER_QUERY = 8;

async function familiesByDateChunks(
  dates: readonly string[],
  pause: () => Promise<void>,
  query: (part: string[]) => Promise<{ family_id: string }[]>,
): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < dates.length; i += DATES_PER_QUERY) {
    for (const { family_id } of await query(dates.slice(i, i + DATES_PER_QUERY))) out.add(family_id);
    await pause();
  }
  return out;
}

/** Families with a child born on one of `dates` (with `doseIds`: who has one of those doses on record). */
export async function familiesWithChildBornOn(
  db: Kysely<Database>,
  dates: readonly string[],
  pause: () => Promise<void>,
  doseIds?: readonly string[],
): Promise<Set<string>> {
  if (doseIds?.length === 0) return new Set();
  return familiesByDateChunks(dates, pause, (part) => {
    const q = db.selectFrom('children').select('children.family_id').distinct().where('children.birth_date', 'in', part);
    if (!doseIds) return q.execute();
    return q
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('vaccine_doses')
            .select('vaccine_doses.dose_id')
            .whereRef('vaccine_doses.child_id', '=', 'children.id')
            .where('vaccine_doses.dose_id', 'in', doseIds),
        ),
      )
      .execute();
  });
}

/** Families with a child whose 出生一件事 case gives one of `dates` as the birth date. */
export async function familiesWithCaseBornOn(
  db: Kysely<Database>,
  dates: readonly string[],
  pause: () => Promise<void>,
): Promise<Set<string>> {
  return familiesByDateChunks(dates, pause, (part) =>
    db
      .selectFrom('children')
      .innerJoin('birth_cases', 'birth_cases.id', 'children.birth_case_id')
      .select('children.family_id')
      .distinct()
      .where('birth_cases.child_birth_date', 'in', part)
      .execute(),
  );
}

/** Families with a child whose hukou move the police recorded. */
export async function familiesWithHukouMoves(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('hukou_moves')
    .innerJoin('children', 'children.id', 'hukou_moves.child_id')
    .select('children.family_id')
    .distinct()
    .execute();
  return new Set(rows.map((r) => r.family_id));
}

/** Families with a 出生一件事 step sent back for 补正, and when each was sent back (ISO instant). */
export async function familiesWithReturnedSteps(db: Kysely<Database>): Promise<{ familyId: string; at: string }[]> {
  const rows = await db
    .selectFrom('bundle_steps as s')
    .innerJoin('birth_cases as c', 'c.id', 's.case_id')
    .select(['c.family_id', 's.updated_at'])
    .where('s.status', '=', 'rejected')
    .execute();
  return rows.map((r) => ({ familyId: r.family_id, at: r.updated_at }));
}

/** Parents of a family, ordered by (family, id), `limit` after `after` (keyset paging). */
export async function familyMembersPage(
  db: Kysely<Database>,
  after: { family_id: string; id: string } | undefined,
  limit: number,
): Promise<{ id: string; family_id: string }[]> {
  let q = db.selectFrom('users').select(['id', 'family_id']).where('family_id', 'is not', null);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('family_id', '>', after.family_id), eb.and([eb('family_id', '=', after.family_id), eb('id', '>', after.id)])]),
    );
  const rows = await q.orderBy('family_id').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, family_id: r.family_id! }));
}

/** Parents of the given families, ordered by (family, id). */
export async function membersOfFamilies(db: Kysely<Database>, familyIds: readonly string[]): Promise<{ id: string; family_id: string }[]> {
  if (familyIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'family_id'])
    .where('family_id', 'in', familyIds)
    .orderBy('family_id')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, family_id: r.family_id! }));
}

/** Whether a child not made by this case carries this ID-number hash. */
export async function childOutsideCaseHasIdHash(db: Kysely<Database>, idHash: string, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('children')
    .select('id')
    .where('id_number_hash', '=', idHash)
    .where((eb) => eb.or([eb('birth_case_id', 'is', null), eb('birth_case_id', '!=', caseId)]))
    .executeTakeFirst();
  return row !== undefined;
}
