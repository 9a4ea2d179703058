// Session lifecycle (domain/account/sessionPolicy.ts): sign-out ends the session on the server;
// idle timeout and absolute lifetime, shorter for staff; the admin lists and ends a staff member's
// sessions; the retention job purges sessions that can never be used again.
import { SESSION_POLICY } from '../../domain/account/sessionPolicy';
import { runRetention } from '../../cloud/jobs/retention';
import { silentLogger } from '../../cloud/core/logger';
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import { createHarness, NOW, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ sessions: 'real' });
});
afterAll(() => h.close());
beforeEach(() => h.clock.set(NOW));

const MIN = 60_000;
const at = (ms: number) => h.clock.set(new Date(NOW.getTime() + ms));
const me = (token: string) => h.call(token, 'account', 'me');

test('sign-out ends the session on the server: any call after it is UNAUTHENTICATED', async () => {
  const { token } = await h.login('parent');
  expect(await h.ok(token, 'account', 'signOut')).toEqual({ ok: true });
  for (const [fn, action] of [
    ['account', 'me'],
    ['account', 'inbox'],
    ['registration', 'mine'],
    ['subsidy', 'overview'],
  ] as const) {
    expect(await h.callRaw(token, fn, action)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  }
  // Another session of the same person is untouched.
  const other = await h.login('parent');
  expect((await me(other.token)).ok).toBe(true);
  expect(await h.call(undefined, 'account', 'signOut')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test(`staff: ${SESSION_POLICY.staff.idleMinutes} minutes idle ends the session`, async () => {
  const { token } = await h.login('police');
  at(SESSION_POLICY.staff.idleMinutes * MIN - MIN);
  expect((await me(token)).ok).toBe(true);
  // Used just now: the idle clock restarts from here.
  at(2 * SESSION_POLICY.staff.idleMinutes * MIN - 2 * MIN);
  expect((await me(token)).ok).toBe(true);
  at(3 * SESSION_POLICY.staff.idleMinutes * MIN);
  expect(await me(token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test(`staff: no session lives past ${SESSION_POLICY.staff.absoluteHours} hours, however busy`, async () => {
  const { token } = await h.login('health_bureau');
  for (let m = 20; m < SESSION_POLICY.staff.absoluteHours * 60; m += 20) {
    at(m * MIN);
    if (!(await me(token)).ok) throw new Error(`ended early at ${m} min`);
  }
  at(SESSION_POLICY.staff.absoluteHours * 60 * MIN + MIN);
  expect(await me(token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('parents: 7 days idle, 30 days at most', async () => {
  const { token } = await h.login('parent');
  at(6 * 24 * 60 * MIN);
  expect((await me(token)).ok).toBe(true);
  at((6 + 8) * 24 * 60 * MIN);
  expect(await me(token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

  h.clock.set(NOW);
  const busy = await h.login('parent');
  for (let d = 5; d < 30; d += 5) {
    at(d * 24 * 60 * MIN);
    expect((await me(busy.token)).ok).toBe(true);
  }
  at(30 * 24 * 60 * MIN + MIN);
  expect(await me(busy.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('the admin lists a staff member’s sessions and ends one or all; audit-logged', async () => {
  const admin = await h.login('admin');
  const clerk1 = await h.login('hospital');
  const clerk2 = await h.login('hospital');
  const userId = clerk1.me.userId;
  const list = await h.ok(admin.token, 'account', 'staffSessions', { userId });
  expect(list.length).toBeGreaterThanOrEqual(2);
  expect(list[0]).toEqual({
    id: expect.any(String),
    createdAt: NOW.toISOString(),
    lastSeenAt: expect.any(String),
    endsAt: new Date(NOW.getTime() + SESSION_POLICY.staff.idleMinutes * MIN).toISOString(),
  });
  expect(JSON.stringify(list)).not.toContain(clerk1.token);

  // The two newest are the clerk's two sign-ins above; end one of them by id.
  const ids = list.map((s: { id: string }) => s.id);
  expect(await h.ok(admin.token, 'account', 'endStaffSessions', { userId, sessionId: ids[0] })).toEqual({ ended: 1 });
  const results = await Promise.all([clerk1, clerk2].map((c) => me(c.token)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);

  expect((await h.ok(admin.token, 'account', 'endStaffSessions', { userId })).ended).toBeGreaterThanOrEqual(1);
  expect(await me(clerk1.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await me(clerk2.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await h.ok(admin.token, 'account', 'staffSessions', { userId })).toEqual([]);
  const audit = await h.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'session.end')
    .where('target_id', '=', userId)
    .execute();
  expect(audit).toHaveLength(2);
});

test('only the admin; only staff members', async () => {
  const clerk = await h.login('police');
  const parent = await h.login('parent');
  expect(await h.call(clerk.token, 'account', 'staffSessions', { userId: clerk.me.userId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await h.call(parent.token, 'account', 'endStaffSessions', { userId: clerk.me.userId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const admin = await h.login('admin');
  expect(await h.call(admin.token, 'account', 'staffSessions', { userId: parent.me.userId })).toEqual({
    ok: false,
    error: { code: 'NOT_FOUND', message: '未找到该工作人员' },
  });
});

test('retention purges sessions that can never be used again', async () => {
  const signedOut = await h.login('parent');
  await h.ok(signedOut.token, 'account', 'signOut');
  const idle = await h.login('parent');
  const fresh = await h.login('parent');
  at(8 * 24 * 60 * MIN);
  await me(fresh.token).catch(() => undefined);
  const countBefore = Number(
    (
      await h.db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const run = await runRetention({ db: h.db, clock: h.clock, log: silentLogger, files: createLocalDiskFileStore(h.filesDir) });
  expect(run.sessionsDeleted).toBeGreaterThanOrEqual(2);
  const hashes = await h.db.selectFrom('sessions').select('id').execute();
  expect(hashes.length).toBe(countBefore - run.sessionsDeleted);
  expect(await me(idle.token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});
