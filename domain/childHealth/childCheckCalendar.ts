// One child's health checks on a given day, with windows and status, shaped like the vaccine
// calendar so 接下来要办 (domain/children/dueNext) can take them:
//   done      a record exists;
//   upcoming  the window has not opened;
//   due       today is in the window (both ends included);
//   overdue   the window has closed and the next check's window has not opened — still worth doing;
//   missed    the next check's window has opened (the next check takes over), or the child is 7.
import { checkInWindow, type CheckWindow as Window } from '../checkWindow';
import { addDays, compareDates } from '../dates';
import type { ChildSummary } from '../children/types';
import { ageDate } from '../vaccine/schedule';
import type { Citation } from '../maternal/types';
import { CHILD_CHECKS, CHILD_SPEC, SERVICE_END_AGE, type ChildCheckRule } from './childChecks';

export type ChildCheckStatus = 'done' | 'due' | 'upcoming' | 'overdue' | 'missed';

export interface ChildCheckRecord {
  date: string;
  facility: string;
}

export interface ChildCheckView {
  checkId: string;
  title: string;
  windowText: string;
  dueFrom: string;
  /** The last day of the window (included). */
  dueBy: string;
  /** The first day the check counts as overdue (dueBy + 1): DueEntry.overdueFrom. */
  overdueFrom: string;
  status: ChildCheckStatus;
  /** The newborn visit dated from the birth because the discharge date is not known. */
  estimated: boolean;
  record?: ChildCheckRecord;
  where: string;
  contents: readonly string[];
  source: Citation;
}

export interface ChildCheckCalendar {
  child: ChildSummary;
  checks: ChildCheckView[];
  /** The source shown under the calendar. */
  source: string;
}

function windowOf(rule: ChildCheckRule, birthDate: string, dischargeDate: string | undefined): Window {
  const w = rule.window;
  switch (w.kind) {
    case 'afterDischarge': {
      const base = dischargeDate ?? birthDate;
      return { dueFrom: addDays(base, w.fromDay), dueBy: addDays(base, w.toDay), estimated: dischargeDate === undefined };
    }
    case 'afterBirthDays':
      return { dueFrom: addDays(birthDate, w.fromDay), dueBy: addDays(birthDate, w.toDay), estimated: false };
    case 'age':
      return { dueFrom: ageDate(birthDate, w.at), dueBy: addDays(ageDate(birthDate, w.until), -1), estimated: false };
  }
}

function statusOf(win: Window, nextFrom: string, today: string, done: boolean): ChildCheckStatus {
  if (done) return 'done';
  if (compareDates(today, win.dueFrom) < 0) return 'upcoming';
  if (compareDates(today, win.dueBy) <= 0) return 'due';
  return compareDates(today, nextFrom) >= 0 ? 'missed' : 'overdue';
}

/**
 * The child's checks on `today`. `records` maps a check id ('newborn-visit', 'month-1', 'm3' … 'y6')
 * to its record; `dischargeDate` is the day the newborn left the birth hospital, when known.
 */
export function childCheckCalendar(
  child: ChildSummary,
  records: Readonly<Record<string, ChildCheckRecord>>,
  today: string,
  options: { dischargeDate?: string } = {},
): ChildCheckCalendar {
  const windows = CHILD_CHECKS.map((r) => windowOf(r, child.birthDate, options.dischargeDate));
  const end = ageDate(child.birthDate, SERVICE_END_AGE);
  const checks = CHILD_CHECKS.map((rule, i): ChildCheckView => {
    const win = windows[i]!;
    const record = records[rule.id];
    return {
      checkId: rule.id,
      ...checkInWindow(rule, win, record),
      overdueFrom: addDays(win.dueBy, 1),
      status: statusOf(win, windows[i + 1]?.dueFrom ?? end, today, record !== undefined),
    };
  });
  return { child, checks, source: CHILD_SPEC };
}
