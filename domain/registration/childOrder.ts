// 孩次: the order of this pregnancy/birth among the couple's children. The rule and its source are
// REGISTRATION_RULES.childOrderCounts (registrationRules.ts) and docs/policy/child-order.md; the
// subsidy engine's 孩次 for a child without a registration follows it too (knownChildren.ts).
import type { ExistingChild } from './types';

/** Only living children of this marriage count; previous-marriage, adopted and deceased children do not. */
export function countedChildren(existing: readonly ExistingChild[]): ExistingChild[] {
  return existing.filter((child) => child.relation === 'this-marriage' && !child.deceased);
}

export function childOrder(existing: readonly ExistingChild[]): number {
  return 1 + countedChildren(existing).length;
}

export type ChildOrderText = '一孩' | '二孩' | '三孩' | '四孩及以上';

export function childOrderText(n: number): ChildOrderText {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Not a child order: ${n}`);
  if (n === 1) return '一孩';
  if (n === 2) return '二孩';
  if (n === 3) return '三孩';
  return '四孩及以上';
}
