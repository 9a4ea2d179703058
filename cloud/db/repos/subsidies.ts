// Queries on subsidy applications, the periods they claim and their timelines. Who may see what is
// decided by the handlers (cloud/handlers/subsidy/); this module only fetches and writes.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { todayIn } from '../../../domain/dates';
import { newId } from '../../core/ids';
import type { Database, SubsidyApplicationsTable, SubsidyEventsTable } from '../tables';
import { countApplication, monitorTownshipOfChild } from './subsidyCounts';

export type SubsidyApplicationRow = Selectable<SubsidyApplicationsTable>;
export type SubsidyEventRow = Selectable<SubsidyEventsTable>;
export type SubsidyStatusValue = SubsidyApplicationsTable['status'];

export async function findApplication(db: Kysely<Database>, id: string): Promise<SubsidyApplicationRow | undefined> {
  return db.selectFrom('subsidy_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findApplications(db: Kysely<Database>, ids: readonly string[]): Promise<SubsidyApplicationRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/**
 * Takes the application for a write: bumping `updated_at` first makes PostgreSQL hold the row lock
 * until commit, so two reviewers deciding at once are serialised and the second sees the first's status.
 */
export async function lockApplication(db: Kysely<Database>, id: string, now: Date): Promise<SubsidyApplicationRow | undefined> {
  const result = await db
    .updateTable('subsidy_applications')
    .set({ updated_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findApplication(db, id);
}

/** The latest application that carries this file as its papers' 户口簿 page, if any. */
export async function applicationAttaching(
  db: Kysely<Database>,
  fileId: string,
): Promise<Pick<SubsidyApplicationRow, 'id' | 'number'> | undefined> {
  return db
    .selectFrom('subsidy_applications')
    .select(['id', 'number'])
    .where('papers_file_id', '=', fileId)
    .orderBy('submitted_at', 'desc')
    .executeTakeFirst();
}

/** The application, counted for the dashboard (subsidy_counts) in the same transaction. */
export async function insertApplication(db: Kysely<Database>, row: Insertable<SubsidyApplicationsTable>): Promise<void> {
  const township = await monitorTownshipOfChild(db, row.child_id);
  await db
    .insertInto('subsidy_applications')
    .values({ ...row, monitor_township: township })
    .execute();
  await countApplication(
    db,
    { lines_json: row.lines_json, status: row.status, submitted_at: row.submitted_at, paid_on: row.paid_on ?? null },
    township,
    1,
  );
}

/** Every change of an application goes through here, so the dashboard's counts move with its status and payout day. */
export async function updateApplication(db: Kysely<Database>, id: string, changes: Updateable<SubsidyApplicationsTable>): Promise<void> {
  const moves = changes.status !== undefined || changes.paid_on !== undefined;
  const before = moves ? await findApplication(db, id) : undefined;
  await db.updateTable('subsidy_applications').set(changes).where('id', '=', id).execute();
  if (!before?.monitor_township) return;
  const after = { ...before, ...changes } as SubsidyApplicationRow;
  await countApplication(db, before, before.monitor_township, -1);
  await countApplication(db, after, before.monitor_township, 1);
}

/** A family's applications, newest first. */
export async function applicationsOfFamily(db: Kysely<Database>, familyId: string): Promise<SubsidyApplicationRow[]> {
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('family_id', '=', familyId)
    .orderBy('submitted_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
}

/** A child's applications, oldest first. */
export async function applicationsOfChild(db: Kysely<Database>, childId: string): Promise<SubsidyApplicationRow[]> {
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('submitted_at')
    .orderBy('number')
    .execute();
}

/** Applications of these children that carried papers and were not rejected, oldest first. */
export async function applicationsWithPapers(db: Kysely<Database>, childIds: readonly string[]): Promise<SubsidyApplicationRow[]> {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('child_id', 'in', childIds)
    .where('papers_enc', 'is not', null)
    .where('status', '!=', 'rejected')
    .orderBy('submitted_at')
    .orderBy('number')
    .execute();
}

export const QUEUE_LIMIT = 200;

/** The reviewers' queue: these statuses, oldest submission first. */
export async function applicationsInStatus(
  db: Kysely<Database>,
  statuses: readonly SubsidyStatusValue[],
): Promise<SubsidyApplicationRow[]> {
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('status', 'in', statuses)
    .orderBy('submitted_at')
    .orderBy('number')
    .limit(QUEUE_LIMIT)
    .execute();
}

export async function applicationsOfBatch(db: Kysely<Database>, batchId: string): Promise<SubsidyApplicationRow[]> {
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('batch_id', '=', batchId)
    .orderBy('submitted_at')
    .orderBy('number')
    .execute();
}

export async function applicationsOfBatches(db: Kysely<Database>, batchIds: readonly string[]): Promise<SubsidyApplicationRow[]> {
  if (batchIds.length === 0) return [];
  return db
    .selectFrom('subsidy_applications')
    .selectAll()
    .where('batch_id', 'in', batchIds)
    .orderBy('submitted_at')
    .orderBy('number')
    .execute();
}

/** Approved and in no batch yet: what the next payout batch gathers. */
export async function approvedUnbatched(db: Kysely<Database>): Promise<{ count: number; totalFen: number }> {
  const row = await db
    .selectFrom('subsidy_applications')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.sum<string | number | null>('total_fen').as('total')])
    .where('status', '=', 'approved')
    .where('batch_id', 'is', null)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), totalFen: Number(row.total ?? 0) };
}

/** Puts every approved application that is in no batch into this one; returns how many moved. */
export async function gatherApprovedInto(db: Kysely<Database>, batchId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('subsidy_applications')
    .set({ batch_id: batchId, updated_at: now.toISOString() })
    .where('status', '=', 'approved')
    .where('batch_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// ---- claims ----

export interface Claim {
  ruleId: string;
  periodKey: string;
}

export async function claimsOfChildren(db: Kysely<Database>, childIds: readonly string[]): Promise<(Claim & { childId: string })[]> {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('subsidy_claims')
    .select(['child_id', 'rule_id', 'period_key'])
    .where('child_id', 'in', childIds)
    .execute();
  return rows.map((r) => ({ childId: r.child_id, ruleId: r.rule_id, periodKey: r.period_key }));
}

/** The caller has checked the periods are free; the primary key refuses one claimed meanwhile. */
export async function insertClaims(db: Kysely<Database>, childId: string, applicationId: string, claims: readonly Claim[]): Promise<void> {
  if (claims.length === 0) return;
  await db
    .insertInto('subsidy_claims')
    .values(claims.map((c) => ({ child_id: childId, rule_id: c.ruleId, period_key: c.periodKey, application_id: applicationId })))
    .execute();
}

/** A rejected application's periods may be claimed again. */
export async function releaseClaims(db: Kysely<Database>, applicationId: string): Promise<void> {
  await db.deleteFrom('subsidy_claims').where('application_id', '=', applicationId).execute();
}

// ---- events ----

export async function eventsOfApplications(db: Kysely<Database>, applicationIds: readonly string[]): Promise<SubsidyEventRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .selectFrom('subsidy_events')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('seq')
    .execute();
}

export async function appendEvent(
  db: Kysely<Database>,
  applicationId: string,
  event: { status: SubsidyStatusValue; actorUserId: string | null; note?: string },
  now: Date,
): Promise<void> {
  const last = await db
    .selectFrom('subsidy_events')
    .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  await db
    .insertInto('subsidy_events')
    .values({
      id: newId(),
      application_id: applicationId,
      seq: Number(last?.seq ?? 0) + 1,
      at: now.toISOString(),
      status: event.status,
      actor_user_id: event.actorUserId,
      note: event.note ?? null,
    })
    .execute();
}

/** 'BT533123' + year + a 6-digit sequence that restarts each (Shanghai) year. Atomic on both engines. */
export async function allocateApplicationNumber(db: Kysely<Database>, now: Date): Promise<string> {
  const year = Number(todayIn(now).slice(0, 4));
  const row = await db
    .insertInto('subsidy_sequences')
    .values({ year, last_value: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_value: eb(eb.ref('subsidy_sequences.last_value'), '+', 1) })))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `BT533123${year}${String(row.last_value).padStart(6, '0')}`;
}
