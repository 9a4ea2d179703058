// Queries on 托育机构, their classes, inspections and visit slots. Who may see or change what is
// decided by the handlers (cloud/handlers/nursery/); this module only fetches and writes. Every
// write that search can see also calls `touchNurseryGeneration` in the same transaction.
import type { Insertable, Kysely, Selectable } from 'kysely';
import { newId } from '../../core/ids';
import type { Database, NurseryClassesTable, NurseryInspectionsTable, NurseryInstitutionsTable, NurseryVisitSlotsTable } from '../tables';

export type InstitutionRow = Selectable<NurseryInstitutionsTable>;
export type ClassRow = Selectable<NurseryClassesTable>;
export type InspectionRow = Selectable<NurseryInspectionsTable>;
export type SlotRow = Selectable<NurseryVisitSlotsTable>;
export type NewClass = Omit<Insertable<NurseryClassesTable>, 'institution_id' | 'position'>;

/** Changes kept in nursery_index_changes: an index further behind than that is rebuilt. */
export const NURSERY_CHANGES_KEPT = 5000;

/**
 * Marks every search index built before this transaction as stale (cloud/handlers/nursery/
 * searchIndex.ts), and records which institution changed, so an index can take in that one alone.
 * Without an id (bulk loads) indexes rebuild from scratch.
 */
export async function touchNurseryGeneration(db: Kysely<Database>, institutionId?: string): Promise<void> {
  const row = await db
    .updateTable('nursery_index_state')
    .set((eb) => ({ generation: newId(), seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning('seq')
    .executeTakeFirst();
  if (!row || institutionId === undefined) return;
  await db.insertInto('nursery_index_changes').values({ seq: row.seq, institution_id: institutionId }).execute();
  await db
    .deleteFrom('nursery_index_changes')
    .where('seq', '<=', row.seq - NURSERY_CHANGES_KEPT)
    .execute();
}

export interface NurseryIndexState {
  generation: string;
  seq: number;
}

export async function nurseryIndexState(db: Kysely<Database>): Promise<NurseryIndexState> {
  const row = await db.selectFrom('nursery_index_state').select(['generation', 'seq']).where('id', '=', 1).executeTakeFirst();
  return { generation: row?.generation ?? 'none', seq: Number(row?.seq ?? 0) };
}

/** The institutions changed by writes (after, upTo]: one entry per write, or fewer when some were not recorded. */
export async function nurseryChangesBetween(
  db: Kysely<Database>,
  after: number,
  upTo: number,
): Promise<{ seq: number; institution_id: string }[]> {
  const rows = await db
    .selectFrom('nursery_index_changes')
    .select(['seq', 'institution_id'])
    .where('seq', '>', after)
    .where('seq', '<=', upTo)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), institution_id: r.institution_id }));
}

export async function findInstitution(db: Kysely<Database>, id: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('nursery_institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInstitutionByFilingNumber(db: Kysely<Database>, filingNumber: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('nursery_institutions').selectAll().where('filing_number', '=', filingNumber).executeTakeFirst();
}

export async function insertInstitution(db: Kysely<Database>, row: Insertable<NurseryInstitutionsTable>): Promise<void> {
  await db.insertInto('nursery_institutions').values(row).execute();
}

/**
 * Many institutions with their classes in few statements (the benchmark's 100 000, a bulk import).
 * Chunks keep each statement under SQLite's 32 766 bound parameters.
 */
export async function insertInstitutionsBatch(
  db: Kysely<Database>,
  items: readonly { row: Insertable<NurseryInstitutionsTable>; classes: readonly NewClass[] }[],
): Promise<void> {
  const INSTITUTION_CHUNK = 1000; // 24 columns
  const CLASS_CHUNK = 4000; // 6 columns
  for (let i = 0; i < items.length; i += INSTITUTION_CHUNK) {
    await db
      .insertInto('nursery_institutions')
      .values(items.slice(i, i + INSTITUTION_CHUNK).map((x) => x.row))
      .execute();
  }
  const classes = items.flatMap((x) => x.classes.map((c, position) => ({ ...c, institution_id: x.row.id, position })));
  for (let i = 0; i < classes.length; i += CLASS_CHUNK) {
    await db
      .insertInto('nursery_classes')
      .values(classes.slice(i, i + CLASS_CHUNK))
      .execute();
  }
}

export async function updateInstitution(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Insertable<NurseryInstitutionsTable>>,
): Promise<void> {
  await db.updateTable('nursery_institutions').set(changes).where('id', '=', id).execute();
}

export async function classesOf(db: Kysely<Database>, institutionId: string): Promise<ClassRow[]> {
  return db.selectFrom('nursery_classes').selectAll().where('institution_id', '=', institutionId).orderBy('position').execute();
}

/** The operator's new list of classes replaces the old one. */
export async function replaceClasses(db: Kysely<Database>, institutionId: string, classes: readonly NewClass[]): Promise<void> {
  await db.deleteFrom('nursery_classes').where('institution_id', '=', institutionId).execute();
  if (classes.length === 0) return;
  await db
    .insertInto('nursery_classes')
    .values(classes.map((c, position) => ({ ...c, institution_id: institutionId, position })))
    .execute();
}

/** Filed institutions with their classes, for the search index: two queries, whatever the count. */
/** Every filed institution with its classes; with `ids`, only those of them (looked up by key). */
export async function filedInstitutionsWithClasses(
  db: Kysely<Database>,
  ids?: readonly string[],
): Promise<{ rows: InstitutionRow[]; classes: ClassRow[] }> {
  if (ids) {
    if (ids.length === 0) return { rows: [], classes: [] };
    // By primary key, the status checked here: a filter on filing_status would let the planner walk
    // that index over every filed institution.
    const rows = (await db.selectFrom('nursery_institutions').selectAll().where('id', 'in', ids).orderBy('id').execute()).filter(
      (r) => r.filing_status === 'filed',
    );
    const filed = new Set(rows.map((r) => r.id));
    const classes = (
      await db
        .selectFrom('nursery_classes')
        .selectAll()
        .where('institution_id', 'in', ids)
        .orderBy('institution_id')
        .orderBy('position')
        .execute()
    ).filter((c) => filed.has(c.institution_id));
    return { rows, classes };
  }
  const rows = await db.selectFrom('nursery_institutions').selectAll().where('filing_status', '=', 'filed').orderBy('id').execute();
  const classes = await db
    .selectFrom('nursery_classes')
    .innerJoin('nursery_institutions', 'nursery_institutions.id', 'nursery_classes.institution_id')
    .selectAll('nursery_classes')
    .where('nursery_institutions.filing_status', '=', 'filed')
    .orderBy('nursery_classes.institution_id')
    .orderBy('nursery_classes.position')
    .execute();
  return { rows, classes };
}

export const INSTITUTION_PAGE = 20;

export async function listInstitutions(
  db: Kysely<Database>,
  criteria: { status?: InstitutionRow['filing_status']; township?: string; page: number },
): Promise<{ rows: InstitutionRow[]; total: number }> {
  let query = db.selectFrom('nursery_institutions');
  if (criteria.status) query = query.where('filing_status', '=', criteria.status);
  if (criteria.township) query = query.where('township', '=', criteria.township);
  const { count } = await query.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('township')
    .orderBy('name')
    .orderBy('id')
    .limit(INSTITUTION_PAGE)
    .offset((criteria.page - 1) * INSTITUTION_PAGE)
    .execute();
  return { rows, total: Number(count) };
}

/** Capacity of filed institutions per township and ownership (the supply report). */
export async function filedCapacityByTownship(
  db: Kysely<Database>,
): Promise<{ township: string; ownership: InstitutionRow['ownership']; capacity: number }[]> {
  const rows = await db
    .selectFrom('nursery_classes')
    .innerJoin('nursery_institutions', 'nursery_institutions.id', 'nursery_classes.institution_id')
    .where('nursery_institutions.filing_status', '=', 'filed')
    .select(['nursery_institutions.township as township', 'nursery_institutions.ownership as ownership'])
    .select((eb) => eb.fn.sum<number | string>('nursery_classes.capacity').as('capacity'))
    .groupBy(['nursery_institutions.township', 'nursery_institutions.ownership'])
    .execute();
  return rows.map((r) => ({ township: r.township, ownership: r.ownership, capacity: Number(r.capacity) }));
}

/** Places (capacity) and children enrolled in filed institutions per ownership and class kind, of the county or one township. */
export async function filedPlacesByOwnershipAndKind(
  db: Kysely<Database>,
  township: string | undefined,
): Promise<{ ownership: InstitutionRow['ownership']; kind: ClassRow['kind']; capacity: number; enrolled: number }[]> {
  let q = db
    .selectFrom('nursery_classes as k')
    .innerJoin('nursery_institutions as i', 'i.id', 'k.institution_id')
    .where('i.filing_status', '=', 'filed')
    .select(['i.ownership', 'k.kind'])
    .select((eb) => [eb.fn.sum<number | string>('k.capacity').as('capacity'), eb.fn.sum<number | string>('k.enrolled').as('enrolled')]);
  if (township) q = q.where('i.township', '=', township);
  const rows = await q.groupBy(['i.ownership', 'k.kind']).execute();
  return rows.map((r) => ({ ownership: r.ownership, kind: r.kind, capacity: Number(r.capacity), enrolled: Number(r.enrolled) }));
}

/** The institutions' names by id. */
export async function institutionNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('nursery_institutions')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function countFiled(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('nursery_institutions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('filing_status', '=', 'filed')
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function inspectionsOf(db: Kysely<Database>, institutionId: string): Promise<InspectionRow[]> {
  return db
    .selectFrom('nursery_inspections')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('date', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
}

export async function insertInspection(db: Kysely<Database>, row: Insertable<NurseryInspectionsTable>): Promise<void> {
  await db.insertInto('nursery_inspections').values(row).execute();
}

export async function findSlot(db: Kysely<Database>, id: string): Promise<SlotRow | undefined> {
  return db.selectFrom('nursery_visit_slots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Slots starting at or after `fromLocal` ('YYYY-MM-DDTHH:mm'), soonest first. */
export async function slotsFrom(db: Kysely<Database>, institutionId: string, fromLocal: string): Promise<SlotRow[]> {
  return db
    .selectFrom('nursery_visit_slots')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('start', '>=', fromLocal)
    .orderBy('start')
    .orderBy('id')
    .execute();
}

export async function insertSlot(db: Kysely<Database>, row: Insertable<NurseryVisitSlotsTable>): Promise<void> {
  await db.insertInto('nursery_visit_slots').values(row).execute();
}

/** Removes a slot nobody holds; false when it is booked (or gone). */
export async function deleteUnbookedSlot(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('nursery_visit_slots').where('id', '=', id).where('booked', '=', 0).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Takes one place of a slot if one is free; atomic on both engines. */
export async function takeSlotPlace(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('nursery_visit_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', id)
    .whereRef('booked', '<', 'capacity')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releaseSlotPlace(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('nursery_visit_slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('id', '=', id)
    .where('booked', '>', 0)
    .execute();
}
