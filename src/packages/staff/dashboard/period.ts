import type { DashboardQuery } from '@domain/dashboard/types';
import { todayIn } from '@domain/dates';
import { townshipName } from '@domain/place/townships';

/** This year to date: January to the current month (Shanghai). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const month = todayIn(now).slice(0, 7);
  return { from: `${month.slice(0, 4)}-01`, to: month };
}

/** '2026-03' → '2026年3月'. */
export function monthText(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** '2026Q4' → '2026年第4季度'. */
export function quarterText(quarter: string): string {
  return `${quarter.slice(0, 4)}年第${quarter.slice(5)}季度`;
}

/** What a query covers, in words: '2026年1月—2026年11月 · 全县'. */
export function scopeText(query: DashboardQuery): string {
  const period = query.from === query.to ? monthText(query.from) : `${monthText(query.from)}—${monthText(query.to)}`;
  return `${period} · ${query.township ? townshipName(query.township) : '全县'}`;
}

export function sameQuery(a: DashboardQuery, b: DashboardQuery): boolean {
  return a.from === b.from && a.to === b.to && (a.township ?? null) === (b.township ?? null);
}
