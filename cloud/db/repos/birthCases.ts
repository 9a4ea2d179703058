// Queries on 出生一件事 cases, their steps and timelines. Who may see what is decided by the
// handlers; this module only fetches and writes.
import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Updateable } from 'kysely';
import { todayIn } from '../../../domain/dates';
import type { BundleStepKey, StepStatus } from '../../../domain/birth/types';
import { newId } from '../../core/ids';
import type { BirthCasesTable, BundleStepEventsTable, BundleStepsTable, Database } from '../tables';

export type BirthCaseRow = Selectable<BirthCasesTable>;
export type BundleStepRow = Selectable<BundleStepsTable>;
export type StepEventRow = Selectable<BundleStepEventsTable>;

export async function findBirthCase(db: Kysely<Database>, id: string): Promise<BirthCaseRow | undefined> {
  return db.selectFrom('birth_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Takes the case for a write: bumping `updated_at` first makes PostgreSQL hold the row lock until
 * commit, so two clerks finishing two steps of one case at once are serialised and neither
 * overwrites the other's statuses. (SQLite serialises every write anyway.)
 */
export async function lockBirthCase(db: Kysely<Database>, id: string, now: Date): Promise<BirthCaseRow | undefined> {
  const result = await db.updateTable('birth_cases').set({ updated_at: now.toISOString() }).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findBirthCase(db, id);
}

/** The case whose child holds this ID number (the hash is unique), if any. */
export async function caseOfChildIdHash(db: Kysely<Database>, idHash: string): Promise<string | undefined> {
  const row = await db.selectFrom('birth_cases').select('id').where('child_id_hash', '=', idHash).executeTakeFirst();
  return row?.id;
}

/** Whether a case of the family stands for this birth: one naming the registration, or one with the same birth date. */
export async function caseOfBirthExists(
  db: Kysely<Database>,
  birth: { registrationId: string; familyId: string; birthDate: string | null },
): Promise<boolean> {
  const found = await db
    .selectFrom('birth_cases')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('registration_id', '=', birth.registrationId),
        ...(birth.birthDate ? [eb.and([eb('family_id', '=', birth.familyId), eb('child_birth_date', '=', birth.birthDate)])] : []),
      ]),
    )
    .executeTakeFirst();
  return found !== undefined;
}

/** These cases with the 孩次 of the 生育登记 each is linked to (null without one). */
export async function casesWithRegistrationOrder(
  db: Kysely<Database>,
  caseIds: readonly string[],
): Promise<(Pick<BirthCaseRow, 'id' | 'number' | 'application_json_enc'> & { child_order: number | null })[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('birth_cases as c')
    .leftJoin('registrations as r', 'r.id', 'c.registration_id')
    .select(['c.id', 'c.number', 'c.application_json_enc', 'r.child_order'])
    .where('c.id', 'in', caseIds)
    .execute();
}

/** The other parent's answer to being named (null `answeredAt` when the question starts over). */
export async function setOtherParentConsent(
  db: Kysely<Database>,
  id: string,
  consent: BirthCaseRow['other_parent_consent'],
  answeredAt: string | null,
): Promise<void> {
  await db
    .updateTable('birth_cases')
    .set({ other_parent_consent: consent, other_parent_answered_at: answeredAt })
    .where('id', '=', id)
    .execute();
}

/** The cases naming this person as the other parent that still wait for their answer. */
export async function casesAwaitingOtherParent(db: Kysely<Database>, idHash: string): Promise<BirthCaseRow[]> {
  return db
    .selectFrom('birth_cases')
    .selectAll()
    .where('other_parent_id_hash', '=', idHash)
    .where('other_parent_consent', '=', 'pending')
    .execute();
}

export async function insertBirthCase(db: Kysely<Database>, row: Insertable<BirthCasesTable>): Promise<void> {
  await db.insertInto('birth_cases').values(row).execute();
}

export async function stepsOf(db: Kysely<Database>, caseId: string): Promise<BundleStepRow[]> {
  return db.selectFrom('bundle_steps').selectAll().where('case_id', '=', caseId).execute();
}

export async function stepsOfCases(db: Kysely<Database>, caseIds: readonly string[]): Promise<BundleStepRow[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('bundle_steps').selectAll().where('case_id', 'in', caseIds).execute();
}

/** The steps of this kind the department has done, of these cases. */
export async function doneStepsOfCases(db: Kysely<Database>, caseIds: readonly string[], step: BundleStepKey): Promise<BundleStepRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('bundle_steps')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .where('step', '=', step)
    .where('status', '=', 'done')
    .execute();
}

export async function eventsOf(db: Kysely<Database>, caseId: string, step?: BundleStepKey): Promise<StepEventRow[]> {
  let query = db.selectFrom('bundle_step_events').selectAll().where('case_id', '=', caseId);
  if (step) query = query.where('step', '=', step);
  return query.orderBy('seq').execute();
}

export async function eventsOfCases(db: Kysely<Database>, caseIds: readonly string[]): Promise<StepEventRow[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('bundle_step_events').selectAll().where('case_id', 'in', caseIds).orderBy('case_id').orderBy('seq').execute();
}

// ---- figures (人口监测): with a township, only cases whose birth the fact table places there ----

/** A query whose tables and aliases vary by caller: only its output row type is known here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely cannot type a join added to any of several queries
type AnyQuery<O> = SelectQueryBuilder<any, any, O>;

function inTownship<O>(q: AnyQuery<O>, township: string | undefined, caseIdColumn: string): AnyQuery<O> {
  if (!township) return q;
  return q
    .innerJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', caseIdColumn))
    .where('f.township', '=', township);
}

/** How many steps of this kind are in one of `statuses` for children born from `firstBirth` to `lastBirth` (the fact table's birth date). */
export async function openStepsOfBirths(
  db: Kysely<Database>,
  q: { step: BundleStepKey; statuses: readonly StepStatus[]; firstBirth: string; lastBirth: string; township?: string },
): Promise<number> {
  let query = db
    .selectFrom('bundle_steps as s')
    .innerJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 's.case_id'))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('s.step', '=', q.step)
    .where('s.status', 'in', q.statuses)
    .where('f.birth_date', '>=', q.firstBirth)
    .where('f.birth_date', '<=', q.lastBirth);
  if (q.township) query = query.where('f.township', '=', q.township);
  const row = await query.executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Rejections in [startAt, endAt), counted per step and reason as the clerk wrote it. */
export async function rejectionCounts(
  db: Kysely<Database>,
  q: { startAt: string; endAt: string; township?: string },
): Promise<{ step: string; note: string | null; count: number }[]> {
  let query = db
    .selectFrom('bundle_step_events as e')
    .select(['e.step', 'e.note'])
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('e.status', '=', 'rejected')
    .where('e.at', '>=', q.startAt)
    .where('e.at', '<', q.endAt) as AnyQuery<{ step: string; note: string | null; count: number | string }>;
  query = inTownship(query, q.township, 'e.case_id');
  const rows = await query.groupBy(['e.step', 'e.note']).execute();
  return rows.map((r) => ({ step: r.step, note: r.note, count: Number(r.count) }));
}

export interface NewEvent {
  step: BundleStepKey;
  status: StepStatus;
  by: 'parent' | 'clerk' | 'system';
  actorUserId: string | null;
  note?: string;
}

/** Appends events in the given order after the case's last one (the case row is locked by the caller). */
export async function appendEvents(db: Kysely<Database>, caseId: string, events: readonly NewEvent[], now: Date): Promise<void> {
  if (events.length === 0) return;
  const last = await db
    .selectFrom('bundle_step_events')
    .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  await db
    .insertInto('bundle_step_events')
    .values(
      events.map((e) => {
        seq += 1;
        return {
          id: newId(),
          case_id: caseId,
          step: e.step,
          seq,
          at: now.toISOString(),
          status: e.status,
          by: e.by,
          actor_user_id: e.actorUserId,
          note: e.note ?? null,
        };
      }),
    )
    .execute();
}

/** 'CS533123' + year + a 6-digit sequence that restarts each (Shanghai) year. Atomic on both engines. */
export async function allocateBirthCaseNumber(db: Kysely<Database>, now: Date): Promise<string> {
  const year = Number(todayIn(now).slice(0, 4));
  const row = await db
    .insertInto('birth_case_sequences')
    .values({ year, last_value: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_value: eb(eb.ref('birth_case_sequences.last_value'), '+', 1) })))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `CS533123${year}${String(row.last_value).padStart(6, '0')}`;
}

/** Cases the person may see (see handlers/birth/access.ts): as applicant or as a member of the case's family. Newest first. */
export async function birthCasesOfPerson(
  db: Kysely<Database>,
  person: { userId: string; familyId: string | null },
): Promise<BirthCaseRow[]> {
  return db
    .selectFrom('birth_cases')
    .selectAll()
    .where((eb) => {
      const mine = eb('applicant_user_id', '=', person.userId);
      return person.familyId ? eb.or([mine, eb('family_id', '=', person.familyId)]) : mine;
    })
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
}

export async function replaceCaseFiles(db: Kysely<Database>, caseId: string, fileIds: readonly string[]): Promise<void> {
  await db.deleteFrom('birth_case_files').where('case_id', '=', caseId).execute();
  const unique = [...new Set(fileIds)];
  if (unique.length > 0)
    await db
      .insertInto('birth_case_files')
      .values(unique.map((file_id) => ({ case_id: caseId, file_id })))
      .execute();
}

export async function caseFileIds(db: Kysely<Database>, caseId: string): Promise<string[]> {
  const rows = await db.selectFrom('birth_case_files').select('file_id').where('case_id', '=', caseId).execute();
  return rows.map((r) => r.file_id);
}

/** The cases whose current application attaches this file. */
export async function casesAttaching(db: Kysely<Database>, fileId: string): Promise<string[]> {
  const rows = await db.selectFrom('birth_case_files').select('case_id').where('file_id', '=', fileId).execute();
  return rows.map((r) => r.case_id);
}

export const QUEUE_LIMIT = 200;

export interface QueueRow {
  case_id: string;
  number: string;
  step: string;
  status: string;
  since: string;
  child_name: string;
  child_birth_date: string;
}

/** Steps of these kinds with their department (pending or accepted), oldest `since` first. */
export async function queueOf(db: Kysely<Database>, steps: readonly BundleStepKey[]): Promise<QueueRow[]> {
  if (steps.length === 0) return [];
  return db
    .selectFrom('bundle_steps as s')
    .innerJoin('birth_cases as c', 'c.id', 's.case_id')
    .select(['s.case_id', 'c.number', 's.step', 's.status', 's.since', 'c.child_name', 'c.child_birth_date'])
    .where('s.step', 'in', steps)
    .where('s.status', 'in', ['pending', 'accepted'])
    .orderBy('s.since')
    .orderBy('c.number')
    .limit(QUEUE_LIMIT)
    .execute();
}

/** The family of the couple's latest case, whichever of them applied. */
export async function familyOfCoupleCase(db: Kysely<Database>, applicantHash: string, otherHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('birth_cases')
    .select('family_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('applicant_id_hash', '=', applicantHash), eb('other_parent_id_hash', '=', otherHash)]),
        eb.and([eb('applicant_id_hash', '=', otherHash), eb('other_parent_id_hash', '=', applicantHash)]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.family_id;
}

/** Whether a case of the family names this person: as applicant, or as the other parent once they confirmed it. */
export async function caseOfFamilyNames(db: Kysely<Database>, familyId: string, idHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('birth_cases')
    .select('id')
    .where('family_id', '=', familyId)
    .where((eb) =>
      eb.or([
        eb('applicant_id_hash', '=', idHash),
        eb.and([eb('other_parent_id_hash', '=', idHash), eb('other_parent_consent', '=', 'confirmed')]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateBirthCase(db: Kysely<Database>, id: string, changes: Updateable<BirthCasesTable>): Promise<void> {
  await db.updateTable('birth_cases').set(changes).where('id', '=', id).execute();
}

export async function setBirthCaseStatus(db: Kysely<Database>, id: string, status: BirthCaseRow['status'], now: Date): Promise<void> {
  await db.updateTable('birth_cases').set({ status, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

/** The family's case for this child (name and birth date), other than `exceptCaseId`. */
export async function findTwinCase(
  db: Kysely<Database>,
  familyId: string,
  child: { name: string; birthDate: string },
  exceptCaseId?: string,
): Promise<Pick<BirthCaseRow, 'number' | 'status'> | undefined> {
  let query = db
    .selectFrom('birth_cases')
    .select(['number', 'status'])
    .where('family_id', '=', familyId)
    .where('child_name', '=', child.name)
    .where('child_birth_date', '=', child.birthDate);
  if (exceptCaseId) query = query.where('id', '!=', exceptCaseId);
  return query.executeTakeFirst();
}

/** The family's cases for a child born on `birthDate`, oldest first. */
export async function familyCasesBornOn(
  db: Kysely<Database>,
  familyId: string,
  birthDate: string,
): Promise<Pick<BirthCaseRow, 'id' | 'number' | 'child_name' | 'child_birth_date' | 'status'>[]> {
  return db
    .selectFrom('birth_cases')
    .select(['id', 'number', 'child_name', 'child_birth_date', 'status'])
    .where('family_id', '=', familyId)
    .where('child_birth_date', '=', birthDate)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Whether a case other than `caseId` carries this child ID-number hash. */
export async function otherCaseHasChildIdHash(db: Kysely<Database>, idHash: string, caseId: string): Promise<boolean> {
  return (
    (await db.selectFrom('birth_cases').select('id').where('child_id_hash', '=', idHash).where('id', '!=', caseId).executeTakeFirst()) !==
    undefined
  );
}

/** The cases' child birth dates (what their deadlines count from). */
export async function birthDatesOfCases(
  db: Kysely<Database>,
  caseIds: readonly string[],
): Promise<Pick<BirthCaseRow, 'id' | 'child_birth_date'>[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('birth_cases').select(['id', 'child_birth_date']).where('id', 'in', caseIds).execute();
}

export async function insertSteps(db: Kysely<Database>, rows: readonly Insertable<BundleStepsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('bundle_steps').values(rows).execute();
}

type StepChanges = Pick<
  Updateable<BundleStepsTable>,
  'status' | 'since' | 'result_json_enc' | 'reject_reason' | 'reject_fields' | 'rejected_data_enc'
>;

export async function updateStep(
  db: Kysely<Database>,
  caseId: string,
  step: BundleStepKey,
  changes: StepChanges,
  now: Date,
): Promise<void> {
  await db
    .updateTable('bundle_steps')
    .set({ ...changes, updated_at: now.toISOString() })
    .where('case_id', '=', caseId)
    .where('step', '=', step)
    .execute();
}

export async function stepOf(db: Kysely<Database>, caseId: string, step: BundleStepKey): Promise<BundleStepRow | undefined> {
  return db.selectFrom('bundle_steps').selectAll().where('case_id', '=', caseId).where('step', '=', step).executeTakeFirst();
}

/** Of these cases, those whose step is done. */
export async function casesWithStepDone(db: Kysely<Database>, caseIds: readonly string[], step: BundleStepKey): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('bundle_steps')
    .select('case_id')
    .where('case_id', 'in', caseIds)
    .where('step', '=', step)
    .where('status', '=', 'done')
    .execute();
  return new Set(rows.map((r) => r.case_id));
}

interface ReturnedStepRow {
  case_id: string;
  child_name: string;
  step: string;
  reject_reason: string | null;
  updated_at: string;
}

/** Steps of the family's cases sent back for 补正, oldest first. */
export async function returnedStepsOfFamily(db: Kysely<Database>, familyId: string): Promise<ReturnedStepRow[]> {
  return db
    .selectFrom('bundle_steps as s')
    .innerJoin('birth_cases as c', 'c.id', 's.case_id')
    .select(['c.id as case_id', 'c.child_name', 's.step', 's.reject_reason', 's.updated_at'])
    .where('c.family_id', '=', familyId)
    .where('s.status', '=', 'rejected')
    .orderBy('s.updated_at')
    .orderBy('s.step')
    .execute();
}
