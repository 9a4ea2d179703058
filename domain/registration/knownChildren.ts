// 孩次 of a child the family has no 生育登记 for: the same rule as registration (childOrder.ts), over
// every child the system knows of that was born before it. A child the family declared on a
// registration keeps what was declared (previous marriage, adopted, deceased: not counted); a child
// on record only as a birth of this family (a 出生一件事 case, a registration) is a child of this marriage.
import { childOrder } from './childOrder';
import type { ExistingChild } from './types';

export interface RecordedChild {
  name: string;
  birthDate: string;
}

const sameChild = (a: { name: string; birthDate: string }, b: { name: string; birthDate: string }) =>
  a.name === b.name && a.birthDate === b.birthDate;

/**
 * `recorded`: the family's children on record; `declared`: every 已有子女 list of the family's
 * registrations in force. Only children born before `birthDate` count (a twin is ordered by the
 * multiple-birth setting, not here).
 */
export function childOrderFromRecords(birthDate: string, recorded: readonly RecordedChild[], declared: readonly ExistingChild[]): number {
  const known: ExistingChild[] = [];
  for (const d of declared) if (!known.some((k) => sameChild(k, d))) known.push(d);
  for (const r of recorded) {
    if (!known.some((k) => sameChild(k, r)))
      known.push({ name: r.name, birthDate: r.birthDate, sex: 'M', relation: 'this-marriage', deceased: false });
  }
  return childOrder(known.filter((k) => k.birthDate < birthDate));
}
