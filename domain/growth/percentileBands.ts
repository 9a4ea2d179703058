// The percentile lines a growth chart draws: P3, P15, P50, P85, P97 (the WHO's chart lines), as
// measurement values at any age, so a chart (weapp canvas or h5) and its text table come from one place.
import { valueAtZ } from './lms';
import { lastDayOf, lmsAt } from './growthStandard';
import type { GrowthMeasure, Sex } from './types';

export type MajorPercentile = 3 | 15 | 50 | 85 | 97;

/** The z-score of each major percentile line (standard normal quantiles). */
export const MAJOR_PERCENTILE_Z: Readonly<Record<MajorPercentile, number>> = {
  3: -1.880794,
  15: -1.036433,
  50: 0,
  85: 1.036433,
  97: 1.880794,
};

export const MAJOR_PERCENTILES: readonly MajorPercentile[] = [3, 15, 50, 85, 97];

export type BandValues = Readonly<Record<MajorPercentile, number>>;

export interface BandPoint {
  ageDays: number;
  values: BandValues;
}

/** The five line values at one age, rounded to 2 decimals; undefined outside the standard's ages. */
export function bandsAt(measure: GrowthMeasure, sex: Sex, ageDays: number): BandValues | undefined {
  const lms = lmsAt(measure, sex, ageDays);
  if (!lms) return undefined;
  const at = (p: MajorPercentile) => Math.round(valueAtZ(MAJOR_PERCENTILE_Z[p], lms) * 100) / 100;
  return { 3: at(3), 15: at(15), 50: at(50), 85: at(85), 97: at(97) };
}

/** Line values every `stepDays` from `fromDay` to `toDay` (both included, clipped to the standard's ages). */
export function bandSeries(measure: GrowthMeasure, sex: Sex, fromDay: number, toDay: number, stepDays: number): BandPoint[] {
  if (!(stepDays > 0)) throw new RangeError('stepDays must be positive');
  const last = Math.min(toDay, lastDayOf(measure, sex));
  const points: BandPoint[] = [];
  for (let day = Math.max(0, fromDay); day <= last; day += stepDays) points.push({ ageDays: day, values: bandsAt(measure, sex, day)! });
  if (points.length > 0 && points[points.length - 1]!.ageDays !== last)
    points.push({ ageDays: last, values: bandsAt(measure, sex, last)! });
  return points;
}
