// The 妇幼保健 worker's queue: checks due this week (today to six days on), checks overdue, children
// whose last measurements raised a growth flag (last 180 days), newborn screening rechecks and
// referrals outstanding. County-wide; the read is audited (no child named: it lists many).
import { childCheckCalendar } from '../../../domain/childHealth/childCheckCalendar';
import { followUpBy } from '../../../domain/childHealth/dueItems';
import { SCREENING_FOLLOW_UPS } from '../../../domain/childHealth/newbornScreening';
import type { ChildHealthQueue, ChildHealthQueueItem } from '../../../domain/childHealth/types';
import { addDays, compareDates, todayIn } from '../../../domain/dates';
import { GROWTH_FLAG_RULES, type GrowthFlagKind } from '../../../domain/growth/growthFlagRules';
import { ageDate } from '../../../domain/vaccine/schedule';
import { SERVICE_END_AGE } from '../../../domain/childHealth/childChecks';
import { action } from '../../core/action';
import { appendAudit } from '../../db/repos/audit';
import { checkDatesOfChildren, childrenBornFrom, flaggedChecks, openScreenings } from '../../db/repos/childHealth';
import { findChild } from '../../db/repos/children';
import { childSummary } from '../children/record';
import { emptyInput } from '../common/schemas';
import { requireMaternalChild } from './guard';
import { calendarRecords, checkTitle } from './record';

/** Each list is cut here (oldest / most urgent first); the worker narrows with the search. */
export const QUEUE_LIMIT = 100;
export const FLAG_LOOKBACK_DAYS = 180;

export const queue = action(
  emptyInput,
  async (_input, ctx): Promise<ChildHealthQueue> => {
    const worker = requireMaternalChild(ctx);
    const today = todayIn(ctx.clock.now());
    const weekEnd = addDays(today, 6);
    // Born after this day: under the service's end age (7) today.
    const children = await childrenBornFrom(ctx.db, addDays(ageDate(today, { years: -SERVICE_END_AGE.years! }), 1));
    const checks = await checkDatesOfChildren(
      ctx.db,
      children.map((c) => c.id),
    );
    const due: ChildHealthQueueItem[] = [];
    const overdue: ChildHealthQueueItem[] = [];
    for (const child of children) {
      const summary = childSummary(child, ctx.crypto);
      const calendar = childCheckCalendar(summary, calendarRecords(checks.filter((r) => r.child_id === child.id)), today);
      for (const c of calendar.checks) {
        const item = { child: summary, title: c.title, date: c.dueFrom, dueBy: c.dueBy };
        if (c.status === 'overdue') overdue.push({ ...item, reason: 'overdue' });
        else if (c.status === 'due' || (c.status === 'upcoming' && compareDates(c.dueFrom, weekEnd) <= 0))
          due.push({ ...item, reason: 'due' });
      }
    }
    due.sort((a, b) => compareDates(a.dueBy!, b.dueBy!));
    overdue.sort((a, b) => compareDates(a.dueBy!, b.dueBy!));

    const flagged: ChildHealthQueueItem[] = [];
    const seen = new Set<string>();
    for (const row of await flaggedChecks(ctx.db, addDays(today, -FLAG_LOOKBACK_DAYS))) {
      if (seen.has(row.child_id) || flagged.length >= QUEUE_LIMIT) continue;
      seen.add(row.child_id);
      const child = children.find((c) => c.id === row.child_id) ?? (await findChild(ctx.db, row.child_id));
      if (!child) continue;
      const labels = row.growth_flags.split(',').map((k) => GROWTH_FLAG_RULES[k as GrowthFlagKind]?.label ?? k);
      flagged.push({
        child: childSummary(child, ctx.crypto),
        reason: 'flag',
        title: `${checkTitle(row.check_id)}：${labels.join('；')}`,
        date: row.check_date,
      });
    }

    const screenings: ChildHealthQueueItem[] = [];
    for (const s of await openScreenings(ctx.db)) {
      const child = children.find((c) => c.id === s.child_id) ?? (await findChild(ctx.db, s.child_id));
      if (!child || s.result === 'pass') continue;
      const by = followUpBy(s.kind, s.result, child.birth_date);
      screenings.push({
        child: childSummary(child, ctx.crypto),
        reason: 'screening',
        title: `${SCREENING_FOLLOW_UPS[s.kind][s.result].title}${s.recheck_where ? `：${s.recheck_where}` : ''}`,
        date: s.screened_on,
        ...(by ? { dueBy: by } : {}),
      });
    }
    screenings.sort((a, b) => compareDates(a.date, b.date));

    await appendAudit(
      ctx.db,
      {
        actorUserId: worker.userId,
        actorRole: 'maternal_child',
        action: 'childHealth.queue',
        targetType: 'child',
        targetId: '*',
        detail: {},
      },
      ctx.clock.now(),
    );
    return {
      today,
      weekEnd,
      due: due.slice(0, QUEUE_LIMIT),
      overdue: overdue.slice(0, QUEUE_LIMIT),
      flagged,
      screenings: screenings.slice(0, QUEUE_LIMIT),
    };
  },
  requireMaternalChild,
);
