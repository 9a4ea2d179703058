// What a family should do next, across services: the 出生一件事 deadlines (户口登记, 医保参保), vaccine
// doses, and — when those services exist — subsidy claims and nursery visits. Each service builds its
// own items; dueNextItems merges them into one list, and remindersDue picks the ones worth a message
// today. All pure: the caller passes today.
import { addDays, compareDates, diffDays } from '../dates';
import { doseStatus, doseTitle } from '../vaccine/schedule';
import { pageUrl } from '../routes';
import type { DoseView, VaccineCalendar } from '../vaccine/types';
import type { ChildSummary, DueItem, DueKind } from './types';

/** A DueItem as the builders produce it, with what merging and reminding need beyond the contract. */
export interface DueEntry extends DueItem {
  /**
   * The first day the item counts as overdue, when known: a dose's completeBy, the day after a
   * deadline. Without it a 'by' item is overdue from the day after its date, a 'from' item never.
   */
  overdueFrom?: string;
  /** Already done: dueNextItems leaves it out. */
  done?: boolean;
}

export type BundleDeadlineKey = Extract<DueKind, 'hukou' | 'insurance'>;

export interface BundleDeadline {
  key: BundleDeadlineKey;
  /** The last day (included): hukouDueDate / insuranceCoverDueDate of bundleRules. */
  dueDate: string;
  /** The date it was met, or null while open. */
  met: string | null;
}

export const DEADLINE_TITLES: Readonly<Record<BundleDeadlineKey, string>> = {
  hukou: '办理户口登记（出生登记）',
  insurance: '新生儿医保参保缴费',
};

export const VACCINE_HORIZON_DAYS = 60;

export const REMINDER_DAYS_BEFORE: readonly number[] = [7, 1];

const KIND_ORDER: readonly DueKind[] = [
  'bundle_fix',
  'hukou',
  'insurance',
  'vaccine',
  'subsidy',
  'nursery_visit',
  'pregnancy_check',
  'screening',
  'child_check',
];

/** The first day the item is overdue, or undefined when it never becomes overdue by date. */
export function overdueFromOf(item: DueEntry): string | undefined {
  if (item.overdueFrom !== undefined) return item.overdueFrom;
  return item.dateKind === 'by' ? addDays(item.date, 1) : undefined;
}

function isOverdue(item: DueEntry, today: string): boolean {
  const from = overdueFromOf(item);
  return item.overdue || (from !== undefined && compareDates(today, from) >= 0);
}

/** Overdue first (the longest overdue first), then by date, soonest first; ties by kind, then as given (the sort is stable). */
function compareItems(a: DueItem, b: DueItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return compareDates(a.date, b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/**
 * One list from several sources: done items left out, a key seen twice kept once (the first),
 * `overdue` brought up to `today`, sorted overdue first, then soonest.
 */
export function dueNextItems(sources: readonly (readonly DueEntry[])[], today: string): DueEntry[] {
  const seen = new Set<string>();
  const items: DueEntry[] = [];
  for (const source of sources) {
    for (const item of source) {
      if (item.done || seen.has(item.key)) continue;
      seen.add(item.key);
      items.push({ ...item, overdue: isOverdue(item, today) });
    }
  }
  return items.sort(compareItems);
}

/**
 * The open 户口登记 / 医保参保 deadlines of a child's 出生一件事 case (met === null). Without `today`,
 * `overdue` is left false for dueNextItems to set.
 */
export function bundleDeadlineItems(
  child: ChildSummary,
  deadlines: readonly BundleDeadline[],
  caseLink: string,
  today?: string,
): DueEntry[] {
  return deadlines
    .filter((d) => d.met === null)
    .map((d): DueEntry => {
      const overdueFrom = addDays(d.dueDate, 1);
      return {
        key: `${d.key}:${child.id}`,
        kind: d.key,
        childId: child.id,
        childName: child.name,
        title: DEADLINE_TITLES[d.key],
        date: d.dueDate,
        dateKind: 'by',
        overdue: today !== undefined && compareDates(today, overdueFrom) >= 0,
        overdueFrom,
        link: caseLink,
      };
    });
}

const FIX_REASON_SHOWN = 40;

/** A step sent back for 补正: the family fixes and resubmits it from the case page. Never overdue by date. */
export function bundleFixItem(
  child: { id?: string; name: string },
  step: { key: string; title: string; reason: string | null; rejectedOn: string },
  caseId: string,
  caseLink: string,
): DueEntry {
  const reason = step.reason ? Array.from(step.reason) : [];
  const shown = reason.length > FIX_REASON_SHOWN ? `${reason.slice(0, FIX_REASON_SHOWN).join('')}…` : reason.join('');
  const item: DueEntry = {
    key: `bundle_fix:${caseId}:${step.key}`,
    kind: 'bundle_fix',
    childName: child.name,
    title: shown ? `${step.title}待补正：${shown}` : `${step.title}待补正`,
    date: step.rejectedOn,
    dateKind: 'from',
    overdue: false,
    link: caseLink,
  };
  if (child.id !== undefined) item.childId = child.id;
  return item;
}

export function vaccineCalendarLink(childId: string): string {
  return pageUrl('/packages/vaccine/calendar/index', { childId });
}

function doseItem(child: ChildSummary, dose: DoseView, overdue: boolean): DueEntry {
  const item: DueEntry = {
    key: `vaccine:${child.id}:${dose.doseId}`,
    kind: 'vaccine',
    childId: child.id,
    childName: child.name,
    title: doseTitle(dose),
    date: dose.dueFrom,
    dateKind: 'from',
    overdue,
    link: vaccineCalendarLink(child.id),
  };
  if (dose.completeBy !== undefined) item.overdueFrom = dose.completeBy;
  return item;
}

/** Some dose is 'unrecorded': part of the child's history is not in the system (see calendarFor). */
export function hasUnknownHistory(calendar: VaccineCalendar): boolean {
  return calendar.doses.some((d) => d.status === 'unrecorded');
}

function historyCheckItem(child: ChildSummary, today: string): DueEntry {
  return {
    key: `vaccine:${child.id}:history`,
    kind: 'vaccine',
    childId: child.id,
    childName: child.name,
    title: '带预防接种证到接种单位核对接种记录',
    date: today,
    dateKind: 'from',
    overdue: false,
    link: vaccineCalendarLink(child.id),
  };
}

/**
 * Doses not given that are overdue, due now, or due from within `horizonDays` of today (included);
 * unrecorded doses are not listed one by one: the one history-check item stands for them.
 */
export function vaccineDueItems(calendar: VaccineCalendar, today: string, options: { horizonDays?: number } = {}): DueEntry[] {
  const horizon = addDays(today, options.horizonDays ?? VACCINE_HORIZON_DAYS);
  const items: DueEntry[] = hasUnknownHistory(calendar) ? [historyCheckItem(calendar.child, today)] : [];
  for (const dose of calendar.doses) {
    const status = doseStatus(dose, dose.given, today);
    if (status === 'given' || status === 'unrecorded') continue;
    if (status === 'upcoming' && compareDates(dose.dueFrom, horizon) > 0) continue;
    items.push(doseItem(calendar.child, dose, status === 'overdue'));
  }
  return items;
}

export type ReminderReason = { kind: 'before'; days: number } | { kind: 'overdue' };

export interface Reminder {
  item: DueEntry;
  reason: ReminderReason;
  /** The message line, e.g. '乙肝疫苗 第2剂：7天后（2024-07-15）可以接种'. */
  text: string;
}

/** The verb of a reminder, where '办理' does not fit. */
const DOING: Partial<Record<DueKind, string>> = { vaccine: '接种', child_check: '带孩子体检', screening: '带孩子复查' };

function reminderText(item: DueEntry, reason: ReminderReason): string {
  if (reason.kind === 'overdue') {
    return item.dateKind === 'by'
      ? `${item.title}：已超过办理期限（${item.date}），请尽快办理`
      : `${item.title}：已超过建议完成时间，请尽快${DOING[item.kind] ?? '办理'}`;
  }
  const when = reason.days === 1 ? '明天' : `${reason.days}天后`;
  return item.dateKind === 'by'
    ? `${item.title}：请在${item.date}前办理（还有${reason.days}天）`
    : `${item.title}：${when}（${item.date}）可以${DOING[item.kind] ?? '办理'}`;
}

/**
 * The items that deserve a message today: those whose date is exactly one of `daysBefore` days
 * away, and those that become overdue today (so each is announced once, on its first overdue day).
 * Done items are skipped; the order is that of dueNextItems.
 */
export function remindersDue(items: readonly DueEntry[], today: string, options: { daysBefore?: readonly number[] } = {}): Reminder[] {
  const daysBefore = options.daysBefore ?? REMINDER_DAYS_BEFORE;
  const reminders: Reminder[] = [];
  for (const item of dueNextItems([items], today)) {
    const away = diffDays(item.date, today);
    let reason: ReminderReason | undefined;
    if (overdueFromOf(item) === today) reason = { kind: 'overdue' };
    else if (!item.overdue && daysBefore.includes(away)) reason = { kind: 'before', days: away };
    if (reason) reminders.push({ item, reason, text: reminderText(item, reason) });
  }
  return reminders;
}
