// The dashboard's period: whole months 'YYYY-MM', first to last inclusive, in Asia/Shanghai.
import { addMonths } from '../dates';

/** The first year the dashboard and the reports can ask for: 盈发〔2023〕8号 took effect in 2023. */
export const FIRST_REPORT_YEAR = 2023;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: unknown): s is string {
  return typeof s === 'string' && MONTH.test(s);
}

/** 'YYYY-MM' of a calendar date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** How many months `from` … `to` covers, both included (0 when `to` comes first). */
export function monthSpan(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return Math.max(0, index(to) - index(from) + 1);
}

/** Months from `from` to `to`, both included ('2026-01', '2026-02', …). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = monthOf(addMonths(`${m}-01`, 1))) months.push(m);
  return months;
}

/** The calendar dates the period covers: first day of `from`, last day of `to` (inclusive). */
export function periodDates(from: string, to: string): { first: string; last: string } {
  const nextMonth = addMonths(`${to}-01`, 1);
  const last = new Date(Date.parse(`${nextMonth}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { first: `${from}-01`, last };
}

/** '2026Q4' of a calendar date or month. */
export function quarterOf(dateOrMonth: string): string {
  const month = Number(dateOrMonth.slice(5, 7));
  return `${dateOrMonth.slice(0, 4)}Q${Math.ceil(month / 3)}`;
}

/** The whole calendar year as a period. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01`, to: `${year}-12` };
}
