// The reminder job as it was before issue 18: every parent of every family, the family's whole due
// list worked out for each, one after the other. Kept as the baseline of scripts/remindersBenchmark.ts
// and as the reference test/api/remindersBatched.test.ts compares the batched job with.
import { remindersDue, REMINDER_DAYS_BEFORE, type DueEntry } from '../domain/children/dueNext';
import { todayIn } from '../domain/dates';
import type { Notifier } from '../cloud/adapters/notify/notifier';
import { errorFields } from '../cloud/core/logger';
import { claimReminder, familyMembers } from '../cloud/db/repos/children';
import { inTransaction } from '../cloud/db/transaction';
import { dueEntriesOfFamily } from '../cloud/handlers/children/dueNext';
import { reminderKey, reminderNotice, SEND_HOURS, type ReminderRun, type ReminderRuntime } from '../cloud/jobs/reminders';

export async function runRemindersPerChild(rt: ReminderRuntime, options: { daysBefore?: readonly number[] } = {}): Promise<ReminderRun> {
  const now = rt.clock.now();
  const today = todayIn(now);
  const daysBefore = options.daysBefore ?? REMINDER_DAYS_BEFORE;
  const hour = (now.getUTCHours() + 8) % 24;
  const run: ReminderRun = { today, quiet: hour < SEND_HOURS.from || hour >= SEND_HOURS.to, users: 0, sent: 0, failed: 0 };
  if (run.quiet) return run;
  const byFamily = new Map<string, DueEntry[]>();
  for (const user of await familyMembers(rt.db)) {
    run.users += 1;
    try {
      let entries = byFamily.get(user.family_id);
      if (!entries) {
        entries = await dueEntriesOfFamily({ db: rt.db, crypto: rt.crypto, clock: rt.clock }, user.family_id, today);
        byFamily.set(user.family_id, entries);
      }
      const due = remindersDue(entries, today, { daysBefore });
      if (due.length === 0) continue;
      let notifier: Notifier | undefined;
      run.sent += await inTransaction(
        rt.db,
        async (trx) => {
          notifier = rt.notifier(trx, rt.clock);
          let n = 0;
          for (const r of due) {
            if (!(await claimReminder(trx, { userId: user.id, itemKey: reminderKey(r), dueDate: r.item.date, at: now }))) continue;
            await notifier.send(user.id, reminderNotice(r));
            n += 1;
          }
          return n;
        },
        'reminders',
      );
      await notifier?.afterCommit?.();
    } catch (e) {
      run.failed += 1;
      rt.log.error('reminders failed for a user', { userId: user.id, ...errorFields(e) });
    }
  }
  return run;
}
