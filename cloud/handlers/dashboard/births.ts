// Births by month, township, 孩次, sex and 民族 for a period, folded from the cells of birth_counts
// (the fact table counted per month, township and dimension, kept in step by every write;
// birthCountCells): a year of a province is a few thousand rows.
import type { BirthFigures } from '../../../domain/dashboard/types';
import { monthsBetween } from '../../../domain/dashboard/period';
import { SEX_RATIO_NORMAL_RANGE, sexRatio } from '../../../domain/dashboard/sexRatio';
import { TOWNSHIP_CODES, type TownshipCode } from '../../../domain/place/townships';
import { UNKNOWN, type BirthCountCell } from '../../db/repos/birthFacts';
import type { FigureScope } from './scope';

/** The 民族 code shown for births whose 民族 the records do not give. */
export const UNKNOWN_ETHNICITY = UNKNOWN;

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export function birthFigures(cells: readonly BirthCountCell[], scope: FigureScope): BirthFigures {
  const byMonth = new Map<string, number>();
  const byTownship = new Map<string, number>();
  const byDimension = { sex: new Map<string, number>(), order: new Map<string, number>(), ethnicity: new Map<string, number>() };
  let total = 0;
  for (const c of cells) {
    if (c.dimension === 'total') {
      total += c.count;
      add(byMonth, c.month, c.count);
      add(byTownship, c.township, c.count);
    } else {
      add(byDimension[c.dimension], c.value, c.count);
    }
  }
  const order = (k: string) => byDimension.order.get(k) ?? 0;
  const sex = (k: string) => byDimension.sex.get(k) ?? 0;
  const townships: readonly TownshipCode[] = scope.township ? [scope.township] : TOWNSHIP_CODES;
  const ethnicities = [...byDimension.ethnicity.entries()]
    .map(([ethnicity, count]) => ({ ethnicity, count }))
    // Largest first; births of unknown 民族 last whatever their number.
    .sort(
      (a, b) =>
        Number(a.ethnicity === UNKNOWN_ETHNICITY) - Number(b.ethnicity === UNKNOWN_ETHNICITY) ||
        b.count - a.count ||
        (a.ethnicity < b.ethnicity ? -1 : 1),
    );
  return {
    total,
    byMonth: monthsBetween(scope.from, scope.to).map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
    byTownship: townships.map((township) => ({ township, count: byTownship.get(township) ?? 0 })),
    byOrder: { first: order('1'), second: order('2'), thirdPlus: order('3+'), unknown: order(UNKNOWN) },
    sex: {
      boys: sex('M'),
      girls: sex('F'),
      unknown: sex(UNKNOWN),
      ratio: sexRatio(sex('M'), sex('F')),
      normalRange: { low: SEX_RATIO_NORMAL_RANGE.low, high: SEX_RATIO_NORMAL_RANGE.high, source: SEX_RATIO_NORMAL_RANGE.source },
    },
    byEthnicity: ethnicities,
  };
}
