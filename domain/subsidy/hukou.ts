// The months a child's hukou puts it under this county's subsidies (docs/decisions.md §3: moving the hukou
// out stops payments from the next month).
import { addDays } from '../dates';
import { monthOf, type MonthIndex } from './months';
import type { ChildFacts, HukouPlace, HukouSpell } from './types';

/** The county this service pays for. */
export const LOCAL_PLACE: HukouPlace = 'yingjiang';

export interface LocalStay {
  /** The day the hukou was registered in (or moved into) the county. */
  since: string;
  /** The day the hukou left the county, if it did. */
  movedOutOn?: string;
  /** The last day the hukou was in the county. */
  lastDay?: string;
  /**
   * Months this stay pays for. A newborn's first registration pays from the birth month; a move in
   * from elsewhere pays from the next month (the county it came from pays the move month). The move-out
   * month is paid; later months are not.
   */
  firstMonth: MonthIndex;
  lastMonth: MonthIndex;
}

export function sortedSpells(child: ChildFacts): HukouSpell[] {
  return [...child.hukou].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export function localStays(child: ChildFacts): LocalStay[] {
  const spells = sortedSpells(child);
  const stays: LocalStay[] = [];
  for (let i = 0; i < spells.length; i += 1) {
    if (spells[i].place !== LOCAL_PLACE || (i > 0 && spells[i - 1].place === LOCAL_PLACE)) continue;
    let end = i + 1;
    while (end < spells.length && spells[end].place === LOCAL_PLACE) end += 1;
    const movedOutOn = spells[end]?.from;
    stays.push({
      since: spells[i].from,
      movedOutOn,
      lastDay: movedOutOn === undefined ? undefined : addDays(movedOutOn, -1),
      firstMonth: i === 0 ? monthOf(child.birthDate) : monthOf(spells[i].from) + 1,
      lastMonth: movedOutOn === undefined ? Number.POSITIVE_INFINITY : monthOf(movedOutOn),
    });
  }
  return stays;
}

export function stayOfMonth(stays: readonly LocalStay[], month: MonthIndex): LocalStay | undefined {
  return stays.find((stay) => stay.firstMonth <= month && month <= stay.lastMonth);
}
