// 盈发〔2023〕8号 二（四）1: 「对新出生并户口登记在云南省盈江县的婴幼儿购买意外伤害险给予每人每年50元参保补贴」.
// A 参保补贴 is a subsidy towards a policy bought: it is paid against the policy the parent names, for
// the years the policy covers — not automatically for every child.
import { validate } from '../../domain/validation';
import { evaluateChild } from '../../domain/subsidy/engine';
import { claimWithPolicy } from '../../domain/subsidy/insurancePolicy';
import { RULES, ruleById } from '../../domain/subsidy/rules';
import { insurancePolicySchema } from '../../domain/subsidy/schema';
import { INSURANCE, child } from './subsidyHelpers';

const TODAY = '2026-11-28';
const POLICY = { insurer: '中国人寿保险股份有限公司德宏分公司', policyNumber: 'PYJ2026-5331230001', from: '2026-01-05', to: '2027-01-04' };
const open = evaluateChild(child('2025-03-20', 2), TODAY).entitlements.filter((e) => e.state === 'claimable');

describe('参保补贴 against the policy bought', () => {
  it('the rule says so, quoting the plan', () => {
    const rule = ruleById(INSURANCE)!;
    expect(rule.requires).toBe('insurance-policy');
    expect(rule.basis[0]!.quote).toContain('购买意外伤害险给予每人每年50元参保补贴');
  });

  it('without a policy nothing of it is claimed; the other subsidies are', () => {
    const { claimed, uncovered, policyUnused } = claimWithPolicy(open, RULES);
    expect(claimed.some((e) => e.ruleId === INSURANCE)).toBe(false);
    expect(claimed.length).toBeGreaterThan(0);
    expect(uncovered.map((e) => e.periodKey)).toEqual(['2025', '2026']);
    expect(policyUnused).toBe(false);
  });

  it('with a policy, exactly the years it covers', () => {
    const { claimed, uncovered } = claimWithPolicy(open, RULES, POLICY);
    expect(claimed.filter((e) => e.ruleId === INSURANCE).map((e) => e.periodKey)).toEqual(['2026']);
    expect(uncovered.map((e) => e.periodKey)).toEqual(['2025']);
    expect(
      claimWithPolicy(open, RULES, { ...POLICY, from: '2025-06-01', to: '2026-05-31' }).claimed.filter((e) => e.ruleId === INSURANCE),
    ).toHaveLength(2);
  });

  it('a policy covering no open year is reported unused', () => {
    expect(claimWithPolicy(open, RULES, { ...POLICY, from: '2024-01-01', to: '2024-12-31' }).policyUnused).toBe(true);
  });

  it('the policy is checked field by field: bought (starts by today), a real period of at most 12 months, a policy number', () => {
    const check = (p: object) => validate(insurancePolicySchema(TODAY), p);
    expect(check(POLICY).ok).toBe(true);
    expect(check({ ...POLICY, from: '2026-12-01', to: '2027-11-30' })).toMatchObject({
      ok: false,
      fields: { from: '保险起期不能晚于今天：请填写已购买的保单' },
    });
    expect(check({ ...POLICY, to: '2025-01-01' })).toMatchObject({ ok: false, fields: { to: '保险止期不能早于保险起期' } });
    expect(check({ ...POLICY, to: '2027-01-06' })).toMatchObject({ ok: false, fields: { to: '保险期间不能超过12个月，请按保单填写' } });
    expect(check({ ...POLICY, policyNumber: '保单1' })).toMatchObject({
      ok: false,
      fields: { policyNumber: expect.stringContaining('6—40位') },
    });
    expect(check({ ...POLICY, insurer: ' ' })).toMatchObject({ ok: false, fields: { insurer: '请填写保险公司' } });
  });
});
