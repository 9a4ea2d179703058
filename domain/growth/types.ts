import type { Sex } from '../registration/types';

export type { Sex };

/** One row of an LMS table: [ageInDays, L, M, S]. */
export type LmsRow = readonly [day: number, l: number, m: number, s: number];

export type GrowthMeasure = 'weight' | 'length' | 'head';

export type GrowthTables = Readonly<Record<GrowthMeasure, Readonly<Record<Sex, readonly LmsRow[]>>>>;

export interface Lms {
  l: number;
  m: number;
  s: number;
}
