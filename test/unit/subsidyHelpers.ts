// Shared by the subsidy unit tests: compact children and a one-line-per-payment view of an answer.
import type { ChildFacts, Evaluation, HukouPlace } from '../../domain/subsidy/types';

export const ONCE = 'county-birth-once';
export const CARE800 = 'county-childcare-yearly';
export const INSURANCE = 'county-insurance-yearly';
export const NATIONAL = 'national-childcare';
export const BEREAVED = 'bereaved-parent-care';

/** A child with 盈江 hukou from the birth date unless `hukou` says otherwise. */
export function child(birthDate: string, birthOrder: number, extra: Partial<ChildFacts> = {}): ChildFacts {
  return { birthDate, birthOrder, hukou: [{ place: 'yingjiang', from: birthDate }], ...extra };
}

export function spells(...pairs: [HukouPlace, string][]): ChildFacts['hukou'] {
  return pairs.map(([place, from]) => ({ place, from }));
}

/**
 * Per rule: its payments as 'periodKey amountFen [months] state applyFrom..applyBy', or its reason.
 * Comparing this whole object checks every rule's answer at once.
 */
export function answer(e: Evaluation): Record<string, string[] | string> {
  const out: Record<string, string[] | string> = {};
  for (const x of e.entitlements) {
    const line = [x.periodKey, x.amountFen, x.months === undefined ? '' : `${x.months}m`, x.state, `${x.applyFrom}..${x.applyBy}`]
      .filter((p) => p !== '')
      .join(' ');
    const lines = out[x.ruleId];
    out[x.ruleId] = Array.isArray(lines) ? [...lines, line] : [line];
  }
  for (const n of e.notApplicable) out[n.ruleId] = n.reason;
  return out;
}

export function totalFen(e: Evaluation, ruleId?: string): number {
  return e.entitlements.filter((x) => ruleId === undefined || x.ruleId === ruleId).reduce((sum, x) => sum + x.amountFen, 0);
}
