// Queries on parents' visit bookings and place applications. Who may see which is decided by the
// handlers (cloud/handlers/nursery/requestAccess.ts).
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { todayIn } from '../../../domain/dates';
import type { Database, NurseryRequestsTable } from '../tables';

export type NurseryRequestRow = Selectable<NurseryRequestsTable>;

/** 'TY533123' + year + a 6-digit sequence that restarts each (Shanghai) year. Atomic on both engines. */
export async function allocateNurseryRequestNumber(db: Kysely<Database>, now: Date): Promise<string> {
  const year = Number(todayIn(now).slice(0, 4));
  const row = await db
    .insertInto('nursery_request_sequences')
    .values({ year, last_value: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_value: eb(eb.ref('nursery_request_sequences.last_value'), '+', 1) })))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `TY533123${year}${String(row.last_value).padStart(6, '0')}`;
}

export async function insertNurseryRequest(db: Kysely<Database>, row: Insertable<NurseryRequestsTable>): Promise<void> {
  await db.insertInto('nursery_requests').values(row).execute();
}

export async function findNurseryRequest(db: Kysely<Database>, id: string): Promise<NurseryRequestRow | undefined> {
  return db.selectFrom('nursery_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateNurseryRequest(db: Kysely<Database>, id: string, changes: Updateable<NurseryRequestsTable>): Promise<void> {
  await db.updateTable('nursery_requests').set(changes).where('id', '=', id).execute();
}

/** A parent's live booking of one slot, if any. */
export async function liveBookingOf(db: Kysely<Database>, slotId: string, userId: string): Promise<NurseryRequestRow | undefined> {
  return db
    .selectFrom('nursery_requests')
    .selectAll()
    .where('slot_id', '=', slotId)
    .where('user_id', '=', userId)
    .where('status', 'in', ['submitted', 'accepted'])
    .executeTakeFirst();
}

export const OPERATOR_QUEUE_LIMIT = 200;

/** An institution's requests, oldest first within a status filter, newest first without. */
export async function requestsOfInstitution(
  db: Kysely<Database>,
  institutionId: string,
  status?: NurseryRequestRow['status'],
): Promise<NurseryRequestRow[]> {
  let query = db.selectFrom('nursery_requests').selectAll().where('institution_id', '=', institutionId);
  if (status) query = query.where('status', '=', status);
  return query
    .orderBy('created_at', status === 'submitted' ? 'asc' : 'desc')
    .orderBy('number')
    .limit(OPERATOR_QUEUE_LIMIT)
    .execute();
}

/** Accepted visits whose slot starts at or after `fromLocal` ('YYYY-MM-DDTHH:mm'): the visits still to come. */
function acceptedVisitsFrom(db: Kysely<Database>, fromLocal: string) {
  return db
    .selectFrom('nursery_requests')
    .where('kind', '=', 'visit')
    .where('status', '=', 'accepted')
    .where('slot_start', '>=', fromLocal);
}

/** A family's accepted visits from a day on (due-next). */
export async function acceptedVisitsOfFamily(db: Kysely<Database>, familyId: string, fromLocal: string): Promise<NurseryRequestRow[]> {
  return acceptedVisitsFrom(db, fromLocal).selectAll().where('family_id', '=', familyId).orderBy('slot_start').execute();
}

/** Families with an accepted visit from `fromLocal` on (reminder candidates, cloud/jobs/reminderCandidates.ts). */
export async function familiesWithVisitsFrom(db: Kysely<Database>, fromLocal: string): Promise<Set<string>> {
  const rows = await acceptedVisitsFrom(db, fromLocal)
    .select('family_id')
    .distinct()
    .where('family_id', 'is not', null)
    .$narrowType<{ family_id: string }>()
    .execute();
  return new Set(rows.map((r) => r.family_id));
}

/** The child's place request at this institution still submitted or accepted, if any. */
export async function openPlaceRequest(
  db: Kysely<Database>,
  institutionId: string,
  childId: string,
): Promise<Pick<NurseryRequestRow, 'number'> | undefined> {
  return db
    .selectFrom('nursery_requests')
    .select('number')
    .where('institution_id', '=', institutionId)
    .where('child_id', '=', childId)
    .where('kind', '=', 'place')
    .where('status', 'in', ['submitted', 'accepted'])
    .executeTakeFirst();
}
