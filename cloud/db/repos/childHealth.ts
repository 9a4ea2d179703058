// Queries on the child health checks and newborn screenings (migration 0016). Who may see or record
// them is decided by cloud/handlers/childHealth; the sealed details are opened there too.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ChildHealthFact } from '../../../domain/dashboard/maternalChildFacts';
import type { TownshipCode } from '../../../domain/place/townships';
import type { ChildHealthChecksTable, Database, NewbornScreeningsTable } from '../tables';

export type CheckRow = Selectable<ChildHealthChecksTable>;
export type ScreeningRow = Selectable<NewbornScreeningsTable>;

/** False when the check is already recorded for the child (the primary key refused it). */
export async function insertCheck(db: Kysely<Database>, row: Insertable<ChildHealthChecksTable>): Promise<boolean> {
  const result = await db
    .insertInto('child_health_checks')
    .values(row)
    .onConflict((oc) => oc.columns(['child_id', 'check_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function checksOf(db: Kysely<Database>, childId: string): Promise<CheckRow[]> {
  return db
    .selectFrom('child_health_checks')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('check_date')
    .orderBy('check_id')
    .execute();
}

/** Date and check only (no sealed detail): what calendars and due items need. */
export async function checkDatesOfChildren(
  db: Kysely<Database>,
  childIds: readonly string[],
): Promise<Pick<CheckRow, 'child_id' | 'check_id' | 'check_date' | 'facility'>[]> {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('child_health_checks')
    .select(['child_id', 'check_id', 'check_date', 'facility'])
    .where('child_id', 'in', childIds)
    .execute();
}

/** False when this round of this screening is already recorded for the child. */
export async function insertScreening(db: Kysely<Database>, row: Insertable<NewbornScreeningsTable>): Promise<boolean> {
  const result = await db
    .insertInto('newborn_screenings')
    .values(row)
    .onConflict((oc) => oc.columns(['child_id', 'kind', 'round']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function screeningsOfChildren(db: Kysely<Database>, childIds: readonly string[]): Promise<ScreeningRow[]> {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('newborn_screenings')
    .selectAll()
    .where('child_id', 'in', childIds)
    .orderBy('child_id')
    .orderBy('kind')
    .orderBy('round')
    .execute();
}

/** The latest round of each screening per child ('recheck' comes after 'initial'). */
export function latestScreenings(rows: readonly ScreeningRow[]): ScreeningRow[] {
  const latest = new Map<string, ScreeningRow>();
  for (const r of rows) {
    const key = `${r.child_id}:${r.kind}`;
    const seen = latest.get(key);
    if (!seen || (seen.round === 'initial' && r.round === 'recheck')) latest.set(key, r);
  }
  return [...latest.values()];
}

/** Children whose latest screening of some kind asks for a recheck or a referral (the staff queue, reminders). */
export async function openScreenings(db: Kysely<Database>): Promise<(ScreeningRow & { family_id: string })[]> {
  const childIds = await db.selectFrom('newborn_screenings').select('child_id').distinct().where('result', '<>', 'pass').execute();
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('newborn_screenings as s')
    .innerJoin('children as c', 'c.id', 's.child_id')
    .selectAll('s')
    .select('c.family_id')
    .where(
      's.child_id',
      'in',
      childIds.map((r) => r.child_id),
    )
    .execute();
  return (latestScreenings(rows) as (ScreeningRow & { family_id: string })[]).filter((r) => r.result !== 'pass');
}

/** The checks that raised a growth flag, newest first (the staff queue). */
export async function flaggedChecks(
  db: Kysely<Database>,
  since: string,
): Promise<Pick<CheckRow, 'child_id' | 'check_id' | 'check_date' | 'growth_flags'>[]> {
  return db
    .selectFrom('child_health_checks')
    .select(['child_id', 'check_id', 'check_date', 'growth_flags'])
    .where('growth_flags', '<>', '')
    .where('check_date', '>=', since)
    .orderBy('check_date', 'desc')
    .limit(200)
    .execute();
}

/** Children under the service's age (born on or after `bornFrom`), for the staff queue: id, family and birth date. */
export async function childrenBornFrom(db: Kysely<Database>, bornFrom: string) {
  return db.selectFrom('children').selectAll().where('birth_date', '>=', bornFrom).orderBy('birth_date').orderBy('id').execute();
}

/** A child's records move to another row of the same child (a merge); false when both have one of the same check or screening. */
export async function moveHealthRecords(db: Kysely<Database>, fromChildId: string, toChildId: string): Promise<boolean> {
  const [fromChecks, toChecks, fromScr, toScr] = await Promise.all([
    db.selectFrom('child_health_checks').select('check_id').where('child_id', '=', fromChildId).execute(),
    db.selectFrom('child_health_checks').select('check_id').where('child_id', '=', toChildId).execute(),
    db.selectFrom('newborn_screenings').select(['kind', 'round']).where('child_id', '=', fromChildId).execute(),
    db.selectFrom('newborn_screenings').select(['kind', 'round']).where('child_id', '=', toChildId).execute(),
  ]);
  if (fromChecks.some((a) => toChecks.some((b) => a.check_id === b.check_id))) return false;
  if (fromScr.some((a) => toScr.some((b) => a.kind === b.kind && a.round === b.round))) return false;
  await db.updateTable('child_health_checks').set({ child_id: toChildId }).where('child_id', '=', fromChildId).execute();
  await db.updateTable('newborn_screenings').set({ child_id: toChildId }).where('child_id', '=', fromChildId).execute();
  return true;
}

export async function hasHealthRecords(db: Kysely<Database>, childId: string): Promise<boolean> {
  const check = await db.selectFrom('child_health_checks').select('check_id').where('child_id', '=', childId).limit(1).executeTakeFirst();
  if (check) return true;
  return (
    (await db.selectFrom('newborn_screenings').select('kind').where('child_id', '=', childId).limit(1).executeTakeFirst()) !== undefined
  );
}

/**
 * One fact per child (every child; the domain filters by period): the birth date, the newborn visit's
 * date, the other checks' dates, and the township of the child's 出生一件事 case or 生育登记.
 */
export async function childHealthFacts(db: Kysely<Database>, options: { township?: TownshipCode } = {}): Promise<ChildHealthFact[]> {
  let q = db
    .selectFrom('children as c')
    .leftJoin('birth_facts as bc', (j) => j.onRef('bc.source_id', '=', 'c.birth_case_id').on('bc.source', '=', 'birth_case'))
    .leftJoin('birth_facts as br', (j) => j.onRef('br.source_id', '=', 'c.registration_id').on('br.source', '=', 'registration'))
    .select(['c.id', 'c.birth_date', 'bc.township as case_township', 'br.township as registration_township']);
  if (options.township) {
    const t = options.township;
    q = q.where((eb) => eb.or([eb('bc.township', '=', t), eb.and([eb('bc.township', 'is', null), eb('br.township', '=', t)])]));
  }
  const children = await q.orderBy('c.birth_date').orderBy('c.id').execute();
  const checks = await db.selectFrom('child_health_checks').select(['child_id', 'check_id', 'check_date']).execute();
  const byChild = new Map<string, { check_id: string; check_date: string }[]>();
  for (const r of checks) byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), r]);
  return children.map((c) => {
    const own = byChild.get(c.id) ?? [];
    const fact: ChildHealthFact = {
      birthDate: c.birth_date,
      checkDates: own.filter((r) => r.check_id !== 'newborn-visit').map((r) => r.check_date),
    };
    const visit = own.find((r) => r.check_id === 'newborn-visit');
    if (visit) fact.newbornVisitOn = visit.check_date;
    const township = c.case_township ?? c.registration_township;
    if (township && township !== 'outside') fact.township = township as TownshipCode;
    return fact;
  });
}
