// Reminders: for every parent in a family, the family's due items (the same list account.dueNext
// shows) that deserve a message today — 7 days and 1 day before, and on the first overdue day
// (domain remindersDue) — each sent once into the inbox (and, in CloudBase, as a subscribe message),
// in the daytime (SEND_HOURS).
//
// Runs hourly (the gateway's timer; the CloudBase `reminders` timer trigger). Idempotent: a reminder
// is recorded in reminders_sent in the same transaction as its message, keyed by (user, the item's
// key plus which reminder it is, the item's date), so a second run — or a second instance running at
// the same time — sends nothing again, and a date that moves (a dose given late pushes the next one)
// gets its own reminders. One transaction per user: one failure costs that user's messages only.
// Only the families that can have a reminder today are checked (reminderCandidates.ts), a page at a
// time, the event loop given back every few milliseconds.
import { remindersDue, REMINDER_DAYS_BEFORE, type DueEntry, type Reminder } from '../../domain/children/dueNext';
import { todayIn } from '../../domain/dates';
import type { Notice, Notifier } from '../adapters/notify/notifier';
import type { Runtime } from '../core/context';
import { errorFields } from '../core/logger';
import { claimReminder, familyMembersPage, membersOfFamilies } from '../db/repos/children';
import { dueEntriesOfFamily } from '../handlers/children/dueNext';
import { HOURLY_MS, leased, scheduleJob, type JobSchedule } from './schedule';
import { inTransaction } from '../db/transaction';
import { PAUSE_EVERY_MS, reminderCandidates, reminderDays, type Candidates } from './reminderCandidates';

export type ReminderRuntime = Pick<Runtime, 'db' | 'clock' | 'crypto' | 'notifier' | 'log'>;

export interface ReminderRun {
  today: string;
  /** True when the run fell in the night and sent nothing (see SEND_HOURS). */
  quiet: boolean;
  /** Parents whose family's due list was checked (only families that can have a reminder today). */
  users: number;
  sent: number;
  failed: number;
}

/**
 * Reminders go out between 08:00 and 21:00 Shanghai time only: a WeChat message at midnight helps
 * nobody. The day's first run inside the window sends them (remindersDue matches whole days).
 */
export const SEND_HOURS = { from: 8, to: 21 } as const;

function shanghaiHour(now: Date): number {
  return (now.getUTCHours() + 8) % 24;
}

/** The reminder's key: the item's, plus which of its reminders this is ('@7d', '@1d', '@overdue'). */
export function reminderKey(r: Reminder): string {
  return `${r.item.key}@${r.reason.kind === 'overdue' ? 'overdue' : `${r.reason.days}d`}`;
}

export function reminderNotice(r: Reminder): Notice {
  const { item } = r;
  const title =
    r.reason.kind === 'overdue'
      ? `提醒：${item.childName}的${item.title}已逾期`
      : `提醒：${item.childName}的${item.title}将于${item.date}到期`;
  return { title, body: `${item.childName}：${r.text}`, link: item.link };
}

/** Parents read per query, and families per query when only candidates are checked. */
export const REMINDER_PAGE = 500;

/** Gives the event loop back (requests waiting on it run) before the job goes on. */
export const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runReminders(
  rt: ReminderRuntime,
  options: { daysBefore?: readonly number[]; hours?: { from: number; to: number }; pause?: () => Promise<void> } = {},
): Promise<ReminderRun> {
  const now = rt.clock.now();
  const today = todayIn(now);
  const daysBefore = options.daysBefore ?? REMINDER_DAYS_BEFORE;
  const hours = options.hours ?? SEND_HOURS;
  const hour = shanghaiHour(now);
  const run: ReminderRun = { today, quiet: hour < hours.from || hour >= hours.to, users: 0, sent: 0, failed: 0 };
  if (run.quiet) return run;

  // Work in slices of PAUSE_EVERY_MS, giving the event loop (and the one SQLite connection) back
  // between them: the job never holds up a request for long, whatever the number of families.
  const basePause = options.pause ?? yieldToRequests;
  let sliceStart = Date.now();
  const pause = async () => {
    await basePause();
    sliceStart = Date.now();
  };
  const maybePause = async () => {
    if (Date.now() - sliceStart >= PAUSE_EVERY_MS) await pause();
  };

  const candidates = await reminderCandidates(rt.db, reminderDays(today, daysBefore), pause);
  for await (const members of memberPages(rt.db, candidates)) {
    let family: { id: string; entries: DueEntry[] } | undefined;
    for (const user of members) {
      run.users += 1;
      try {
        if (family?.id !== user.family_id) {
          family = undefined;
          family = {
            id: user.family_id,
            entries: await dueEntriesOfFamily({ db: rt.db, crypto: rt.crypto, clock: rt.clock }, user.family_id, today),
          };
        }
        const due = remindersDue(family.entries, today, { daysBefore });
        if (due.length > 0) run.sent += await sendToUser(rt, user.id, due, now);
      } catch (e) {
        run.failed += 1;
        rt.log.error('reminders failed for a user', { userId: user.id, ...errorFields(e) });
      }
      await maybePause();
    }
    await pause();
  }
  if (run.sent > 0 || run.failed > 0) rt.log.info('reminders sent', { ...run });
  return run;
}

/** The parents to check, a page at a time, ordered by family: every family's, or the candidates'. */
async function* memberPages(db: ReminderRuntime['db'], candidates: Candidates): AsyncGenerator<{ id: string; family_id: string }[]> {
  if (candidates === 'all') {
    let after: { id: string; family_id: string } | undefined;
    for (;;) {
      const page = await familyMembersPage(db, after, REMINDER_PAGE);
      if (page.length === 0) return;
      // A family cut by the page's end goes on in the next page: its due list is worked out again.
      yield page;
      after = page[page.length - 1];
    }
  }
  const families = [...candidates].sort();
  for (let i = 0; i < families.length; i += REMINDER_PAGE) yield membersOfFamilies(db, families.slice(i, i + REMINDER_PAGE));
}

/** One transaction per user: the claims and the messages commit together; one failure costs that user's only. */
async function sendToUser(rt: ReminderRuntime, userId: string, due: readonly Reminder[], now: Date): Promise<number> {
  let notifier: Notifier | undefined;
  const sent = await inTransaction(
    rt.db,
    async (trx) => {
      notifier = rt.notifier(trx, rt.clock);
      let n = 0;
      for (const r of due) {
        if (!(await claimReminder(trx, { userId, itemKey: reminderKey(r), dueDate: r.item.date, at: now }))) continue;
        await notifier.send(userId, reminderNotice(r));
        n += 1;
      }
      return n;
    },
    'reminders',
  );
  try {
    await notifier?.afterCommit?.();
  } catch (e) {
    rt.log.warn('reminder after-commit notification failed', { userId, ...errorFields(e) });
  }
  return sent;
}

/** Runs now and then every `intervalMs`; a run still going when the next is due is not doubled. */
export function scheduleReminders(rt: ReminderRuntime, intervalMs = HOURLY_MS): JobSchedule {
  return scheduleJob(
    'reminder',
    leased('reminder', () => runReminders(rt), rt, intervalMs),
    rt.log,
    intervalMs,
  );
}
