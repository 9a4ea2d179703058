// Slots against residents, for the county and each township (docs/decisions.md §4, seed 一 and 附件2).
// Pure: the caller passes the slot totals of filed institutions.
import { TOWNSHIP_CODES, type TownshipCode } from '../place/townships';
import { COUNTY_RESIDENTS, TOWNSHIP_RESIDENTS } from './residents';
import { PER_1000_TARGETS, YEARLY_TARGETS, YEARLY_TARGETS_SOURCE } from './supplyTargets';
import type { SupplyReport, SupplyRow } from './types';

export interface SlotTotals {
  township: TownshipCode;
  slots: number;
  puhuiSlots: number;
}

/** Per 1000 residents, two decimals; 0 when there are no residents on record. */
export function per1000(slots: number, residents: number): number {
  if (residents <= 0) return 0;
  return Math.round((slots * 1000 * 100) / residents) / 100;
}

function row(area: SupplyRow['area'], residents: number, slots: number, puhuiSlots: number): SupplyRow {
  return { area, residents, slots, puhuiSlots, slotsPer1000: per1000(slots, residents), puhuiPer1000: per1000(puhuiSlots, residents) };
}

export function supplyReport(
  totals: readonly SlotTotals[],
  filedInstitutions: number,
  residents: { county: number; townships: Readonly<Record<TownshipCode, number>> } = {
    county: COUNTY_RESIDENTS.value,
    townships: TOWNSHIP_RESIDENTS,
  },
): SupplyReport {
  const byTownship = new Map<TownshipCode, { slots: number; puhuiSlots: number }>();
  for (const t of totals) {
    const sum = byTownship.get(t.township) ?? { slots: 0, puhuiSlots: 0 };
    byTownship.set(t.township, { slots: sum.slots + t.slots, puhuiSlots: sum.puhuiSlots + t.puhuiSlots });
  }
  const townshipRows = TOWNSHIP_CODES.map((code) => {
    const sum = byTownship.get(code) ?? { slots: 0, puhuiSlots: 0 };
    return row(code, residents.townships[code], sum.slots, sum.puhuiSlots);
  });
  const slots = townshipRows.reduce((s, r) => s + r.slots, 0);
  const puhuiSlots = townshipRows.reduce((s, r) => s + r.puhuiSlots, 0);
  return {
    targets: { ...PER_1000_TARGETS },
    yearly: YEARLY_TARGETS.map((y) => ({ ...y, source: YEARLY_TARGETS_SOURCE })),
    rows: [row('county', residents.county, slots, puhuiSlots), ...townshipRows],
    filedInstitutions,
  };
}
