// Which measurements to point out to the health centre and the parent (rules in growthFlagRules.ts).
import { compareDates } from '../dates';
import { GROWTH_FLAG_RULES, LINES_CROSSED_TO_FLAG, NEWBORN_WEIGHT_DIP_DAYS, measureWord, type GrowthFlagKind } from './growthFlagRules';
import { placeMeasurement, type Measurement, type Placement } from './growthStandard';
import { MAJOR_PERCENTILES, MAJOR_PERCENTILE_Z, type MajorPercentile } from './percentileBands';
import type { GrowthMeasure, Sex } from './types';

export interface GrowthFlag {
  kind: GrowthFlagKind;
  measure: GrowthMeasure;
  /** The measurement that raised the flag. */
  placement: Placement;
  /** For a crossing: the earlier measurement and the lines crossed between the two. */
  previous?: Placement;
  linesCrossed?: MajorPercentile[];
  label: string;
  basis: string;
  parentText: string;
  parentAction: string;
}

const P3_Z = MAJOR_PERCENTILE_Z[3];
const P97_Z = MAJOR_PERCENTILE_Z[97];

/** The major lines that lie strictly between two z-scores (a point exactly on a line has not crossed it). */
export function linesBetween(zFrom: number, zTo: number): MajorPercentile[] {
  return MAJOR_PERCENTILES.filter((p) => (zFrom - MAJOR_PERCENTILE_Z[p]) * (zTo - MAJOR_PERCENTILE_Z[p]) < 0);
}

function flag(kind: GrowthFlagKind, placement: Placement, extra: Partial<GrowthFlag> = {}): GrowthFlag {
  const rule = GROWTH_FLAG_RULES[kind];
  return {
    kind,
    measure: placement.measure,
    placement,
    label: rule.label,
    basis: rule.basis,
    parentText: rule.parentText.replace('{measure}', measureWord(placement.measure)),
    parentAction: rule.parentAction,
    ...extra,
  };
}

/**
 * Every flag raised by a child's measurements, in date order: each measurement below P3 or above
 * P97, and each pair of consecutive measurements of the same kind between which the child crossed
 * two or more major percentile lines (weights of the first 14 days are not compared). Measurements
 * outside the standard's ages are skipped. z-scores are compared as placeMeasurement reports them
 * (rounded to 2 decimals), so a flag always agrees with the number shown.
 */
export function growthFlags(sex: Sex, birthDate: string, measurements: readonly Measurement[]): GrowthFlag[] {
  const flags: GrowthFlag[] = [];
  const sorted = [...measurements].sort((a, b) => compareDates(a.date, b.date));
  const previousOf = new Map<GrowthMeasure, Placement>();
  for (const m of sorted) {
    const placement = placeMeasurement(sex, birthDate, m);
    if (!placement) continue;
    if (placement.z < P3_Z) flags.push(flag('below-p3', placement));
    if (placement.z > P97_Z) flags.push(flag('above-p97', placement));
    const previous = previousOf.get(m.measure);
    const comparable = !(m.measure === 'weight' && previous && previous.ageDays < NEWBORN_WEIGHT_DIP_DAYS.value);
    if (previous && comparable) {
      const lines = linesBetween(previous.z, placement.z);
      if (lines.length >= LINES_CROSSED_TO_FLAG.value) {
        flags.push(flag(placement.z < previous.z ? 'crossed-down' : 'crossed-up', placement, { previous, linesCrossed: lines }));
      }
    }
    previousOf.set(m.measure, placement);
  }
  return flags;
}
