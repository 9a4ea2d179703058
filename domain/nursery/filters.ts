// What the parent's search keeps. The same predicate serves the spatial index and the linear scan,
// so both answer the same question.
import { classFitsAge } from './ageFit';
import type { CareType, ClassKind, NurseryDetail, NurseryListItem, Ownership } from './types';

/**
 * 普惠 includes 公办: the seed counts public and 普惠性民办 places alike as 普惠托位 (二(三)1-2, 附件2),
 * and a public nursery charges the regulated (普惠) fee. So "普惠 only" keeps both.
 */
export function isPuhui(ownership: Ownership): boolean {
  return ownership === 'public' || ownership === 'puhui';
}

/** One institution as search sees it: what the filters test and the list shows. */
export interface SearchableNursery {
  id: string;
  name: string;
  ownership: Ownership;
  demonstration: boolean;
  kindergartenClass: boolean;
  township: NurseryDetail['township'];
  address: string;
  lat: number;
  lng: number;
  careTypes: readonly CareType[];
  classes: readonly { kind: ClassKind; vacancies: number; careFeeMonthlyFen: number }[];
  grade?: NurseryDetail['grade'];
}

export interface NurseryFilter {
  ageMonths?: number;
  puhuiOnly?: boolean;
  withVacancy?: boolean;
  careType?: CareType;
}

/** The classes that take the age asked for; every class when no age is given. */
export function fittingClasses(n: SearchableNursery, ageMonths: number | undefined): SearchableNursery['classes'] {
  return ageMonths === undefined ? n.classes : n.classes.filter((c) => classFitsAge(c.kind, ageMonths));
}

export function matchesFilter(n: SearchableNursery, f: NurseryFilter): boolean {
  if (f.puhuiOnly && !isPuhui(n.ownership)) return false;
  if (f.careType !== undefined && !n.careTypes.includes(f.careType)) return false;
  if (f.ageMonths === undefined && !f.withVacancy) return true;
  const classes = fittingClasses(n, f.ageMonths);
  if (classes.length === 0) return false;
  return !f.withVacancy || classes.some((c) => c.vacancies > 0);
}

/** The list row: fitting classes with their vacancies, the range of their monthly 保育费. */
export function listItem(n: SearchableNursery, distanceM: number, ageMonths: number | undefined): NurseryListItem {
  const classes = fittingClasses(n, ageMonths);
  const fees = classes.map((c) => c.careFeeMonthlyFen);
  return {
    id: n.id,
    name: n.name,
    ownership: n.ownership,
    demonstration: n.demonstration,
    kindergartenClass: n.kindergartenClass,
    township: n.township,
    address: n.address,
    location: { lat: n.lat, lng: n.lng },
    distanceM: Math.round(distanceM),
    classes: classes.map((c) => ({ kind: c.kind, vacancies: c.vacancies })),
    careFeeFromFen: fees.length > 0 ? Math.min(...fees) : 0,
    careFeeToFen: fees.length > 0 ? Math.max(...fees) : 0,
    ...(n.grade ? { grade: n.grade } : {}),
  };
}

/** capacity − enrolled, never below 0. */
export function vacanciesOf(c: { capacity: number; enrolled: number }): number {
  return Math.max(0, c.capacity - c.enrolled);
}
