// What a prenatal check (domain/maternal/pregnancyCalendar.ts) and a child health check
// (domain/childHealth/childCheckCalendar.ts) have in common: a rule of a national service that is due
// in a window of days, shown with its record once done. How a window is dated and what a status
// means differ, and stay with each calendar.
import type { Citation } from './maternal/types';

/** A check's window on the calendar: first and last day, both included. */
export interface CheckWindow {
  dueFrom: string;
  dueBy: string;
  /** Dated from an estimate (the 预产期, a birth without its discharge date). */
  estimated: boolean;
}

/** What the parent reads of a check's rule. */
export interface CheckRuleText {
  title: string;
  /** The window as the source words it. */
  windowText: string;
  where: string;
  contents: readonly string[];
  source: Citation;
}

/** A check's view fields that come from its rule, its window and its record (once there is one). */
export function checkInWindow<R>(rule: CheckRuleText, win: CheckWindow, record: R | undefined) {
  return {
    title: rule.title,
    windowText: rule.windowText,
    dueFrom: win.dueFrom,
    dueBy: win.dueBy,
    estimated: win.estimated,
    where: rule.where,
    contents: rule.contents,
    source: rule.source,
    ...(record ? { record } : {}),
  };
}
