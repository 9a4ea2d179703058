// What a pregnancy puts in 接下来要办 (and so in the reminders), and in the 妇幼 staff queue. Pure:
// the caller passes the calendar (pregnancyCalendar) and today.
//   - the national checks (not the guideline's "recommended" ones) that are open: due, overdue, or
//     opening within the horizon; the postnatal ones only once the birth is recorded;
//   - the 高危 follow-up date of her latest 妊娠风险评估.
import type { DueEntry } from '../children/dueNext';
import { addDays, compareDates } from '../dates';
import { pageUrl } from '../routes';
import type { PregnancyCalendar, CheckView } from './pregnancyCalendar';
import type { QueueEntry } from './views';

export const PREGNANCY_HORIZON_DAYS = 30;
export const QUEUE_WEEK_DAYS = 7;
/** Days after the birth a pregnancy stays in care (the 42-day check's window ends on day 56). */
export const IN_CARE_AFTER_BIRTH_DAYS = 70;

export function pregnancyLink(pregnancyId: string): string {
  return pageUrl('/packages/maternal/index/index', { id: pregnancyId });
}

function open(check: CheckView): boolean {
  if (check.status === 'due' || check.status === 'overdue') return true;
  return check.status === 'upcoming' && !check.estimated;
}

export interface DuePregnancy {
  id: string;
  motherName: string;
  calendar: PregnancyCalendar;
  /** The latest assessment's follow-up date, when it is a 高危 case. */
  followUp?: string;
}

/** Who the item is for, as the 接下来要办 card and the reminder name her. */
function whom(p: DuePregnancy): string {
  return p.motherName;
}

export function pregnancyDueEntries(p: DuePregnancy, today: string, horizonDays = PREGNANCY_HORIZON_DAYS): DueEntry[] {
  const horizon = addDays(today, horizonDays);
  const link = pregnancyLink(p.id);
  const out: DueEntry[] = p.calendar.checks
    .filter((c) => open(c) && compareDates(c.dueFrom, horizon) <= 0)
    .map((c) => ({
      key: `pregnancy_check:${p.id}:${c.id}`,
      kind: 'pregnancy_check',
      childName: whom(p),
      title: c.title,
      date: c.dueFrom,
      dateKind: 'from',
      overdue: c.status === 'overdue',
      overdueFrom: addDays(c.dueBy, 1),
      link,
    }));
  if (p.followUp) {
    out.push({
      key: `pregnancy_follow_up:${p.id}`,
      kind: 'pregnancy_check',
      childName: whom(p),
      title: '高危孕产妇专案随访（按医生约定的日期复诊）',
      date: p.followUp,
      dateKind: 'by',
      overdue: false,
      link,
    });
  }
  return out;
}

/**
 * The staff queue's rows for one pregnancy: checks in their window or opening within the week, and
 * checks whose window has closed with nothing recorded (overdue, still worth doing).
 */
export function queueEntriesOf(p: DuePregnancy, today: string): { dueThisWeek: QueueEntry[]; overdue: QueueEntry[] } {
  const weekEnd = addDays(today, QUEUE_WEEK_DAYS - 1);
  const base = {
    pregnancyId: p.id,
    motherName: p.motherName,
    ...(p.calendar.gestationalAgeText ? { gestationalAgeText: p.calendar.gestationalAgeText } : {}),
  };
  const dueThisWeek: QueueEntry[] = [];
  const overdue: QueueEntry[] = [];
  for (const c of p.calendar.checks) {
    const entry: QueueEntry = { ...base, title: c.title, date: c.dueFrom, dueBy: c.dueBy, kind: 'check' };
    if (c.status === 'overdue') overdue.push(entry);
    else if ((c.status === 'due' || (c.status === 'upcoming' && !c.estimated)) && compareDates(c.dueFrom, weekEnd) <= 0)
      dueThisWeek.push(entry);
  }
  if (p.followUp) {
    const entry: QueueEntry = { ...base, title: '高危专案随访', date: p.followUp, kind: 'follow_up' };
    if (compareDates(p.followUp, today) < 0) overdue.push(entry);
    else if (compareDates(p.followUp, weekEnd) <= 0) dueThisWeek.push(entry);
  }
  return { dueThisWeek, overdue };
}
