// Whether the county's 800元/年 育儿补助 continues after 2025 is the health bureau's setting, with the
// source it relied on (domain/subsidy/policySettings.ts): the server's engine, the pages' preview and
// the rule page run on it; both answers are tried end to end. The county plan (盈发〔2023〕8号 二（四）1):
// 「……并按年度发放800元育儿补助」; the national plan: 「县级以下政府不得自行出台育儿补贴政策或标准」.
import type { SubsidyApplicationView } from '../../domain/subsidy/types';
import { createHarness, TODAY, type Harness } from './harness';
import { applied, bundleFamily } from './subsidyFamilies';

const CARE800 = 'county-childcare-yearly';
const SOURCE = '云南省卫生健康委员会关于做好育儿补贴与地方生育补贴衔接的通知（样例文号）第三条';

let h: Harness;
let bureau: string;
beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
});
afterAll(async () => {
  await h.close();
});

const set = (token: string | undefined, value: unknown, source: unknown = SOURCE) =>
  h.callRaw(token, 'subsidy', 'setSubsidyPolicy', { key: 'countyChildcareAfter2025', value, source });
const lines800 = (view: SubsidyApplicationView) =>
  view.lines.filter((l) => l.ruleId === CARE800).map((l) => `${l.periodKey} ${l.amountFen}`);

test('undecided by default: public, and a 2025 second child is not paid the 800 for any year', async () => {
  expect(await h.ok(undefined, 'subsidy', 'policy', {})).toEqual({ countyChildcareAfter2025: { value: 'undecided' } });
  const fam = await bundleFamily(h, { childName: '测试未定' });
  const child = (await h.ok(fam.token, 'subsidy', 'overview')).find((c) => c.child.id === fam.childId)!;
  expect(child.policy).toEqual({ countyChildcareAfter2025: { value: 'undecided' } });
  expect(lines800(await applied(h, fam))).toEqual([]);
});

test('only the health bureau sets it, with a source of at least 6 characters; bad input names the field', async () => {
  const finance = (await h.login('finance')).token;
  expect(await set(finance, 'continues')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: '仅卫生健康局工作人员可以变更政策设置' },
  });
  expect(await set(undefined, 'continues')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await set(bureau, 'maybe')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { value: '请选择县育儿补助2025年后的执行口径' } },
  });
  expect(await set(bureau, 'continues', '')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { source: '请填写依据文件' } },
  });
  expect(await set(bureau, 'continues', '通知')).toMatchObject({
    ok: false,
    error: { fields: { source: expect.stringContaining('至少6个字') } },
  });
  expect(await h.ok(undefined, 'subsidy', 'policy', {})).toEqual({ countyChildcareAfter2025: { value: 'undecided' } });
});

test('continues: the server pays the 800 for 2025 and 2026, the review shows it, parents see the source; audited', async () => {
  const after = await h.ok(bureau, 'subsidy', 'setSubsidyPolicy', { key: 'countyChildcareAfter2025', value: 'continues', source: SOURCE });
  expect(after).toEqual({ countyChildcareAfter2025: { value: 'continues', source: SOURCE, decidedOn: TODAY } });
  const fam = await bundleFamily(h, { childName: '测试继续' });
  const view = await applied(h, fam);
  expect(lines800(view)).toEqual(['2025 80000', '2026 80000']);
  const child = (await h.ok(fam.token, 'subsidy', 'overview')).find((c) => c.child.id === fam.childId)!;
  expect(child.policy.countyChildcareAfter2025).toMatchObject({ value: 'continues', source: SOURCE });
  const review = await h.ok(bureau, 'subsidy', 'subsidyReview', { id: view.id });
  expect(review.evaluation.entitlements.filter((e) => e.ruleId === CARE800).map((e) => e.periodKey)).toEqual([
    '2025',
    '2026',
    '2027',
    '2028',
  ]);
  const audit = await h.db
    .selectFrom('audit_log')
    .select(['actor_role', 'target_type', 'detail_json'])
    .where('action', '=', 'policy.setting')
    .execute();
  expect(audit.map((a) => [a.actor_role, a.target_type, JSON.parse(a.detail_json)])).toEqual([
    ['health_bureau', 'policy_setting', { key: 'countyChildcareAfter2025', from: 'undecided', value: 'continues', source: SOURCE }],
  ]);
});

test('ended: the 800 stops after 2024 again; the decision and its source are public', async () => {
  await h.ok(bureau, 'subsidy', 'setSubsidyPolicy', { key: 'countyChildcareAfter2025', value: 'ended', source: SOURCE });
  expect(await h.ok(undefined, 'subsidy', 'policy', {})).toEqual({
    countyChildcareAfter2025: { value: 'ended', source: SOURCE, decidedOn: TODAY },
  });
  const fam = await bundleFamily(h, { childName: '测试停发' });
  expect(lines800(await applied(h, fam))).toEqual([]);
  expect(await h.db.selectFrom('policy_settings').selectAll().execute()).toHaveLength(1);
});
