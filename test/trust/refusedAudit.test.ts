// Finding: refused access left no trace — cross-family and wrong-role attempts were not audited.
// Now a signed-in caller refused with FORBIDDEN or NOT_FOUND leaves an `access.refused` entry, capped
// per person per hour so a flood cannot fill the log, and the bureau can filter for them.
import { PRODUCTION_LIMITS } from '../../cloud/security/rateLimits';
import { createHarness, type Harness } from '../api/harness';
import { submitted, verifiedUser } from '../api/people';

let h: Harness;
let bureau: string;
beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
});
afterAll(() => h.close());

const refusalsOf = async (userId: string) => (await h.ok(bureau, 'audit', 'auditLog', { actorUserId: userId, flagged: true })).items;

test("another family's registration id (NOT_FOUND) and a wrong role (FORBIDDEN) are both audited", async () => {
  const a = await submitted(h);
  const b = await verifiedUser(h);
  const bId = (await h.ok(b.token, 'account', 'me')).userId as string;

  expect(await h.call(b.token, 'registration', 'get', { id: a.view.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await h.call(b.token, 'registration', 'searchRegistrations', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const entries = await refusalsOf(bId);
  // (The test clock stands still, so both entries share one instant: compare without order.)
  expect(entries.map((e) => [e.action, e.targetType, e.targetId, e.detail.code]).sort()).toEqual([
    ['access.refused', 'action', 'registration.get', 'NOT_FOUND'],
    ['access.refused', 'action', 'registration.searchRegistrations', 'FORBIDDEN'],
  ]);
  // Filterable by its own action code as well.
  const byAction = await h.ok(bureau, 'audit', 'auditLog', { action: 'access.refused', actorUserId: bId });
  expect(byAction.total).toBe(2);
});

test('a flood of refusals writes at most the cap and one note', async () => {
  const a = await submitted(h);
  const b = await verifiedUser(h);
  const bId = (await h.ok(b.token, 'account', 'me')).userId as string;
  const cap = PRODUCTION_LIMITS.refusedAudit.max;
  for (let i = 0; i < cap * 5; i += 1) await h.call(b.token, 'registration', 'get', { id: a.view.id });
  const rows = await h.db.selectFrom('audit_log').select('action').where('actor_user_id', '=', bId).execute();
  expect(rows.filter((r) => r.action === 'access.refused')).toHaveLength(cap);
  expect(rows.filter((r) => r.action === 'access.refused.capped')).toHaveLength(1);
});

test('sign-in problems and bad input are not refusals of access', async () => {
  const before = await h.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  await h.call(undefined, 'registration', 'get', { id: 'x' });
  const { token } = await h.login();
  await h.callRaw(token, 'registration', 'get', { nonsense: 1 });
  const after = await h.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(after.n)).toBe(Number(before.n));
});
