// The reminder job: 7 days and 1 day before a due date, and on the first overdue day, each parent
// gets one inbox message per item — however often the job runs.
import type { InboxMessage } from '../../domain/api/contract';
import { addDays, addMonths, todayIn } from '../../domain/dates';
import { sampleBundles } from '../../scripts/seed';
import { silentLogger } from '../../cloud/core/logger';
import { buildServer } from '../../cloud/gateway/server';
import { createHarness, NOW, type Harness } from './harness';
import { CHILD_BIRTH_DATE, childIdNumber, clerks, results, submittedCase, work, type Clerks, joinedOtherParent } from './birthPeople';

// Each run goes over every seeded family (a realistic load), several runs a test.
jest.setTimeout(30_000);

let h: Harness;
let c: Clerks;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
});
afterEach(() => h.clock.set(NOW));
afterAll(async () => {
  await h.close();
});

const HUKOU_DUE = addMonths(CHILD_BIRTH_DATE, 1); // 2026-12-18; 乙肝疫苗第2剂 is due from the same day
/** 10:00 in Shanghai on `date`. */
const on = (date: string) => new Date(`${date}T02:00:00Z`);

/** The reminders of the deadlines and doses this file follows (the child health checks' are test/api/childHealth.test.ts's). */
async function reminders(token: string): Promise<InboxMessage[]> {
  const inbox = await h.ok(token, 'account', 'inbox');
  return inbox.filter(
    (m: { title: string; link?: string }) => m.title.startsWith('提醒：') && !m.link?.startsWith('/packages/child-health/'),
  );
}

test('7 days before, 1 day before and on the first overdue day — once each, to both parents', async () => {
  const fam = await submittedCase(h);
  const { token: other } = await joinedOtherParent(h, fam);
  const [child] = await h.ok(fam.token, 'account', 'children');
  const userId = (await h.ok(fam.token, 'account', 'me')).userId;

  // Nothing today (NOW is ten days after the birth).
  await h.runReminders();
  expect(await reminders(fam.token)).toEqual([]);

  // The night before the 7-day mark, and 00:30 on it, are quiet; the first daytime run sends.
  h.clock.set(new Date(`${addDays(HUKOU_DUE, -8)}T15:00:00Z`)); // 23:00 Shanghai
  expect(await h.runReminders()).toMatchObject({ quiet: true, sent: 0 });
  h.clock.set(new Date(`${addDays(HUKOU_DUE, -8)}T16:30:00Z`)); // 00:30 Shanghai, the 7-day date
  expect(await h.runReminders()).toMatchObject({ quiet: true, sent: 0 });
  expect(await reminders(fam.token)).toEqual([]);
  h.clock.set(on(addDays(HUKOU_DUE, -7)));
  const first = await h.runReminders();
  expect(first.quiet).toBe(false);
  expect(first.failed).toBe(0);
  for (const token of [fam.token, other]) {
    const got = await reminders(token);
    expect(got.map((m) => m.title).sort()).toEqual(
      [`提醒：测试宝宝的乙肝疫苗 第2剂将于${HUKOU_DUE}到期`, `提醒：测试宝宝的办理户口登记（出生登记）将于${HUKOU_DUE}到期`].sort(),
    );
    const hukou = got.find((m) => m.title.includes('户口'))!;
    expect(hukou.body).toContain('还有7天');
    expect(hukou.link).toBe(`/packages/birth/case/index?id=${fam.view.id}`);
    expect(got.find((m) => m.title.includes('乙肝'))!.link).toBe(`/packages/vaccine/calendar/index?childId=${child!.id}`);
  }
  // The same day again (the next hour's run): nothing new, for anyone.
  const again = await h.runReminders();
  expect(again.sent).toBe(0);
  expect(await reminders(fam.token)).toHaveLength(2);

  h.clock.set(on(addDays(HUKOU_DUE, -1)));
  expect((await h.runReminders()).sent).toBeGreaterThanOrEqual(4);
  expect((await h.runReminders()).sent).toBe(0);
  const dayBefore = await reminders(other);
  expect(dayBefore).toHaveLength(4);
  expect(dayBefore.filter((m) => m.body.includes('明天') || m.body.includes('还有1天'))).toHaveLength(2);

  // The hukou deadline passes with the step still open: one '已逾期' message.
  h.clock.set(on(addDays(HUKOU_DUE, 1)));
  await h.runReminders();
  await h.runReminders();
  const overdue = (await reminders(fam.token)).filter((m) => m.title.endsWith('已逾期'));
  expect(overdue).toEqual([expect.objectContaining({ title: '提醒：测试宝宝的办理户口登记（出生登记）已逾期' })]);
  expect(overdue[0]!.body).toContain('已超过办理期限');

  const sent = (
    await h.db
      .selectFrom('reminders_sent')
      .select(['item_key', 'due_date'])
      .where('user_id', '=', userId)
      .orderBy('sent_at')
      .orderBy('item_key')
      .execute()
  ).filter((r) => !r.item_key.startsWith('child_check:'));
  expect(sent).toEqual([
    { item_key: `hukou:${child!.id}@7d`, due_date: HUKOU_DUE },
    { item_key: `vaccine:${child!.id}:hepb-2@7d`, due_date: HUKOU_DUE },
    { item_key: `hukou:${child!.id}@1d`, due_date: HUKOU_DUE },
    { item_key: `vaccine:${child!.id}:hepb-2@1d`, due_date: HUKOU_DUE },
    { item_key: `hukou:${child!.id}@overdue`, due_date: HUKOU_DUE },
  ]);
});

test('done in time, no reminder: a completed hukou step and a recorded dose send nothing more', async () => {
  const fam = await submittedCase(h);
  const [child] = await h.ok(fam.token, 'account', 'children');
  h.clock.set(on(addDays(HUKOU_DUE, -7)));
  await h.runReminders();
  expect(await reminders(fam.token)).toHaveLength(2);

  const r = results();
  await work(h, c, fam.view.id, 'birth_certificate', r.birth_certificate);
  await work(h, c, fam.view.id, 'hukou', { ...r.hukou, registeredOn: todayIn(h.clock.now()) });
  await h.ok(c.vaccination, 'vaccine', 'recordDose', {
    childId: child!.id,
    doseId: 'hepb-2',
    date: todayIn(h.clock.now()),
    product: 'HepB',
    batch: 'HB2612-01',
    clinic: '盈江县人民医院预防接种门诊',
  });
  for (const date of [addDays(HUKOU_DUE, -1), addDays(HUKOU_DUE, 1)]) {
    h.clock.set(on(date));
    await h.runReminders();
  }
  expect(await reminders(fam.token)).toHaveLength(2);
});

test('one failing user does not stop the others, and is retried by the next run', async () => {
  const fam = await submittedCase(h);
  let inboxDown = true;
  const broken = await createHarness({
    notifier: (db, clock) => ({
      async send(userId, notice) {
        if (inboxDown && notice.title.includes('测试宝宝')) throw new Error('inbox down');
        await db
          .insertInto('inbox_messages')
          .values({
            id: `${userId}-${notice.title}`,
            user_id: userId,
            title: notice.title,
            body: notice.body,
            link: notice.link ?? null,
            created_at: clock.now().toISOString(),
            read_at: null,
          })
          .execute();
      },
    }),
  });
  try {
    const fam2 = await submittedCase(broken);
    const other = await submittedCase(broken, { child: { ...fam.input.child, name: '测试二宝' } });
    broken.clock.set(on(addDays(HUKOU_DUE, -7)));
    const run = await broken.runReminders();
    expect(run.failed).toBe(1);
    expect(broken.logs.some((l) => l.level === 'error' && l.message === 'reminders failed for a user')).toBe(true);
    const inboxOf = async (token: string) =>
      (await broken.ok(token, 'account', 'inbox')).filter((m: { title: string }) => m.title.startsWith('提醒：'));
    expect(await inboxOf(fam2.token)).toEqual([]);
    expect(await inboxOf(other.token)).toHaveLength(2);
    // Nothing was recorded for the failed user: the claim rolled back with the message.
    const me = (await broken.ok(fam2.token, 'account', 'me')).userId;
    expect(await broken.db.selectFrom('reminders_sent').select('item_key').where('user_id', '=', me).execute()).toEqual([]);

    // Later that day the inbox is back: the next run sends them, and only them.
    inboxDown = false;
    const retry = await broken.runReminders();
    expect(retry).toMatchObject({ failed: 0, sent: 2 });
    expect(await inboxOf(fam2.token)).toHaveLength(2);
    expect(await inboxOf(other.token)).toHaveLength(2);
  } finally {
    await broken.close();
  }
});

test('the database at rest holds no clear child ID number', async () => {
  const own = await createHarness();
  try {
    const owners = await clerks(own);
    const fam = await submittedCase(own);
    const idNumber = childIdNumber();
    const r = results(idNumber);
    await work(own, owners, fam.view.id, 'birth_certificate', r.birth_certificate);
    await work(own, owners, fam.view.id, 'hukou', r.hukou);
    own.clock.set(on(addDays(HUKOU_DUE, -7)));
    await own.runReminders();
    const [child] = await own.ok(fam.token, 'account', 'children');
    expect(child!.idNumberMasked).toBeDefined();

    const bytes = await own.atRest();
    // This child's number and those of the seeded children whose hukou step is done.
    const seeded = sampleBundles(NOW).flatMap((s) =>
      s
        .actions(addDays(todayIn(NOW), -s.bornDaysAgo))
        .flatMap((a) => (a.act === 'complete' && a.step === 'hukou' ? [(a.result as { childIdNumber: string }).childIdNumber] : [])),
    );
    expect(seeded).toHaveLength(2);
    const secrets = [idNumber, ...seeded];
    for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('测试宝宝', 'utf8'))).toBe(true);
  } finally {
    await own.close();
  }
});

test('the gateway runs the job when it is ready and finishes the run before it closes', async () => {
  const fam = await submittedCase(h);
  const clock = { now: () => on(addDays(HUKOU_DUE, -7)) };
  const app = buildServer({
    db: h.db,
    clock,
    crypto: h.crypto,
    log: silentLogger,
    devLogin: false,
    reminders: { intervalMs: 60_000 },
    retention: false,
  });
  await app.ready();
  await app.close();
  expect((await reminders(fam.token)).map((m) => m.title)).toContain(`提醒：测试宝宝的办理户口登记（出生登记）将于${HUKOU_DUE}到期`);
});
