// Queries on pregnancies, the checks recorded for them and their 妊娠风险评估 (0015). Who may see a
// pregnancy is decided by the handlers (cloud/handlers/maternal/); the one place that writes them is
// cloud/handlers/maternal/record.ts (and start.ts for a new one).
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { PregnancyFact } from '../../../domain/dashboard/maternalChildFacts';
import { NATIONAL_PREGNANCY_CHECKS } from '../../../domain/maternal/prenatalChecks';
import type { RiskColour } from '../../../domain/maternal/riskColours';
import type { TownshipCode } from '../../../domain/place/townships';
import type { Database, PregnanciesTable, PregnancyChecksTable, PregnancyRiskAssessmentsTable } from '../tables';

export type PregnancyRow = Selectable<PregnanciesTable>;
export type PregnancyCheckRow = Selectable<PregnancyChecksTable>;
export type RiskAssessmentRow = Selectable<PregnancyRiskAssessmentsTable>;

export async function findPregnancy(db: Kysely<Database>, id: string): Promise<PregnancyRow | undefined> {
  return db.selectFrom('pregnancies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first. */
export async function pregnanciesOfFamily(db: Kysely<Database>, familyId: string): Promise<PregnancyRow[]> {
  return db.selectFrom('pregnancies').selectAll().where('family_id', '=', familyId).orderBy('start_date', 'desc').orderBy('id').execute();
}

export async function openPregnancyOf(db: Kysely<Database>, motherIdHash: string): Promise<PregnancyRow | undefined> {
  return db.selectFrom('pregnancies').selectAll().where('open_key', '=', motherIdHash).executeTakeFirst();
}

export async function insertPregnancy(db: Kysely<Database>, row: Insertable<PregnanciesTable>): Promise<void> {
  await db.insertInto('pregnancies').values(row).execute();
}

/** False when the version moved (someone else changed it first). */
export async function updatePregnancy(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: Updateable<PregnanciesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('pregnancies')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export const MOTHER_SEARCH_LIMIT = 50;

/** County-wide, for 妇幼 staff: exact name and birth date, newest pregnancy first. */
export async function pregnanciesByMother(
  db: Kysely<Database>,
  criteria: { name?: string; birthDate?: string; idHash?: string },
): Promise<PregnancyRow[]> {
  let q = db.selectFrom('pregnancies').selectAll();
  if (criteria.idHash) q = q.where('mother_id_hash', '=', criteria.idHash);
  if (criteria.birthDate) q = q.where('mother_birth_date', '=', criteria.birthDate);
  if (criteria.name) q = q.where('mother_name', '=', criteria.name);
  return q.orderBy('start_date', 'desc').orderBy('id').limit(MOTHER_SEARCH_LIMIT).execute();
}

/** Pregnancies still in care on `today`: not delivered, or delivered on or after `deliveredSince`. */
export async function pregnanciesInCare(db: Kysely<Database>, deliveredSince: string): Promise<PregnancyRow[]> {
  return db
    .selectFrom('pregnancies')
    .selectAll()
    .where((eb) => eb.or([eb('delivery_date', 'is', null), eb('delivery_date', '>=', deliveredSince)]))
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}

/** Families with a pregnancy in care: the reminder job's candidates for the pregnancy source. */
export async function familiesWithPregnancyInCare(db: Kysely<Database>, deliveredSince: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('pregnancies')
    .select('family_id')
    .distinct()
    .where((eb) => eb.or([eb('delivery_date', 'is', null), eb('delivery_date', '>=', deliveredSince)]))
    .execute();
  return new Set(rows.map((r) => r.family_id));
}

// ---- checks ----

export async function checksOf(db: Kysely<Database>, pregnancyIds: readonly string[]): Promise<PregnancyCheckRow[]> {
  if (pregnancyIds.length === 0) return [];
  return db
    .selectFrom('pregnancy_checks')
    .selectAll()
    .where('pregnancy_id', 'in', pregnancyIds)
    .orderBy('date')
    .orderBy('check_id')
    .execute();
}

/** False when the check is recorded already (the primary key refused it). */
export async function insertCheck(db: Kysely<Database>, row: Insertable<PregnancyChecksTable>): Promise<boolean> {
  const result = await db
    .insertInto('pregnancy_checks')
    .values(row)
    .onConflict((oc) => oc.columns(['pregnancy_id', 'check_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

// ---- risk assessments ----

/** Oldest first. */
export async function risksOf(db: Kysely<Database>, pregnancyIds: readonly string[]): Promise<RiskAssessmentRow[]> {
  if (pregnancyIds.length === 0) return [];
  return db
    .selectFrom('pregnancy_risk_assessments')
    .selectAll()
    .where('pregnancy_id', 'in', pregnancyIds)
    .orderBy('assessed_on')
    .orderBy('recorded_at')
    .execute();
}

/** False when an assessment of that pregnancy on that day exists already. */
export async function insertRisk(db: Kysely<Database>, row: Insertable<PregnancyRiskAssessmentsTable>): Promise<boolean> {
  const result = await db
    .insertInto('pregnancy_risk_assessments')
    .values(row)
    .onConflict((oc) => oc.columns(['pregnancy_id', 'assessed_on']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function coloursOf(row: Pick<RiskAssessmentRow, 'colours'>): RiskColour[] {
  return row.colours.split(',').filter((c) => c !== '') as RiskColour[];
}

/** The latest assessment of each pregnancy (by day, then by when recorded). */
export function latestRisks(rows: readonly RiskAssessmentRow[]): Map<string, RiskAssessmentRow> {
  const out = new Map<string, RiskAssessmentRow>();
  for (const r of rows) out.set(r.pregnancy_id, r); // rows come oldest first
  return out;
}

// ---- the bureau's facts ----

const PRENATAL_IDS: ReadonlySet<string> = new Set(NATIONAL_PREGNANCY_CHECKS.filter((c) => c.window.kind === 'gestation').map((c) => c.id));

/**
 * One fact per pregnancy (all of them: the indicators filter by period), dates only. Prenatal check
 * dates are the distinct days a prenatal check (national or recommended) was recorded on.
 */
export async function pregnancyFacts(db: Kysely<Database>, options: { township?: TownshipCode } = {}): Promise<PregnancyFact[]> {
  let q = db.selectFrom('pregnancies').select(['id', 'start_date', 'booked_on', 'delivery_date', 'township']);
  if (options.township) q = q.where('township', '=', options.township);
  const rows = await q.orderBy('start_date').orderBy('id').execute();
  if (rows.length === 0) return [];
  const inScope = (table: 'pregnancy_checks' | 'pregnancy_risk_assessments') =>
    options.township
      ? db.selectFrom(table).innerJoin('pregnancies as p', 'p.id', `${table}.pregnancy_id`).where('p.township', '=', options.township)
      : db.selectFrom(table);
  const checks = await inScope('pregnancy_checks')
    .select(['pregnancy_checks.pregnancy_id', 'pregnancy_checks.check_id', 'pregnancy_checks.date'])
    .execute();
  const risks = latestRisks(
    await inScope('pregnancy_risk_assessments')
      .selectAll('pregnancy_risk_assessments')
      .orderBy('pregnancy_risk_assessments.assessed_on')
      .orderBy('pregnancy_risk_assessments.recorded_at')
      .execute(),
  );
  const byPregnancy = new Map<string, { check_id: string; date: string }[]>();
  for (const c of checks) byPregnancy.set(c.pregnancy_id, [...(byPregnancy.get(c.pregnancy_id) ?? []), c]);
  return rows.map((r) => {
    const own = byPregnancy.get(r.id) ?? [];
    const prenatal = [
      ...new Set(own.filter((c) => PRENATAL_IDS.has(c.check_id) || c.check_id.startsWith('guide-')).map((c) => c.date)),
    ].sort();
    const visit = own.find((c) => c.check_id === 'postnatal-visit');
    const check42 = own.find((c) => c.check_id === 'postnatal-42d');
    const latest = risks.get(r.id);
    const fact: PregnancyFact = { startDate: r.start_date, prenatalCheckDates: prenatal, latestColours: latest ? coloursOf(latest) : [] };
    if (r.booked_on) fact.bookedOn = r.booked_on;
    if (r.delivery_date) fact.deliveredOn = r.delivery_date;
    if (visit) fact.postpartumVisitOn = visit.date;
    if (check42) fact.postpartumCheck42On = check42.date;
    if (r.township) fact.township = r.township as TownshipCode;
    return fact;
  });
}

/** 建册: the first check's date and facility, once (a later record of it changes nothing). */
export async function markBooked(db: Kysely<Database>, id: string, date: string, facility: string, now: Date): Promise<void> {
  await db
    .updateTable('pregnancies')
    .set((eb) => ({ booked_on: date, booked_facility: facility, version: eb('version', '+', 1), updated_at: now.toISOString() }))
    .where('id', '=', id)
    .where('booked_on', 'is', null)
    .execute();
}
