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
import type { Kysely } from 'kysely';
import { BUNDLE_STEP_KEYS } from '../../../domain/birth/bundleGraph';
import { hukouDueDate, insuranceCoverDueDate } from '../../../domain/birth/bundleRules';
import type { BundleStepKey, StepStatus } from '../../../domain/birth/types';
import { medianOfHistogram, percentileOfHistogram, type HistogramBin } from '../../../domain/dashboard/percentile';
import type { StepTurnaround } from '../../../domain/dashboard/types';
import { addDays, compareDates } from '../../../domain/dates';
import { openStepsOfBirths, rejectionCounts } from '../../db/repos/birthCases';
import { stepDurationCounts } from '../../db/repos/stepDurations';
import type { Database } from '../../db/tables';
import type { FigureScope } from './scope';

const TOP_REASONS = 5;
const OPEN_STATUSES: readonly StepStatus[] = ['waiting', 'pending', 'accepted', 'rejected'];

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

async function durationHistogram(db: Kysely<Database>, scope: FigureScope): Promise<Map<string, HistogramBin[]>> {
  const out = new Map<string, HistogramBin[]>();
  for (const r of await stepDurationCounts(db, scope)) {
    const bins = out.get(r.step) ?? [];
    bins.push({ value: r.days, count: r.count });
    out.set(r.step, bins);
  }
  return out;
}

async function overdueCount(
  db: Kysely<Database>,
  scope: FigureScope,
  step: BundleStepKey,
  due: (birthDate: string) => string,
): Promise<number> {
  const cutoff = latestOverdueBirth(scope.today, due);
  const lastBirth = compareDates(cutoff, scope.lastDay) < 0 ? cutoff : scope.lastDay;
  if (compareDates(lastBirth, scope.firstDay) < 0) return 0;
  return openStepsOfBirths(db, {
    step,
    statuses: OPEN_STATUSES,
    firstBirth: scope.firstDay,
    lastBirth,
    ...(scope.township ? { township: scope.township } : {}),
  });
}

export async function bundleTurnaround(db: Kysely<Database>, scope: FigureScope): Promise<StepTurnaround[]> {
  const histograms = await durationHistogram(db, scope);
  const rejected = await rejectionCounts(db, scope);
  const overdue = new Map<BundleStepKey, number>();
  for (const [step, due] of Object.entries(DEADLINES) as [BundleStepKey, (b: string) => string][])
    overdue.set(step, await overdueCount(db, scope, step, due));

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
