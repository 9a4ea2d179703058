// The hourly jobs on a thread of their own (cloud/jobs/jobsWorker.ts), as the gateway runs them: over
// a second connection to the same database, with the gateway's keys, stopped when the gateway closes.
import type { InboxMessage } from '../../domain/api/contract';
import { addDays, addMonths } from '../../domain/dates';
import type { Logger } from '../../cloud/core/logger';
import { silentLogger } from '../../cloud/core/logger';
import { buildServer } from '../../cloud/gateway/server';
import { startJobsWorker } from '../../cloud/jobs/jobsWorker';
import { createHarness, type Harness } from './harness';
import { CHILD_BIRTH_DATE, submittedCase } from './birthPeople';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const HUKOU_DUE = addMonths(CHILD_BIRTH_DATE, 1);
const database = () => (h.database.engine === 'postgres' ? { url: h.database.location } : { file: h.database.location });

async function until<T>(probe: () => Promise<T | undefined>, ms = 25_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the gateway’s jobs thread sends the day’s reminders over its own connection, and closing waits for it', async () => {
  const fam = await submittedCase(h);
  const app = buildServer({
    db: h.db,
    crypto: h.crypto,
    log: silentLogger,
    devLogin: true,
    reminders: { intervalMs: 60_000 },
    retention: false,
    jobsThread: { database: database(), fieldKeys: h.fieldKeys, fixedNow: `${addDays(HUKOU_DUE, -7)}T02:00:00.000Z`, silent: true },
  });
  await app.ready();
  try {
    const sent = await until(async () => {
      const inbox: InboxMessage[] = await h.ok(fam.token, 'account', 'inbox');
      const found = inbox.filter((m) => m.title.startsWith('提醒：'));
      return found.length >= 2 ? found : undefined;
    });
    // Written by the thread with the gateway's keys: the child's name was read from its sealed field.
    expect(sent.map((m) => m.title)).toContain(`提醒：测试宝宝的办理户口登记（出生登记）将于${HUKOU_DUE}到期`);
    // The gateway's own connection writes beside the thread's (one lock between them, no request fails).
    expect((await h.call(fam.token, 'account', 'markRead', { id: sent[0]!.id })).ok).toBe(true);
  } finally {
    await app.close();
  }
});

test('a thread that dies is logged and started again; stop ends it', async () => {
  const errors: string[] = [];
  const log: Logger = { info: () => {}, warn: () => {}, error: (m) => errors.push(m) };
  // Keys that cannot open: the thread fails as it starts, every time.
  const broken = { ...h.fieldKeys, currentId: 'missing' };
  const jobs = startJobsWorker({ database: database(), fieldKeys: broken, reminders: true, retention: false }, log, 50);
  await until(async () => (errors.filter((m) => m.includes('starting it again')).length >= 2 ? true : undefined));
  await jobs.stop();
  expect(errors).toContain('jobs thread failed');
});
