// staff.auditLog: the health bureau's query over the audit log.
import { appendAudit } from '../../cloud/db/repos/audit';
import { DEMO_NURSERY_FILING_NUMBER } from '../../scripts/seed/nurseries';
import { createHarness, NOW, type Harness } from './harness';
import { submitted } from './people';

let h: Harness;
let bureau: string;
beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
});
afterAll(async () => {
  await h.close();
});

const count = async () =>
  Number(
    (
      await h.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('newest first, filtered by role, action and target; the query itself is logged', async () => {
  const { view } = await submitted(h);
  h.clock.set(new Date(NOW.getTime() + 60_000));
  await h.ok(bureau, 'registration', 'getRegistration', { id: view.id });
  h.clock.set(new Date(NOW.getTime() + 120_000));
  const clinic = (await h.login('clinic')).token;
  await h.ok(clinic, 'vaccine', 'findChildren', { name: '演示小满', birthDate: '2025-03-01' });
  h.clock.set(new Date(NOW.getTime() + 180_000));

  const all = await h.ok(bureau, 'audit', 'auditLog', {});
  expect(all.total).toBeGreaterThanOrEqual(2);
  const times = all.items.map((i) => i.at);
  expect([...times].sort().reverse()).toEqual(times);

  const reads = await h.ok(bureau, 'audit', 'auditLog', { action: 'registration.read', targetType: 'registration', targetId: view.id });
  expect(reads.total).toBe(1);
  expect(reads.items[0]).toMatchObject({
    actorRole: 'health_bureau',
    action: 'registration.read',
    targetId: view.id,
    actorName: expect.any(String),
  });
  // The record is named by its number, not only its id.
  expect(reads.items[0]!.targetName).toBe(view.number);

  h.clock.set(new Date(NOW.getTime() + 240_000));
  const searches = await h.ok(bureau, 'audit', 'auditLog', { actorRole: 'clinic', action: 'child.search' });
  expect(searches.total).toBe(1);
  expect(searches.items[0]!.targetName).not.toContain('演示小满');
  // The criteria held a child's name and birth date: the bureau's view leaves them out.
  expect(JSON.stringify(searches.items[0]!.detail)).not.toContain('演示小满');
  expect(JSON.stringify(searches.items[0]!.detail)).not.toContain('2025-03-01');

  h.clock.set(new Date(NOW.getTime() + 300_000));
  const mine = await h.ok(bureau, 'audit', 'auditLog', { action: 'audit.read' });
  expect(mine.total).toBe(3); // the three queries before this one
  expect(mine.items[0]).toMatchObject({
    actorRole: 'health_bureau',
    targetType: 'audit_log',
    detail: { criteria: { actorRole: 'clinic', action: 'child.search' }, total: 1 },
  });
  h.clock.set(NOW);
});

test('by actor and by Shanghai day; paged', async () => {
  const me = await h.ok(bureau, 'account', 'me');
  const byMe = await h.ok(bureau, 'audit', 'auditLog', { actorUserId: me.userId, to: '2026-11-27' });
  // 2026-11-28 00:00 in Shanghai.
  const dayStart = '2026-11-27T16:00:00.000Z';
  expect(byMe.items.every((i) => i.at < dayStart && i.actorUserId === me.userId)).toBe(true);
  const today = await h.ok(bureau, 'audit', 'auditLog', { actorUserId: me.userId, from: '2026-11-28', to: '2026-11-28' });
  expect(today.total).toBeGreaterThan(0);
  expect(today.items.every((i) => i.at >= dayStart && i.actorUserId === me.userId)).toBe(true);
  const everyone = await h.ok(bureau, 'audit', 'auditLog', {});
  expect(everyone.total).toBeGreaterThan(today.total);
  const far = await h.ok(bureau, 'audit', 'auditLog', { page: 500 });
  expect(far.items).toEqual([]);
});

test('entries written before staff was split by feature read as they were', async () => {
  const clinic = await h.ok((await h.login('clinic')).token, 'account', 'me');
  const at = new Date(NOW.getTime() - 24 * 3600_000);
  await appendAudit(
    h.db,
    {
      actorUserId: clinic.userId,
      actorRole: 'clinic',
      action: 'access.refused',
      targetType: 'action',
      targetId: 'staff.childCalendar',
      detail: { call: 'staff.childCalendar', code: 'NOT_FOUND' },
    },
    at,
  );
  const old = await h.ok(bureau, 'audit', 'auditLog', { targetId: 'staff.childCalendar' });
  expect(old.items).toEqual([
    expect.objectContaining({
      action: 'access.refused',
      targetType: 'action',
      targetId: 'staff.childCalendar',
      detail: { call: 'staff.childCalendar', code: 'NOT_FOUND' },
    }),
  ]);
});

test('bad filters are named in Chinese', async () => {
  const res = await h.call(bureau, 'audit', 'auditLog', { from: '2026-11-28', to: '2026-11-01' });
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '截止日期不能早于起始日期' } } });
  const role = await h.callRaw(bureau, 'audit', 'auditLog', { actorRole: 'mayor' });
  expect(role).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { actorRole: '请选择操作人岗位' } } });
});

test('only the health bureau may read it; a refused call writes only its refusal', async () => {
  for (const demo of ['parent', 'clinic', 'finance', 'admin'] as const) {
    const { token } = await h.login(demo);
    const before = await count();
    const res = await h.call(token, 'audit', 'auditLog', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await count()).toBe(before + 1);
    const last = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'access.refused')
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'access.refused', target_id: 'audit.auditLog' });
  }
  expect(await h.call(undefined, 'audit', 'auditLog', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('an institution is named by its name, a staff member by their verified name; a target that is gone by nothing', async () => {
  const institution = await h.db
    .selectFrom('nursery_institutions')
    .select(['id', 'name'])
    .where('filing_number', '=', DEMO_NURSERY_FILING_NUMBER)
    .executeTakeFirstOrThrow();
  const me = await h.ok(bureau, 'account', 'me');
  const user = await h.db.selectFrom('users').select(['id', 'verified_name']).where('id', '=', me.userId).executeTakeFirstOrThrow();
  expect(user.verified_name).toBeTruthy();
  const entry = (targetType: string, targetId: string) =>
    appendAudit(
      h.db,
      { actorUserId: me.userId, actorRole: 'health_bureau', action: 'test.naming', targetType, targetId },
      new Date(NOW.getTime() + 600_000),
    );
  await entry('nursery_institution', institution.id);
  await entry('user', user.id);
  await entry('registration', 'gone');

  const { items } = await h.ok(bureau, 'audit', 'auditLog', { action: 'test.naming' });
  const of = (targetType: string) => items.find((i) => i.targetType === targetType);
  expect(of('nursery_institution')?.targetName).toBe(institution.name);
  expect(of('user')?.targetName).toBe(user.verified_name);
  expect(of('registration')).not.toHaveProperty('targetName');
});
