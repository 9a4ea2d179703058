import { todayIn } from '../../domain/dates';
import { TOWNSHIP_CODES } from '../../domain/place/townships';
import { sampleRegistrations } from '../../scripts/seed';
import { createHarness, NOW, TODAY, type Harness } from './harness';
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

const samples = () => sampleRegistrations(NOW);

describe('who may use the bureau’s registration actions', () => {
  test.each(['parent', 'hospital', 'clinic', 'police', 'admin'] as const)('%s is FORBIDDEN', async (demo) => {
    const { token } = await h.login(demo);
    for (const [action, input] of [
      ['searchRegistrations', {}],
      ['getRegistration', { id: 'x' }],
      ['correctRegistration', { id: 'x', input: {}, reason: 'x' }],
    ] as const) {
      expect(await h.callRaw(token, 'registration', action, input)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '仅卫生健康局工作人员可以查询生育登记' },
      });
    }
  });

  test('without a session: UNAUTHENTICATED', async () => {
    expect(await h.call(undefined, 'registration', 'searchRegistrations', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('searchRegistrations', () => {
  test('everything, newest first, 20 a page, summaries without ID numbers', async () => {
    const all = 2 + samples().length + 4; // the two demo parents' own + the samples + the subsidy families (scripts/seed/subsidies.ts)
    const page1 = await h.ok(bureau, 'registration', 'searchRegistrations', {});
    expect(page1.total).toBe(all);
    expect(page1.items).toHaveLength(20);
    const created = page1.items.map((r: { createdAt: string }) => r.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(Object.keys(page1.items.find((r: { stage: string }) => r.stage === 'pregnant')!).sort()).toEqual(
      ['applicantName', 'childOrder', 'createdAt', 'dueDate', 'id', 'number', 'spouseName', 'stage', 'status', 'township'].sort(),
    );
    expect(JSON.stringify(page1)).not.toMatch(/\d{17}[\dX]/);
    const page2 = await h.ok(bureau, 'registration', 'searchRegistrations', { page: 2 });
    expect(page2.items).toHaveLength(all - 20);
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'registration.search').orderBy('at').execute();
    expect(audit.map((a) => JSON.parse(a.detail_json))).toEqual([
      { criteria: {}, total: all, shown: 20 },
      { criteria: { page: 2 }, total: all, shown: all - 20 },
    ]);
  });

  test('by number (exact, case-insensitive)', async () => {
    const { view } = await submitted(h);
    const found = await h.ok(bureau, 'registration', 'searchRegistrations', { number: view.number.toLowerCase() });
    expect(found).toEqual({
      total: 1,
      pageSize: 20,
      items: [expect.objectContaining({ id: view.id, number: view.number, applicantName: view.applicant.name })],
    });
    const none = await h.ok(bureau, 'registration', 'searchRegistrations', { number: 'SY5331232026999999' });
    expect(none).toEqual({ total: 0, pageSize: 20, items: [] });
  });

  test('by township', async () => {
    for (const township of ['tongbiguan', 'farm'] as const) {
      const expected = samples().filter((s) => s.input.township === township).length;
      const found = await h.ok(bureau, 'registration', 'searchRegistrations', { township });
      expect(found.total).toBe(expected);
      expect(found.items.every((r: { township: string }) => r.township === township)).toBe(true);
    }
    expect(TOWNSHIP_CODES.length).toBe(16);
  });

  test('by Shanghai date range (inclusive)', async () => {
    const days = samples().map((s) => todayIn(s.at));
    const from = days[10]!;
    const to = days[14]!;
    const expected = days.filter((d) => d >= from && d <= to).length;
    const found = await h.ok(bureau, 'registration', 'searchRegistrations', { from, to });
    expect(found.total).toBe(expected);
    expect(expected).toBe(5);
    const today = await h.ok(bureau, 'registration', 'searchRegistrations', { from: TODAY, to: TODAY });
    expect(today.items.every((r: { createdAt: string }) => todayIn(new Date(r.createdAt)) === TODAY)).toBe(true);
  });

  test('a Shanghai day starts at 16:00 UTC the day before', async () => {
    const { view } = await submitted(h); // 2026-11-28T02:00Z = 10:00 in Shanghai
    h.clock.set(new Date('2026-11-28T17:00:00Z')); // 01:00 on 11-29 in Shanghai
    const late = await submitted(h);
    h.clock.set(NOW);
    const on28 = await h.ok(bureau, 'registration', 'searchRegistrations', { from: '2026-11-28', to: '2026-11-28' });
    const ids28 = on28.items.map((r: { id: string }) => r.id);
    expect(ids28).toContain(view.id);
    expect(ids28).not.toContain(late.view.id);
    const on29 = await h.ok(bureau, 'registration', 'searchRegistrations', { from: '2026-11-29' });
    expect(on29.items.map((r: { id: string }) => r.id)).toEqual([late.view.id]);
  });

  test('bad criteria name their field', async () => {
    const cases: [unknown, string, string][] = [
      [{ number: 'ABC' }, 'number', '登记编号格式不正确，应为SY加16位数字'],
      [{ township: 'paris' }, 'township', '请选择乡镇'],
      [{ from: '2026-02-30' }, 'from', '起始日期格式不正确，应为YYYY-MM-DD'],
      [{ from: '2026-11-02', to: '2026-11-01' }, 'to', '截止日期不能早于起始日期'],
      [{ page: 0 }, 'page', '页码应从1开始'],
      [{ page: 1.5 }, 'page', '页码应为整数'],
      [{ page: '2' }, 'page', '页码格式不正确'],
      [{ name: '张' }, 'name', '查询条件中有无法识别的字段“name”'],
    ];
    for (const [input, path, message] of cases) {
      expect(await h.callRaw(bureau, 'registration', 'searchRegistrations', input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { [path]: message } },
      });
    }
  });
});

describe('getRegistration', () => {
  test('full view and input, and the read is audited', async () => {
    const { view, input } = await submitted(h);
    const clerk = await h.login('health_bureau');
    const result = await h.ok(clerk.token, 'registration', 'getRegistration', { id: view.id });
    expect(result.view).toEqual(view);
    expect(result.input).toEqual(input);
    const audit = await h.db.selectFrom('audit_log').selectAll().where('target_id', '=', view.id).execute();
    expect(audit).toEqual([
      expect.objectContaining({
        actor_user_id: clerk.me.userId,
        actor_role: 'health_bureau',
        action: 'registration.read',
        target_type: 'registration',
        at: NOW.toISOString(),
      }),
    ]);
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ number: view.number });
    expect(await h.call(clerk.token, 'registration', 'getRegistration', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('correctRegistration', () => {
  test('needs a reason, re-validates, is audited and tells the applicant', async () => {
    const { token, view, input } = await submitted(h);
    const corrected = { ...input, township: 'zhanxi' as const };
    expect(await h.callRaw(bureau, 'registration', 'correctRegistration', { id: view.id, input: corrected })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '请填写更正原因' } },
    });
    expect(
      await h.call(bureau, 'registration', 'correctRegistration', {
        id: view.id,
        input: { ...corrected, dueDate: '2020-01-01' },
        reason: '核对',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'input.dueDate': expect.stringMatching(/^预产期不能早于/) } } });

    const later = new Date(NOW.getTime() + 60_000);
    h.clock.set(later);
    const after = await h.ok(bureau, 'registration', 'correctRegistration', {
      id: view.id,
      input: corrected,
      reason: '现居住地核实为盏西镇',
    });
    h.clock.set(NOW);
    expect(after.township).toBe('zhanxi');
    expect(after.corrections).toEqual([
      { at: later.toISOString(), by: 'health_bureau', fields: ['township'], reason: '现居住地核实为盏西镇' },
    ]);

    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', view.id)
      .where('action', '=', 'registration.correct')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ number: view.number, fields: ['township'], reason: '现居住地核实为盏西镇' });

    const inbox = await h.ok(token, 'account', 'inbox');
    expect(inbox[0]).toMatchObject({ title: '生育登记信息已更正' });
    expect(inbox[0].body).toContain('现居住地核实为盏西镇');
    // The applicant's own view shows who corrected it.
    expect((await h.ok(token, 'registration', 'get', { id: view.id })).corrections[0].by).toBe('health_bureau');
  });

  test('the applicant cannot be replaced by a correction', async () => {
    const { view, input } = await submitted(h);
    const result = await h.call(bureau, 'registration', 'correctRegistration', {
      id: view.id,
      input: { ...input, applicant: { ...input.applicant, name: '别人' } },
      reason: '改名',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'input.applicant.name': '申请人姓名须与实名认证一致' } },
    });
  });
});
