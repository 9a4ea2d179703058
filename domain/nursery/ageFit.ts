// Which classes take a child of a given age.
import { CLASS_KINDS, CLASS_RULES } from './classRules';
import type { ClassKind } from './types';

/** Completed months from a birth date to a day, both 'YYYY-MM-DD' (a day-of-month not yet reached does not count). */
export function ageInMonths(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  let months = (oy - by) * 12 + (om - bm);
  if (od < bd) months -= 1;
  return months;
}

export function classFitsAge(kind: ClassKind, ageMonths: number): boolean {
  const rule = CLASS_RULES[kind];
  return ageMonths >= rule.minMonths && ageMonths < rule.maxMonths;
}

/** The class kinds a child of this age may join (乳儿班 … 混龄班 order). */
export function kindsForAge(ageMonths: number): ClassKind[] {
  return CLASS_KINDS.filter((k) => classFitsAge(k, ageMonths));
}
