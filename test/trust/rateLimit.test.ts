// Finding: no rate limit anywhere — one client got 138 000 nursery.search answers in 20 s, and 500
// account.verifyIdentity calls in 1.6 s all answered. Now every action is limited by caller and by
// address (per gateway), the sensitive ones in the database across gateways; a limited caller gets
// HTTP 429 and a Chinese sentence, never an internal code alone.
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import { silentLogger } from '../../cloud/core/logger';
import { buildServer } from '../../cloud/gateway/server';
import { PRODUCTION_LIMITS } from '../../cloud/security/rateLimits';
import { createHarness, type Harness } from '../api/harness';
import { mother } from '../api/people';
import { join } from 'node:path';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ limits: PRODUCTION_LIMITS });
});
afterAll(() => h.close());

const SEARCH = { township: 'pingyuan', ageMonths: 20, puhuiOnly: false, withVacancy: true, careType: 'full_day', limit: 20, offset: 0 };

async function post(app: Harness['app'], fn: string, action: string, input: unknown, token?: string, ip = '10.0.0.1') {
  const res = await app.inject({
    method: 'POST',
    url: `/api/${fn}`,
    remoteAddress: ip,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { action, input },
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

test('the limits are data in one table, production unless relaxed by name', () => {
  expect(PRODUCTION_LIMITS.actions['nursery.search']).toBeDefined();
  expect(PRODUCTION_LIMITS.actions['account.verifyIdentity']).toMatchObject({ shared: true });
  expect(PRODUCTION_LIMITS.actions['account.devLogin']).toMatchObject({ shared: true });
  expect(PRODUCTION_LIMITS.actions['account.signIn']).toMatchObject({ shared: true });
});

test('nursery.search: one address past its per-minute limit gets 429 and a Chinese message', async () => {
  const max = PRODUCTION_LIMITS.actions['nursery.search']!.perAddress!.max;
  for (let i = 0; i < max; i += 1) {
    const r = await post(h.app, 'nursery', 'search', SEARCH, undefined, '10.1.1.1');
    if (r.status !== 200) throw new Error(`call ${i + 1} refused early: ${JSON.stringify(r.body)}`);
  }
  const over = await post(h.app, 'nursery', 'search', SEARCH, undefined, '10.1.1.1');
  expect(over.status).toBe(429);
  expect(over.body).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^操作过于频繁，请.+后再试$/) } });
  expect(over.headers['retry-after']).toBeDefined();
  // Another address is not held back by it.
  expect((await post(h.app, 'nursery', 'search', SEARCH, undefined, '10.1.1.2')).status).toBe(200);
});

test('nursery.search: one signed-in caller is limited across addresses', async () => {
  const { token } = await h.login();
  const max = PRODUCTION_LIMITS.actions['nursery.search']!.perCaller!.max;
  for (let i = 0; i < max; i += 1) expect((await post(h.app, 'nursery', 'search', SEARCH, token, `10.2.0.${i % 200}`)).status).toBe(200);
  const over = await post(h.app, 'nursery', 'search', SEARCH, token, '10.2.1.1');
  expect(over.status).toBe(429);
  expect(over.body.error.code).toBe('RATE_LIMITED');
});

test('account.verifyIdentity: real-name attempts are counted in the database, across gateways', async () => {
  const { token } = await h.login();
  const second = buildServer({
    db: h.db,
    devLogin: true,
    reminders: false,
    crypto: h.crypto,
    clock: h.clock,
    log: silentLogger,
    files: createLocalDiskFileStore(join(h.filesDir, 'second')),
  });
  const max = PRODUCTION_LIMITS.actions['account.verifyIdentity']!.perCaller!.max;
  const wrong = { name: '不对的人', idNumber: mother().idNumber };
  for (let i = 0; i < max; i += 1) {
    // Alternate gateways: an attacker spreading calls over instances gains nothing.
    const r = await post(i % 2 === 0 ? h.app : second, 'account', 'verifyIdentity', wrong, token, `10.3.0.${i}`);
    expect(r.status).toBe(200);
    expect(r.body.error?.code).not.toBe('RATE_LIMITED');
  }
  const over = await post(second, 'account', 'verifyIdentity', { name: '测试母亲', idNumber: mother().idNumber }, token, '10.3.1.1');
  expect(over.status).toBe(429);
  expect(over.body).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '操作过于频繁，请1小时后再试' } });
  const counted = await h.db
    .selectFrom('rate_counters')
    .select(['bucket', 'n'])
    .where('bucket', 'like', 'account.verifyIdentity|caller:%')
    .execute();
  expect(counted.map((c) => Number(c.n))).toContain(max + 1);
  await second.close();
});

test('sign-in (devLogin) is limited per address in the database', async () => {
  const max = PRODUCTION_LIMITS.actions['account.devLogin']!.perAddress!.max;
  for (let i = 0; i < max; i += 1) expect((await post(h.app, 'account', 'devLogin', {}, undefined, '10.4.0.1')).status).toBe(200);
  const over = await post(h.app, 'account', 'devLogin', {}, undefined, '10.4.0.1');
  expect(over.status).toBe(429);
  expect(over.body.error).toEqual({ code: 'RATE_LIMITED', message: '操作过于频繁，请1分钟后再试' });
  expect((await post(h.app, 'account', 'devLogin', {}, undefined, '10.4.0.2')).status).toBe(200);
});

test('counters whose window is over are removed by the retention job', async () => {
  const { runRetention } = await import('../../cloud/jobs/retention');
  const before = await h.db
    .selectFrom('rate_counters')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(before.n)).toBeGreaterThan(0);
  h.clock.set(new Date(h.clock.now().getTime() + 2 * 24 * 60 * 60 * 1000));
  const run = await runRetention({ db: h.db, clock: h.clock, files: { delete: async () => undefined } as never, log: silentLogger });
  expect(run.countersDeleted).toBe(Number(before.n));
});

test('nothing said means production limits; relaxing them is refused in production', async () => {
  const { limitsFromEnv } = await import('../../cloud/security/rateLimits');
  expect(limitsFromEnv({})).toBe(PRODUCTION_LIMITS);
  expect(limitsFromEnv({ NODE_ENV: 'production' })).toBe(PRODUCTION_LIMITS);
  expect(limitsFromEnv({ RATE_LIMITS: 'relaxed', NODE_ENV: 'development' }).actions['nursery.search']!.perAddress!.max).toBe(
    PRODUCTION_LIMITS.actions['nursery.search']!.perAddress!.max * 100,
  );
  expect(() => limitsFromEnv({ RATE_LIMITS: 'relaxed', NODE_ENV: 'production' })).toThrow(/生产环境不能放宽/);
  // Fail closed: a missing or misspelt NODE_ENV is production too.
  expect(() => limitsFromEnv({ RATE_LIMITS: 'relaxed' })).toThrow(/生产环境不能放宽/);
  expect(() => limitsFromEnv({ RATE_LIMITS: 'relaxed', NODE_ENV: 'prod' })).toThrow(/生产环境不能放宽/);
  expect(() => limitsFromEnv({ RATE_LIMITS: 'off' })).toThrow(/RATE_LIMITS/);
  // A runtime built without saying anything gets the production table.
  const { createRuntime } = await import('../../cloud/core/runtime');
  expect(
    createRuntime({ db: h.db, devLogin: false, crypto: h.crypto, files: { delete: async () => undefined } as never, log: silentLogger })
      .limits,
  ).toBe(PRODUCTION_LIMITS);
});
