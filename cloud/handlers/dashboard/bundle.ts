// 出生一件事 turnaround per step for a period (seed 二(一)4):
//   done       steps done in the period;
//   median/p90 whole Shanghai calendar days from the step last reaching its department (bundle_steps.
//              since: after a rejection, the parent's resubmission) to done — the department's own time,
//              not the days the case sat with the parent. Each step is counted per duration when it is
//              done (step_durations, stepDurations.ts); the period's counts are a histogram of a few
//              hundred rows, and the nearest-rank percentiles are read off it here — exact, and the
//              cost does not grow with the number of steps;
//   overdue    steps of children born in the period, neither done nor left out, whose deadline
//              (户口 one month from birth, 医保 90 days) is before today: the open steps (the queue
//              index) with the birth date from the fact table;
//   rejections rejections in the period, with the clerks' most frequent reasons.
// With a township, only cases whose birth the fact table places there.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { BUNDLE_STEP_KEYS } from '../../../domain/birth/bundleGraph';
import { hukouDueDate, insuranceCoverDueDate } from '../../../domain/birth/bundleRules';
import type { BundleStepKey } from '../../../domain/birth/types';
import { medianOfHistogram, percentileOfHistogram, type HistogramBin } from '../../../domain/dashboard/percentile';
import type { StepTurnaround } from '../../../domain/dashboard/types';
import { addDays, compareDates } from '../../../domain/dates';
import type { Database } from '../../db/tables';
import type { FigureScope } from './scope';

const TOP_REASONS = 5;
const OPEN_STATUSES = ['waiting', 'pending', 'accepted', 'rejected'] as const;

/** The steps with a legal deadline, and the deadline of a child born on a date. */
const DEADLINES: Partial<Record<BundleStepKey, (birthDate: string) => string>> = {
  hukou: hukouDueDate,
  medical_insurance: insuranceCoverDueDate,
};

/** The latest birth date whose deadline is already past on `today` (deadlines grow with the birth date). */
export function latestOverdueBirth(today: string, due: (birthDate: string) => string): string {
  let birth = today;
  while (compareDates(due(birth), today) >= 0) birth = addDays(birth, -1);
  return birth;
}

function inTownship<O>(q: SelectQueryBuilder<any, any, O>, scope: FigureScope, caseIdColumn: string): SelectQueryBuilder<any, any, O> {
  if (!scope.township) return q;
  return q
    .innerJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', caseIdColumn))
    .where('f.township', '=', scope.township);
}

async function durationHistogram(db: Kysely<Database>, scope: FigureScope): Promise<Map<string, HistogramBin[]>> {
  let q = db
    .selectFrom('step_durations')
    .select(['step', 'days'])
    .select((eb) => eb.fn.sum<number | string>('count').as('count'))
    .where('month', '>=', scope.from)
    .where('month', '<=', scope.to);
  if (scope.township) q = q.where('township', '=', scope.township);
  const rows = await q.groupBy(['step', 'days']).execute();
  const out = new Map<string, HistogramBin[]>();
  for (const r of rows) {
    const bins = out.get(r.step) ?? [];
    bins.push({ value: Number(r.days), count: Number(r.count) });
    out.set(r.step, bins);
  }
  return out;
}

async function overdueCount(db: Kysely<Database>, scope: FigureScope, step: BundleStepKey, due: (birthDate: string) => string): Promise<number> {
  const cutoff = latestOverdueBirth(scope.today, due);
  const lastBirth = compareDates(cutoff, scope.lastDay) < 0 ? cutoff : scope.lastDay;
  if (compareDates(lastBirth, scope.firstDay) < 0) return 0;
  let q = db
    .selectFrom('bundle_steps as s')
    .innerJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 's.case_id'))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('s.step', '=', step)
    .where('s.status', 'in', OPEN_STATUSES)
    .where('f.birth_date', '>=', scope.firstDay)
    .where('f.birth_date', '<=', lastBirth);
  if (scope.township) q = q.where('f.township', '=', scope.township);
  const row = await q.executeTakeFirst();
  return Number(row?.count ?? 0);
}

async function rejections(db: Kysely<Database>, scope: FigureScope): Promise<{ step: string; note: string | null; count: number }[]> {
  let q = db
    .selectFrom('bundle_step_events as e')
    .select(['e.step', 'e.note'])
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('e.status', '=', 'rejected')
    .where('e.at', '>=', scope.startAt)
    .where('e.at', '<', scope.endAt) as SelectQueryBuilder<any, any, { step: string; note: string | null; count: number | string }>;
  q = inTownship(q, scope, 'e.case_id');
  const rows = await q.groupBy(['e.step', 'e.note']).execute();
  return rows.map((r) => ({ step: r.step, note: r.note, count: Number(r.count) }));
}

export async function bundleTurnaround(db: Kysely<Database>, scope: FigureScope): Promise<StepTurnaround[]> {
  const histograms = await durationHistogram(db, scope);
  const rejected = await rejections(db, scope);
  const overdue = new Map<BundleStepKey, number>();
  for (const [step, due] of Object.entries(DEADLINES) as [BundleStepKey, (b: string) => string][]) overdue.set(step, await overdueCount(db, scope, step, due));

  return BUNDLE_STEP_KEYS.map((step) => {
    const bins = histograms.get(step) ?? [];
    const mine = rejected.filter((r) => r.step === step);
    const reasons = new Map<string, number>();
    for (const r of mine) {
      const reason = r.note?.trim() || '未注明原因';
      reasons.set(reason, (reasons.get(reason) ?? 0) + r.count);
    }
    return {
      step,
      done: bins.reduce((sum, b) => sum + b.count, 0),
      medianDays: medianOfHistogram(bins),
      p90Days: percentileOfHistogram(bins, 90),
      overdue: overdue.get(step) ?? 0,
      rejections: mine.reduce((sum, r) => sum + r.count, 0),
      topReasons: [...reasons.entries()]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
        .slice(0, TOP_REASONS),
    };
  });
}
