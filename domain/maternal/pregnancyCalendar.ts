// One pregnancy's checks on a given day: the national service's checks and the guideline's
// recommended ones, each with its window (first and last day, both included) and status.
//
// Status on `today`:
//   done        a record exists for the check;
//   upcoming    the window has not opened;
//   due         today is in the window;
//   overdue     the window has closed and the next check of the same list has not opened yet —
//               still worth doing (the national checks leave gaps: 13–15, 25–27 weeks);
//   missed      the window has closed and the next check's window has opened, or she gave birth
//               after the window opened without the check on record;
//   not-needed  she gave birth before the window opened (e.g. the 37–40-week check after a birth at 35).
// Before the birth the postnatal checks are dated from the 预产期, marked `estimated` and stay
// upcoming (past the 预产期 too); after it,
// from the discharge (or, when the discharge date is not known, the birth — also `estimated`).
import { checkInWindow, type CheckWindow as Window } from '../checkWindow';
import { addDays, compareDates } from '../dates';
import { NATIONAL_PREGNANCY_CHECKS, POST_TERM_NOTICE, RECOMMENDED_PRENATAL_CHECKS, type PregnancyCheckRule } from './prenatalChecks';
import { dateAtGestationalAge, formatGestationalAge, gestationalAgeOn } from './pregnancyDating';
import type { CheckRecord, CheckStatus, Citation, GestationalAge } from './types';

export interface PregnancyState {
  dating: { startDate: string; dueDate: string };
  /** Set once she has given birth. */
  deliveryDate?: string;
  dischargeDate?: string;
}

export interface CheckView {
  id: string;
  title: string;
  /** true for the guideline's finer schedule (推荐), false for the national service's checks. */
  recommended: boolean;
  windowText: string;
  dueFrom: string;
  /** The last day of the window (included). */
  dueBy: string;
  status: CheckStatus;
  /** Dated from the 预产期 or the birth because the real base date is not known yet. */
  estimated: boolean;
  record?: CheckRecord;
  where: string;
  contents: readonly string[];
  source: Citation;
}

export interface CalendarNotice {
  text: string;
  source: Citation;
}

export interface PregnancyCalendar {
  today: string;
  dueDate: string;
  delivered: boolean;
  /** 孕周 today, while pregnant. */
  gestationalAge?: GestationalAge;
  /** e.g. '孕23周+4天'. */
  gestationalAgeText?: string;
  /** 孕周 at the birth, once delivered. */
  gestationalAgeAtDelivery?: GestationalAge;
  checks: CheckView[];
  recommended: CheckView[];
  notices: CalendarNotice[];
}

function windowOf(rule: PregnancyCheckRule, state: PregnancyState): Window {
  const w = rule.window;
  if (w.kind === 'gestation') {
    return { dueFrom: dateAtGestationalAge(state.dating, w.from), dueBy: dateAtGestationalAge(state.dating, w.to), estimated: false };
  }
  let base: string;
  let estimated: boolean;
  if (!state.deliveryDate) {
    base = state.dating.dueDate;
    estimated = true;
  } else if (w.after === 'discharge') {
    base = state.dischargeDate ?? state.deliveryDate;
    estimated = state.dischargeDate === undefined;
  } else {
    base = state.deliveryDate;
    estimated = false;
  }
  return { dueFrom: addDays(base, w.fromDay), dueBy: addDays(base, w.toDay), estimated };
}

function statusOf(
  rule: PregnancyCheckRule,
  win: Window,
  next: Window | undefined,
  state: PregnancyState,
  today: string,
  done: boolean,
): CheckStatus {
  if (done) return 'done';
  const prenatal = rule.window.kind === 'gestation';
  if (prenatal && state.deliveryDate) {
    return compareDates(state.deliveryDate, win.dueFrom) < 0 ? 'not-needed' : 'missed';
  }
  // Before the birth a postnatal check cannot be due, whatever the 预产期 says.
  if (!prenatal && !state.deliveryDate) return 'upcoming';
  if (compareDates(today, win.dueFrom) < 0) return 'upcoming';
  if (compareDates(today, win.dueBy) <= 0) return 'due';
  if (next && !next.estimated && compareDates(today, next.dueFrom) >= 0) return 'missed';
  return 'overdue';
}

function views(
  rules: readonly PregnancyCheckRule[],
  recommended: boolean,
  state: PregnancyState,
  records: Readonly<Record<string, CheckRecord>>,
  today: string,
): CheckView[] {
  const windows = rules.map((r) => windowOf(r, state));
  return rules.map((rule, i) => {
    const win = windows[i]!;
    const nextIndex = rules.findIndex((r, j) => j > i && r.window.kind === rule.window.kind);
    const record = records[rule.id];
    return {
      id: rule.id,
      ...checkInWindow(rule, win, record),
      recommended,
      status: statusOf(rule, win, nextIndex >= 0 ? windows[nextIndex] : undefined, state, today, record !== undefined),
    };
  });
}

/** The pregnancy's calendar on `today`. `records` maps a check id ('prenatal-2', 'guide-4' …) to its record. */
export function pregnancyCalendar(state: PregnancyState, records: Readonly<Record<string, CheckRecord>>, today: string): PregnancyCalendar {
  const delivered = state.deliveryDate !== undefined && compareDates(state.deliveryDate, today) <= 0;
  const effective: PregnancyState = delivered ? state : { dating: state.dating };
  const calendar: PregnancyCalendar = {
    today,
    dueDate: state.dating.dueDate,
    delivered,
    checks: views(NATIONAL_PREGNANCY_CHECKS, false, effective, records, today),
    recommended: views(RECOMMENDED_PRENATAL_CHECKS, true, effective, records, today),
    notices: [],
  };
  if (delivered) {
    const atBirth = gestationalAgeOn(state.dating, state.deliveryDate!);
    if (atBirth) calendar.gestationalAgeAtDelivery = atBirth;
    return calendar;
  }
  const age = gestationalAgeOn(state.dating, today);
  if (age) {
    calendar.gestationalAge = age;
    calendar.gestationalAgeText = formatGestationalAge(age);
    if (age.weeks >= POST_TERM_NOTICE.fromWeeks) calendar.notices.push({ text: POST_TERM_NOTICE.text, source: POST_TERM_NOTICE.source });
  }
  return calendar;
}
