// The 妇幼 figures the health bureau enters per year (孕产妇死亡率, 婴幼儿死亡率) through the gateway:
// only the health bureau enters and reads them; bad input names the field; entering a year again
// replaces the figure and the audit log keeps what it replaced; the dashboard and the yearly report
// set them beside the plan's 2025 targets, and say 暂无记录 while no 妇幼 records exist.
import type { InputOf } from '../../domain/api/contract';
import { createHarness, NOW, type Harness } from './harness';
import { verifiedUser } from './people';

let h: Harness;
let bureau: string;
const SOURCE = '德宏州妇幼卫生年报（2025年）表1 孕产妇死亡情况';

beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
});
afterAll(async () => {
  await h.close();
});

const enter = (token: string | undefined, input: object) => h.callRaw(token, 'dashboard', 'setReportedFigure', input);
const ok: InputOf<'dashboard', 'setReportedFigure'> = { figure: 'maternal_mortality', year: 2025, value: 8.5, source: SOURCE };
const rows = () => h.db.selectFrom('reported_figures').selectAll().execute();

test('nobody but the health bureau enters or reads them; nothing is written on a refusal', async () => {
  const { token: parent } = await verifiedUser(h);
  const staff = await Promise.all((['maternal_child', 'finance', 'hospital', 'admin'] as const).map(async (d) => (await h.login(d)).token));
  for (const token of [parent, ...staff]) {
    expect(await enter(token, ok)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call(token, 'dashboard', 'reportedFigures', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(await enter(undefined, ok)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await h.call(undefined, 'dashboard', 'reportedFigures', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await rows()).toEqual([]);
});

test('bad input gets a Chinese message naming the field', async () => {
  expect(await enter(bureau, { ...ok, value: -2 })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { value: '数值不能为负数' } },
  });
  expect(await enter(bureau, { ...ok, year: 2027 })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { year: '年度应为2023至2026年' } },
  });
  expect(await enter(bureau, { ...ok, figure: 'birth_rate' })).toMatchObject({ ok: false, error: { fields: { figure: '请选择指标' } } });
  expect(await enter(bureau, { ...ok, source: '' })).toMatchObject({ ok: false, error: { fields: { source: '请填写数据来源' } } });
  expect(await enter(bureau, { ...ok, figure: 'infant_mortality', value: 2000 })).toMatchObject({
    ok: false,
    error: { fields: { value: expect.stringContaining('婴幼儿死亡率不应超过1000‰') } },
  });
  expect(await rows()).toEqual([]);
});

test('entered, then entered again: one row, the new value; both entries audited with what was replaced', async () => {
  const first = await h.ok(bureau, 'dashboard', 'setReportedFigure', ok);
  expect(first.years).toEqual([2026, 2025, 2024, 2023]);
  expect(first.figures).toEqual([
    {
      figure: 'maternal_mortality',
      name: '孕产妇死亡率',
      unit: '/10万',
      year: 2025,
      value: 8.5,
      source: SOURCE,
      enteredBy: expect.any(String),
      enteredAt: NOW.toISOString(),
      target: { year: 2025, below: 10, source: expect.stringContaining('盈发〔2023〕8号'), met: true },
    },
  ]);
  h.clock.set(new Date(NOW.getTime() + 3_600_000));
  const again = await h.ok(bureau, 'dashboard', 'setReportedFigure', {
    ...ok,
    value: 12.25,
    source: '德宏州妇幼卫生年报（2025年，更正版）表1',
  });
  expect(again.figures).toHaveLength(1);
  expect(again.figures[0]).toMatchObject({ value: 12.25, target: { met: false } });
  h.clock.set(new Date(NOW.getTime() + 7_200_000));
  await h.ok(bureau, 'dashboard', 'setReportedFigure', {
    figure: 'infant_mortality',
    year: 2025,
    value: 3.9,
    source: '德宏州妇幼卫生年报（2025年）表2',
  });

  const stored = await rows();
  expect(stored.map((r) => [r.figure, Number(r.year), Number(r.value_x100)]).sort()).toEqual([
    ['infant_mortality', 2025, 390],
    ['maternal_mortality', 2025, 1225],
  ]);
  const audit = await h.db
    .selectFrom('audit_log')
    .select(['action', 'actor_role', 'target_id', 'detail_json'])
    .where('target_type', '=', 'reported_figure')
    .orderBy('at')
    .execute();
  expect(audit.map((a) => [a.action, a.actor_role, a.target_id])).toEqual([
    ['dashboard.reported.enter', 'health_bureau', 'maternal_mortality:2025'],
    ['dashboard.reported.replace', 'health_bureau', 'maternal_mortality:2025'],
    ['dashboard.reported.enter', 'health_bureau', 'infant_mortality:2025'],
  ]);
  expect(JSON.parse(audit[1]!.detail_json)).toMatchObject({ value: 12.25, replaced: 8.5, replacedSource: SOURCE });

  const read = await h.ok(bureau, 'dashboard', 'reportedFigures', {});
  expect(read.figures.map((f) => [f.figure, f.value])).toEqual([
    ['infant_mortality', 3.9],
    ['maternal_mortality', 12.25],
  ]);
  expect(await h.db.selectFrom('audit_log').select('action').where('action', '=', 'dashboard.reported.read').execute()).toHaveLength(1);
  h.clock.set(NOW);
});

test('the dashboard and the 2025 report: the figures beside the targets; an indicator with nothing to count → 暂无记录', async () => {
  const dash = await h.ok(bureau, 'dashboard', 'dashboard', { from: '2025-01', to: '2026-11' });
  // The demo data: the pregnant demo parent, and the children 妇幼保健 follows.
  expect(dash.maternalChild.records.pregnancies).toBeGreaterThanOrEqual(1);
  expect(dash.maternalChild.records.children).toBeGreaterThan(0);
  expect(dash.maternalChild.indicators.every((i) => (i.denominator === 0) === (i.rate === null))).toBe(true);
  expect(dash.maternalChild.reported.map((r) => [r.figure, r.year, r.target?.met])).toEqual([
    ['infant_mortality', 2025, true],
    ['maternal_mortality', 2025, false],
  ]);
  // A period without 2025 has none of its figures.
  expect((await h.ok(bureau, 'dashboard', 'dashboard', { from: '2026-01', to: '2026-11' })).maternalChild.reported).toEqual([]);

  const report = await h.ok(bureau, 'dashboard', 'yearlyReport', { year: 2025, scope: 'county' });
  const value = (label: string) => report.rows.find((r) => r.label === label)?.value;
  expect(value('孕产妇死亡率（2025年）')).toBe('12.25/10万（2025年目标：低于10/10万，未达到）');
  expect(value('婴幼儿死亡率（2025年）')).toBe('3.9‰（2025年目标：低于4‰，已达到）');
  expect(value('早孕建册率')).toBe('暂无记录');
  const police = await h.ok(bureau, 'dashboard', 'yearlyReport', { year: 2025, scope: 'police' });
  expect(police.rows.some((r) => r.section.startsWith('妇幼'))).toBe(false);
});
