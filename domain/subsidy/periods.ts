// The pieces every rule's answer is built from: when a rule pays (its span, cut by whatever
// supersedes it), the amount, the apply-by date, the state on a day.
import { addDays } from '../dates';
import { laterDate, monthOf, yearEnd, yearOf, yearOfMonth, type MonthIndex } from './months';
import type { Deadline, RuleSet, SubsidyRule } from './ruleTypes';
import type { Fen } from '../money';
import type { Entitlement } from './types';

export interface Span {
  from?: string;
  to?: string;
  /** Set when the span ends because another rule replaced this one. */
  supersededBy?: { rule: SubsidyRule; from: string };
}

/** The days a rule pays for: its own period window, ended the day before another rule replaces it. */
export function payableSpan(rule: SubsidyRule, rules: RuleSet): Span {
  const span: Span = { from: rule.effective.periods?.from, to: rule.effective.periods?.to };
  for (const other of rules.rules) {
    for (const s of other.supersedes ?? []) {
      if (s.ruleId !== rule.id) continue;
      const lastDay = addDays(s.from, -1);
      if (span.to === undefined || lastDay < span.to) {
        span.to = lastDay;
        span.supersededBy = { rule: other, from: s.from };
      }
    }
  }
  return span;
}

export const inWindow = (date: string, w: { from?: string; to?: string }) =>
  (w.from === undefined || date >= w.from) && (w.to === undefined || date <= w.to);

/** Months lo..hi (inclusive) kept by `keep`. */
export function monthRange(lo: MonthIndex, hi: MonthIndex, keep: (m: MonthIndex) => boolean = () => true): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = lo; m <= hi; m += 1) if (keep(m)) out.push(m);
  return out;
}

/** The span as months, open ends replaced by the given bounds. */
export function spanMonths(span: Span, lo: MonthIndex, hi: MonthIndex): [MonthIndex, MonthIndex] {
  return [Math.max(lo, span.from ? monthOf(span.from) : lo), Math.min(hi, span.to ? monthOf(span.to) : hi)];
}

export function byYear(months: readonly MonthIndex[]): Map<number, MonthIndex[]> {
  const years = new Map<number, MonthIndex[]>();
  for (const m of months) {
    const y = yearOfMonth(m);
    years.set(y, [...(years.get(y) ?? []), m]);
  }
  return years;
}

/** The amount of one payment (once, yearly) or one month (monthly); undefined when the order has none. */
export function unitAmount(rule: SubsidyRule, order: number): Fen | undefined {
  return rule.amount.kind === 'flat' ? rule.amount.fen : rule.amount.fen[order];
}

/** The last day to apply for the period of `periodYear`. Parent rules have no birth: 'birth' means the period. */
export function deadlineDate(deadline: Deadline, periodYear: number, birthDate?: string): string {
  if (deadline.kind === 'date') return deadline.date;
  const base = deadline.of === 'birth' && birthDate ? yearOf(birthDate) : periodYear;
  const date = yearEnd(base + deadline.plusYears);
  return deadline.notBefore ? laterDate(date, deadline.notBefore) : date;
}

/**
 * [applyFrom, applyBy] for one period, or `closedOn` when the window would open after a fixed
 * deadline. An end-of-year deadline that passed before the window opened (a late hukou
 * registration) moves to the end of the year the window opens.
 */
export function applyWindow(
  rule: SubsidyRule,
  opens: string,
  periodYear: number,
  isFirstPeriod: boolean,
  birthDate?: string,
): { applyFrom: string; applyBy: string } | { closedOn: string } {
  const deadline = (isFirstPeriod && rule.apply.firstPeriodBy) || rule.apply.by;
  let applyBy = deadlineDate(deadline, periodYear, birthDate);
  if (opens > applyBy) {
    if (deadline.kind === 'date') return { closedOn: applyBy };
    applyBy = yearEnd(yearOf(opens));
  }
  return { applyFrom: opens, applyBy };
}

export function stateOn(asOf: string, applyFrom: string, applyBy: string): Entitlement['state'] {
  if (asOf < applyFrom) return 'upcoming';
  if (asOf > applyBy) return 'expired';
  return 'claimable';
}
