// The growth standard the app uses and how a measurement is placed on it. Which standard: the WHO
// Child Growth Standards (2006) to 5 years, then the WHO Reference 2007 (see whoGrowthData.ts for
// the tables and their sources). The national WS/T 423-2022 (7岁以下儿童生长标准) could not be sourced
// completely as machine-readable tables, so the WHO standard is used and every chart says so.
import { diffDays } from '../dates';
import { percentileOfZ, zScore } from './lms';
import type { GrowthMeasure, Lms, LmsRow, Sex } from './types';
import { WHO_GROWTH_TABLES } from './whoGrowthData';

export const GROWTH_STANDARD = {
  id: 'who-2006-2007',
  name: '世界卫生组织（WHO）儿童生长标准（2006）；5岁以上采用WHO生长参考值（2007）',
  source:
    'WHO Child Growth Standards (2006)，https://www.who.int/tools/child-growth-standards；WHO Growth Reference 5–19 years (2007)，https://www.who.int/tools/growth-reference-data-for-5to19-years',
} as const;

export const MEASURE_NAMES: Readonly<Record<GrowthMeasure, string>> = {
  weight: '体重',
  length: '身长/身高',
  head: '头围',
};

export const MEASURE_UNITS: Readonly<Record<GrowthMeasure, string>> = { weight: 'kg', length: 'cm', head: 'cm' };

/** Lying length to this age (in days), standing height after (the WHO standard's own split). */
export const LAST_LYING_DAY = 730;

/**
 * Length measured standing before 731 days, or lying from 731 days, is converted to what the
 * standard expects: lying length is on average 0.7 cm more than standing height (WHO, Methods and
 * development 2006, chapter 3; anthro R/z-score-helper.R adjust_lenhei).
 */
export const LYING_MINUS_STANDING_CM = 0.7;

export type LengthPosition = 'lying' | 'standing';

/** The last day a measure's table covers (head circumference: 1826 days, the WHO has no reference after 5 years). */
export function lastDayOf(measure: GrowthMeasure, sex: Sex): number {
  const rows = WHO_GROWTH_TABLES[measure][sex];
  return rows[rows.length - 1]![0];
}

/** LMS at an age in whole days, interpolated linearly between the table's rows; undefined outside the table. */
export function lmsAt(measure: GrowthMeasure, sex: Sex, ageDays: number): Lms | undefined {
  const rows: readonly LmsRow[] = WHO_GROWTH_TABLES[measure][sex];
  if (!Number.isFinite(ageDays) || ageDays < 0 || ageDays > rows[rows.length - 1]![0]) return undefined;
  let hi = rows.findIndex((r) => r[0] >= ageDays);
  const b = rows[hi]!;
  if (b[0] === ageDays) return { l: b[1], m: b[2], s: b[3] };
  const a = rows[--hi]!;
  const t = (ageDays - a[0]) / (b[0] - a[0]);
  return { l: a[1] + t * (b[1] - a[1]), m: a[2] + t * (b[2] - a[2]), s: a[3] + t * (b[3] - a[3]) };
}

/** A length/height as the standard expects it at that age. */
export function standardisedLength(cm: number, ageDays: number, position: LengthPosition): number {
  if (ageDays <= LAST_LYING_DAY && position === 'standing') return cm + LYING_MINUS_STANDING_CM;
  if (ageDays > LAST_LYING_DAY && position === 'lying') return cm - LYING_MINUS_STANDING_CM;
  return cm;
}

export interface Measurement {
  measure: GrowthMeasure;
  /** kg for weight, cm otherwise. */
  value: number;
  /** The date measured. */
  date: string;
  /** For length: how the child was measured; the default is what the standard expects at that age. */
  position?: LengthPosition;
}

export interface Placement {
  measure: GrowthMeasure;
  date: string;
  ageDays: number;
  value: number;
  /** Rounded to 2 decimals, as the WHO's software reports it. */
  z: number;
  /** 0…100, rounded to 1 decimal. */
  percentile: number;
}

/** Where a measurement sits on the standard, or undefined when the age is outside its tables. */
export function placeMeasurement(sex: Sex, birthDate: string, m: Measurement): Placement | undefined {
  const ageDays = diffDays(m.date, birthDate);
  const lms = lmsAt(m.measure, sex, ageDays);
  if (!lms || !(m.value > 0)) return undefined;
  const value = m.measure === 'length' && m.position ? standardisedLength(m.value, ageDays, m.position) : m.value;
  const z = zScore(value, lms);
  return {
    measure: m.measure,
    date: m.date,
    ageDays,
    value: m.value,
    z: Math.round(z * 100) / 100,
    percentile: Math.round(percentileOfZ(z) * 10) / 10,
  };
}
