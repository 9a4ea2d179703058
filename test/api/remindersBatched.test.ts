// The batched reminder job (only the families that can have a reminder today, a page at a time) sends
// exactly what the per-child loop it replaced sent (scripts/remindersBaseline.ts): the same claims and
// the same inbox messages, over the demo families, a 出生一件事 case and generated families, on days
// that hit each kind of reminder — including a day when every family is a candidate (a year's end
// seven days away).
import { addDays, addMonths, todayIn } from '../../domain/dates';
import { defaultNotifierFactory } from '../../cloud/core/context';
import { silentLogger } from '../../cloud/core/logger';
import { runReminders } from '../../cloud/jobs/reminders';
import { runRemindersPerChild } from '../../scripts/remindersBaseline';
import { generateFamilies } from '../../scripts/childrenGenerator';
import { createHarness, NOW, type Harness } from './harness';
import { CHILD_BIRTH_DATE, submittedCase } from './birthPeople';

jest.setTimeout(180_000);

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await submittedCase(h);
  await generateFamilies(h.db, h.crypto, { children: 400, today: todayIn(NOW), seed: 7 });
});
afterAll(async () => {
  await h.close();
});

/** 10:00 in Shanghai on `date`. */
const on = (date: string) => new Date(`${date}T02:00:00Z`);

async function sentAndCleared(): Promise<{ claims: string[]; messages: string[] }> {
  const claims = (await h.db.selectFrom('reminders_sent').select(['user_id', 'item_key', 'due_date']).execute())
    .map((r) => `${r.user_id} ${r.item_key} ${r.due_date}`)
    .sort();
  const messages = (
    await h.db.selectFrom('inbox_messages').select(['user_id', 'title', 'body', 'link']).where('title', 'like', '提醒：%').execute()
  )
    .map((m) => `${m.user_id} ${m.title} ${m.body} ${m.link ?? ''}`)
    .sort();
  await h.db.deleteFrom('reminders_sent').execute();
  await h.db.deleteFrom('inbox_messages').where('title', 'like', '提醒：%').execute();
  return { claims, messages };
}

const HUKOU_DUE = addMonths(CHILD_BIRTH_DATE, 1);
const DAYS = [
  todayIn(NOW),
  addDays(HUKOU_DUE, -7),
  addDays(HUKOU_DUE, -1),
  addDays(HUKOU_DUE, 1),
  '2026-12-24',
  '2026-12-30',
  '2027-01-15',
  '2027-03-01',
];

/** A year's end is 7 or 1 days away: every family with a claimable subsidy may hear about it. */
const EVERY_FAMILY_DAYS = ['2026-12-24', '2026-12-30'];

test.each(DAYS)('on %s the batched job sends what the per-child loop sent', async (day) => {
  h.clock.set(on(day));
  await sentAndCleared();
  const rt = { db: h.db, clock: h.clock, crypto: h.crypto, log: silentLogger, notifier: defaultNotifierFactory };
  const before = await runRemindersPerChild(rt);
  const expected = await sentAndCleared();
  const after = await runReminders(rt);
  const got = await sentAndCleared();
  expect(before.failed).toBe(0);
  expect(after.failed).toBe(0);
  expect(after.sent).toBe(before.sent);
  expect(got).toEqual(expected);
  // The days chosen each have something to send.
  expect(expected.claims.length).toBeGreaterThan(0);
  // Away from a year's end only the candidate families are checked.
  if (!EVERY_FAMILY_DAYS.includes(day)) expect(after.users).toBeLessThan(before.users / 3);
});
