// The child health items of 接下来要办: the next checks (due, overdue, or opening soon) and the newborn
// screening rechecks / referrals with where to go. Pure; merged with the other services' items by
// domain/children/dueNext.
import { addDays, compareDates } from '../dates';
import type { DueEntry } from '../children/dueNext';
import type { ChildSummary } from '../children/types';
import { pageUrl } from '../routes';
import { ageDate } from '../vaccine/schedule';
import type { ChildCheckCalendar } from './childCheckCalendar';
import { SCREENING_FOLLOW_UPS, type ScreeningKind, type ScreeningResult } from './newbornScreening';

/** A check is listed from this many days before its window opens. */
export const CHECK_HORIZON_DAYS = 30;

export function childHealthLink(childId: string): string {
  return pageUrl('/packages/child-health/child/index', { childId });
}

export function childCheckDueItems(calendar: ChildCheckCalendar, today: string, horizonDays = CHECK_HORIZON_DAYS): DueEntry[] {
  const horizon = addDays(today, horizonDays);
  const child = calendar.child;
  return calendar.checks
    .filter((c) => c.status === 'due' || c.status === 'overdue' || (c.status === 'upcoming' && compareDates(c.dueFrom, horizon) <= 0))
    .map((c) => ({
      key: `child_check:${child.id}:${c.checkId}`,
      kind: 'child_check',
      childId: child.id,
      childName: child.name,
      title: `${c.title}（${c.windowText}）`,
      date: c.dueFrom,
      dateKind: 'from',
      overdue: c.status === 'overdue',
      overdueFrom: c.overdueFrom,
      link: childHealthLink(child.id),
    }));
}

export interface LatestScreening {
  kind: ScreeningKind;
  result: ScreeningResult;
  date: string;
  recheckWhere?: string;
}

/** When a follow-up must be done by (included), or undefined when it is "as soon as possible". */
export function followUpBy(kind: ScreeningKind, result: Exclude<ScreeningResult, 'pass'>, birthDate: string): string | undefined {
  const before = SCREENING_FOLLOW_UPS[kind][result].before;
  return before ? ageDate(birthDate, before) : undefined;
}

export function screeningDueItems(child: ChildSummary, latest: readonly LatestScreening[], today: string): DueEntry[] {
  return latest.flatMap((s): DueEntry[] => {
    if (s.result === 'pass') return [];
    const followUp = SCREENING_FOLLOW_UPS[s.kind][s.result];
    const by = followUpBy(s.kind, s.result, child.birthDate);
    const base = {
      key: `screening:${child.id}:${s.kind}`,
      kind: 'screening' as const,
      childId: child.id,
      childName: child.name,
      title: s.recheckWhere ? `${followUp.title}：${s.recheckWhere}` : followUp.title,
      link: childHealthLink(child.id),
    };
    return by
      ? [{ ...base, date: by, dateKind: 'by', overdue: compareDates(today, by) > 0, overdueFrom: addDays(by, 1) }]
      : [{ ...base, date: s.date, dateKind: 'from', overdue: false }];
  });
}
