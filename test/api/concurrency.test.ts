// Rules that a handler checks before it writes must hold when requests race. Each test fires 20
// conflicting requests at once, alternating between two gateways over the same database (on
// PostgreSQL two connection pools, as two processes would have; SQLite is one process's file, so
// both gateways share its one connection): exactly one wins, every other answer is a clear Chinese
// refusal (never INTERNAL), and the database holds exactly one result.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ApiResult } from '../../domain/api/envelope';
import { buildServer } from '../../cloud/gateway/server';
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import type { Database } from '../../cloud/db/tables';
import { DEMO_NURSERY_FILING_NUMBER } from '../../scripts/seed/nurseries';
import { defaultNotifierFactory } from '../../cloud/core/context';
import { takeJobLease } from '../../cloud/db/repos/jobLeases';
import { runReminders } from '../../cloud/jobs/reminders';
import { addDays, addMonths } from '../../domain/dates';
import { createHarness, NOW, type Harness } from './harness';
import { birthInput, CHILD_BIRTH_DATE, childIdNumber, clerks, results, type Clerks, joinedOtherParent } from './birthPeople';
import { father, mother, newKey, registrationInput, verifiedUser } from './people';
import { bundleFamily, ELDER_DAUGHTER, papersFor } from './subsidyFamilies';

const N = 20;
let h: Harness;
let secondDb: Kysely<Database>;
let second: FastifyInstance;
let c: Clerks;

beforeAll(async () => {
  h = await createHarness();
  secondDb = h.database.engine === 'postgres' ? h.database.connect() : h.db;
  second = buildServer({
    db: secondDb,
    clock: h.clock,
    crypto: h.crypto,
    devLogin: true,
    reminders: false,
    files: createLocalDiskFileStore(h.filesDir),
    log: { info() {}, warn() {}, error() {} },
  });
  c = await clerks(h);
}, 120_000);
afterAll(async () => {
  await second.close();
  if (secondDb !== h.db) await secondDb.destroy();
  await h.close();
});

/** The same call through gateway 1 or 2. */
async function callVia(gateway: 0 | 1, token: string, fn: string, action: string, input: unknown, key?: string): Promise<ApiResult<any>> {
  const app = gateway === 0 ? h.app : second;
  const res = await app.inject({
    method: 'POST',
    url: `/api/${fn}`,
    headers: { authorization: `Bearer ${token}` },
    payload: { action, input, ...(key ? { idempotencyKey: key } : {}) },
  });
  return res.json();
}

/** n requests at once, alternating gateways; `make(i)` gives the i-th request. */
async function race(
  n: number,
  make: (i: number) => [token: string, fn: string, action: string, input: unknown, key?: string],
): Promise<ApiResult<any>[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => callVia((i % 2) as 0 | 1, ...make(i))));
}

function expectOneWinner(answers: ApiResult<any>[]): void {
  const wins = answers.filter((a) => a.ok);
  const losses = answers.filter((a): a is Extract<ApiResult<any>, { ok: false }> => !a.ok);
  expect(wins).toHaveLength(1);
  for (const l of losses) {
    expect(['CONFLICT', 'INVALID_INPUT']).toContain(l.error.code);
    expect(l.error.message).toMatch(/[\u4e00-\u9fa5]/);
  }
}

const count = async (table: keyof Database, where: [string, unknown][]) => {
  let q = h.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  for (const [col, val] of where) q = q.where(col as never, '=', val as never);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

test('one 生育登记 per pregnancy: 20 submits of the same registration, each with its own key', async () => {
  const m = mother();
  const { token } = await verifiedUser(h, m);
  const input = registrationInput(m, father());
  const answers = await race(N, () => [token, 'registration', 'submit', input, newKey()]);
  expectOneWinner(answers);
  const winner = answers.find((a) => a.ok)!;
  const family = (
    await h.db
      .selectFrom('registrations')
      .select('family_id')
      .where('id', '=', (winner as any).data.id)
      .executeTakeFirstOrThrow()
  ).family_id;
  expect(await count('registrations', [['family_id', family]])).toBe(1);
}, 120_000);

test('one idempotency key: 20 retries of one submit make one registration and all get its answer', async () => {
  const m = mother();
  const { token } = await verifiedUser(h, m);
  const key = newKey();
  const answers = await race(N, () => [token, 'registration', 'submit', registrationInput(m, father()), key]);
  expect(answers.every((a) => a.ok)).toBe(true);
  expect(new Set(answers.map((a) => (a as any).data.id)).size).toBe(1);
}, 120_000);

test('one 出生一件事 per child: both parents file at the same moment, ten times each', async () => {
  const m = mother();
  const f = father();
  const mom = await verifiedUser(h, m);
  const dad = await verifiedUser(h, f);
  const answers = await race(N, (i) =>
    i % 2 === 0 ? [mom.token, 'birth', 'submit', birthInput(m, f), newKey()] : [dad.token, 'birth', 'submit', birthInput(f, m), newKey()],
  );
  expectOneWinner(answers);
  const users = await h.db
    .selectFrom('users')
    .select('family_id')
    .where('verified_name', 'in', [m.name, f.name])
    .where('id_number_hash', 'in', [h.crypto.hash(m.idNumber), h.crypto.hash(f.idNumber)])
    .execute();
  const families = new Set(users.map((u) => u.family_id).filter(Boolean));
  expect(families.size).toBe(1);
  expect(await count('birth_cases', [['family_id', [...families][0]]])).toBe(1);
}, 120_000);

test('a certificate number is never used twice: two cases completed with one number at once', async () => {
  const cases: string[] = [];
  for (let i = 0; i < 2; i++) {
    const m = mother();
    const { token } = await verifiedUser(h, m);
    const view = (await h.ok(token, 'birth', 'submit', birthInput(m, father()), newKey())) as { id: string };
    await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: view.id, step: 'birth_certificate' });
    cases.push(view.id);
  }
  const number = results().birth_certificate;
  const answers = await race(N, (i) => [
    c.birth_certificate,
    'birth',
    'completeStep',
    { caseId: cases[i % 2], step: 'birth_certificate', result: number },
  ]);
  // One case gets it (the other nine calls on that case find the step done); the other case never does.
  const done = await h.db
    .selectFrom('bundle_steps')
    .select('case_id')
    .where('case_id', 'in', cases)
    .where('step', '=', 'birth_certificate')
    .where('status', '=', 'done')
    .execute();
  expect(done).toHaveLength(1);
  expect(answers.some((a) => !a.ok && a.error.code === 'INVALID_INPUT' && /已用于/.test(a.error.message))).toBe(true);
  expect(answers.every((a) => a.ok || a.error.code !== 'INTERNAL')).toBe(true);
}, 120_000);

test('a child ID number is never given to two children', async () => {
  const cases: string[] = [];
  for (let i = 0; i < 2; i++) {
    const m = mother();
    const { token } = await verifiedUser(h, m);
    const view = (await h.ok(token, 'birth', 'submit', birthInput(m, father()), newKey())) as { id: string };
    const r = results();
    await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: view.id, step: 'birth_certificate' });
    await h.ok(c.birth_certificate, 'birth', 'completeStep', { caseId: view.id, step: 'birth_certificate', result: r.birth_certificate });
    await h.ok(c.hukou, 'birth', 'acceptStep', { caseId: view.id, step: 'hukou' });
    cases.push(view.id);
  }
  const hukou = results(childIdNumber()).hukou;
  const answers = await race(N, (i) => [c.hukou, 'birth', 'completeStep', { caseId: cases[i % 2], step: 'hukou', result: hukou }]);
  expect(await count('birth_cases', [['child_id_hash', h.crypto.hash(hukou.childIdNumber)]])).toBe(1);
  expect(await count('children', [['id_number_hash', h.crypto.hash(hukou.childIdNumber)]])).toBe(1);
  expect(answers.every((a) => a.ok || a.error.code !== 'INTERNAL')).toBe(true);
}, 120_000);

test('one subsidy applicant per child: 20 applications at once', async () => {
  const fam = await bundleFamily(h);
  const answers = await race(N, () => [
    fam.token,
    'subsidy',
    'apply',
    {
      childId: fam.childId,
      account: { kind: 'bank_card', holder: 'applicant', bankName: '中国农业银行', accountNumber: '6228480012345678901' },
    },
    newKey(),
  ]);
  expectOneWinner(answers);
  expect(await count('subsidy_applications', [['child_id', fam.childId]])).toBe(1);
}, 180_000);

test('one subsidy applicant per family: mother and father apply for two different children at once, ten times each', async () => {
  const fam = await bundleFamily(h, { existingChildren: [ELDER_DAUGHTER] });
  const { token: fatherToken } = await joinedOtherParent(h, { otherParent: fam.father, view: { id: fam.caseId } });
  const elder = (await h.ok(fatherToken, 'subsidy', 'overview')).find((o) => o.child.name === ELDER_DAUGHTER.name)!;
  const papers = await papersFor(h, {
    token: fatherToken,
    child: { name: ELDER_DAUGHTER.name, birthDate: ELDER_DAUGHTER.birthDate, sex: 'F' },
  });
  const card = { kind: 'bank_card', holder: 'applicant', bankName: '中国农业银行', accountNumber: '6228480012345678901' };
  const answers = await race(20, (i) =>
    i % 2 === 0
      ? [fam.token, 'subsidy', 'apply', { childId: fam.childId, account: card }, newKey()]
      : [fatherToken, 'subsidy', 'apply', { childId: elder.child.id, account: card, papers }, newKey()],
  );
  const { family_id } = await h.db.selectFrom('children').select('family_id').where('id', '=', fam.childId).executeTakeFirstOrThrow();
  const applicants = await h.db.selectFrom('subsidy_applications').select('applicant_user_id').where('family_id', '=', family_id).execute();
  expect(applicants.length).toBeGreaterThanOrEqual(1);
  expect(new Set(applicants.map((a) => a.applicant_user_id)).size).toBe(1);
  const forbidden = answers.filter((a) => !a.ok && a.error.code === 'FORBIDDEN');
  expect(forbidden.length).toBeGreaterThanOrEqual(10);
  for (const a of forbidden) expect(!a.ok && a.error.message).toMatch(/每个家庭由一位家长为所有孩子申领/);
  expect(answers.every((a) => a.ok || a.error.code !== 'INTERNAL')).toBe(true);
}, 180_000);

describe('nurseries', () => {
  const institution = async () =>
    (
      await h.db
        .selectFrom('nursery_institutions')
        .select('id')
        .where('filing_number', '=', DEMO_NURSERY_FILING_NUMBER)
        .executeTakeFirstOrThrow()
    ).id;

  test('a visit slot never takes more than its capacity: 20 parents book its last places at once', async () => {
    const id = await institution();
    const slot = await h.db
      .selectFrom('nursery_visit_slots')
      .selectAll()
      .where('institution_id', '=', id)
      .where('booked', '=', 0)
      .orderBy('start')
      .executeTakeFirstOrThrow();
    const parents: string[] = [];
    for (let i = 0; i < N; i++) parents.push((await verifiedUser(h)).token);
    const answers = await race(N, (i) => [
      parents[i]!,
      'nursery',
      'bookVisit',
      { institutionId: id, slotId: slot.id, visitors: 1 },
      newKey(),
    ]);
    const wins = answers.filter((a) => a.ok).length;
    expect(wins).toBe(slot.capacity);
    const after = await h.db.selectFrom('nursery_visit_slots').select('booked').where('id', '=', slot.id).executeTakeFirstOrThrow();
    expect(after.booked).toBe(slot.capacity);
    expect(
      await count('nursery_requests', [
        ['slot_id', slot.id],
        ['status', 'submitted'],
      ]),
    ).toBe(slot.capacity);
    for (const a of answers) if (!a.ok) expect(a.error).toEqual({ code: 'CONFLICT', message: '该参观时段已约满，请选择其他时段' });
  }, 180_000);

  test('cancelling a visit 20 times at once frees its place once', async () => {
    const id = await institution();
    const slot = await h.db
      .selectFrom('nursery_visit_slots')
      .selectAll()
      .where('institution_id', '=', id)
      .where('booked', '=', 0)
      .orderBy('start')
      .executeTakeFirstOrThrow();
    const { token } = await verifiedUser(h);
    const other = await verifiedUser(h);
    const view = (await h.ok(token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey())) as {
      id: string;
    };
    await h.ok(other.token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey());
    // Cancelling is idempotent (a repeat answers with the cancelled request); the place is freed once.
    const answers = await race(N, () => [token, 'nursery', 'cancelRequest', { id: view.id }]);
    for (const a of answers) expect(a).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    const after = await h.db.selectFrom('nursery_visit_slots').select('booked').where('id', '=', slot.id).executeTakeFirstOrThrow();
    expect(after.booked).toBe(1);
  }, 120_000);

  test('one live place application per child and institution: 20 at once', async () => {
    const m = mother();
    const { token } = await verifiedUser(h, m);
    await h.ok(
      token,
      'registration',
      'submit',
      registrationInput(m, father(), {
        existingChildren: [{ name: '测试小宝', birthDate: '2026-08-10', sex: 'F', relation: 'this-marriage', deceased: false }],
      }),
      newKey(),
    );
    const child = (await h.ok(token, 'account', 'children'))[0];
    const id = await institution();
    const input = { institutionId: id, classKind: 'infant', careType: 'full_day', childId: child.id, startMonth: '2027-03' };
    const answers = await race(N, () => [token, 'nursery', 'applyPlace', input, newKey()]);
    expectOneWinner(answers);
    expect(
      await count('nursery_requests', [
        ['child_id', child.id],
        ['status', 'submitted'],
      ]),
    ).toBe(1);
  }, 120_000);
});

test('a registration cancelled 20 times at once is cancelled once, with one message', async () => {
  const m = mother();
  const { token } = await verifiedUser(h, m);
  const reg = (await h.ok(token, 'registration', 'submit', registrationInput(m, father()), newKey())) as { id: string };
  const user = await h.db
    .selectFrom('users')
    .select('id')
    .where('id_number_hash', '=', h.crypto.hash(m.idNumber))
    .executeTakeFirstOrThrow();
  const before = await count('inbox_messages', [['user_id', user.id]]);
  const answers = await race(N, () => [token, 'registration', 'cancel', { id: reg.id, reason: '信息填写有误' }]);
  expectOneWinner(answers);
  expect(await count('inbox_messages', [['user_id', user.id]])).toBe(before + 1);
}, 120_000);

describe('two gateways, one database', () => {
  test('an hourly job’s lease goes to one gateway at a time', async () => {
    const now = h.clock.now();
    const taken = await Promise.all([
      takeJobLease(h.db, 'test-job', now, 60_000, 'gateway-1'),
      takeJobLease(secondDb, 'test-job', now, 60_000, 'gateway-2'),
    ]);
    expect(taken.filter(Boolean)).toHaveLength(1);
    // The holder may take it again; the other only once it has run out.
    const holder = taken[0] ? 'gateway-1' : 'gateway-2';
    const other = taken[0] ? 'gateway-2' : 'gateway-1';
    expect(await takeJobLease(h.db, 'test-job', now, 60_000, holder)).toBe(true);
    expect(await takeJobLease(h.db, 'test-job', now, 60_000, other)).toBe(false);
    expect(await takeJobLease(h.db, 'test-job', new Date(now.getTime() + 61_000), 60_000, other)).toBe(true);
  });

  test('the reminder job run on both gateways at once sends every message once', async () => {
    const log = { info() {}, warn() {}, error() {} };
    const rt = (db: Kysely<Database>) => ({ db, clock: h.clock, crypto: h.crypto, log, notifier: defaultNotifierFactory });
    // A fresh case whose 户口登记 deadline (a month after the birth) is 7 days away.
    const m = mother();
    const { token } = await verifiedUser(h, m);
    await h.ok(token, 'birth', 'submit', birthInput(m, father()), newKey());
    h.clock.set(new Date(`${addDays(addMonths(CHILD_BIRTH_DATE, 1), -7)}T02:00:00Z`));
    const messagesBefore = await count('inbox_messages', []);
    const sentBefore = await count('reminders_sent', []);
    const runs = await Promise.all([runReminders(rt(h.db)), runReminders(rt(secondDb))]);
    const sent = (await count('reminders_sent', [])) - sentBefore;
    expect(sent).toBeGreaterThan(0);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(sent);
    expect((await count('inbox_messages', [])) - messagesBefore).toBe(sent);
    expect((await runReminders(rt(secondDb))).sent).toBe(0);
    h.clock.set(NOW);
  }, 120_000);

  test('one family’s 出生一件事 through both gateways in turn', async () => {
    const m = mother();
    const { token } = await verifiedUser(h, m);
    const submitted = await callVia(1, token, 'birth', 'submit', birthInput(m, father()), newKey());
    expect(submitted).toMatchObject({ ok: true });
    const caseId = (submitted as any).data.id as string;
    const r = results();
    let gateway: 0 | 1 = 0;
    for (const step of ['birth_certificate', 'vaccination', 'hukou', 'medical_insurance', 'social_security'] as const) {
      expect((await callVia(gateway, c[step], 'birth', 'acceptStep', { caseId, step })).ok).toBe(true);
      gateway = gateway === 0 ? 1 : 0;
      expect((await callVia(gateway, c[step], 'birth', 'completeStep', { caseId, step, result: r[step] })).ok).toBe(true);
      const seen = await callVia(gateway === 0 ? 1 : 0, token, 'birth', 'get', { id: caseId });
      expect(seen).toMatchObject({ ok: true });
      expect((seen as any).data.steps.find((s: { key: string }) => s.key === step)).toMatchObject({ status: 'done' });
    }
    expect(((await callVia(1, token, 'birth', 'get', { id: caseId })) as any).data.status).toBe('completed');
  }, 120_000);
});
