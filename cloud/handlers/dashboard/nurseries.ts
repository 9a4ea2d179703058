// 托育 supply (seed 一, 二(三)2, 附件2): filed institutions' slots and 普惠 slots per 1000 residents for
// the county or one township, against 4.5 / 2.7 and the yearly targets, and vacancies per class kind.
// Supply is a standing figure: it does not depend on the period. Residents and targets are data
// (domain/nursery/residents.ts, supplyTargets.ts); per1000 is the nursery supply report's own.
import type { Kysely } from 'kysely';
import type { NurseryFigures } from '../../../domain/dashboard/types';
import { CLASS_KINDS } from '../../../domain/nursery/classRules';
import { isPuhui } from '../../../domain/nursery/filters';
import { COUNTY_RESIDENTS, TOWNSHIP_RESIDENTS } from '../../../domain/nursery/residents';
import { per1000 } from '../../../domain/nursery/supply';
import { PER_1000_TARGETS, YEARLY_TARGETS, YEARLY_TARGETS_SOURCE } from '../../../domain/nursery/supplyTargets';
import type { TownshipCode } from '../../../domain/place/townships';
import { filedPlacesByOwnershipAndKind } from '../../db/repos/nurseries';
import type { Database } from '../../db/tables';

export async function nurseryFigures(db: Kysely<Database>, township: TownshipCode | undefined): Promise<NurseryFigures> {
  const rows = await filedPlacesByOwnershipAndKind(db, township);

  let slots = 0;
  let puhuiSlots = 0;
  const byKind = new Map<string, { capacity: number; enrolled: number }>();
  for (const { ownership, kind, capacity, enrolled } of rows) {
    slots += capacity;
    if (isPuhui(ownership)) puhuiSlots += capacity;
    const sum = byKind.get(kind) ?? { capacity: 0, enrolled: 0 };
    byKind.set(kind, { capacity: sum.capacity + capacity, enrolled: sum.enrolled + enrolled });
  }
  const residents = township ? TOWNSHIP_RESIDENTS[township] : COUNTY_RESIDENTS.value;
  return {
    residents,
    slots,
    puhuiSlots,
    slotsPer1000: per1000(slots, residents),
    puhuiPer1000: per1000(puhuiSlots, residents),
    targets: { ...PER_1000_TARGETS },
    yearly: YEARLY_TARGETS.map((y) => ({ ...y, source: YEARLY_TARGETS_SOURCE })),
    vacanciesByClass: CLASS_KINDS.map((kind) => {
      const sum = byKind.get(kind) ?? { capacity: 0, enrolled: 0 };
      return { kind, capacity: sum.capacity, enrolled: sum.enrolled, vacancies: Math.max(0, sum.capacity - sum.enrolled) };
    }),
  };
}
