// Whether the county's 800元/年 育儿补助 continues after 2025 is the health bureau's setting, with the
// source it relied on. The county plan (盈发〔2023〕8号 二（四）1): 「2023年1月1日至2025年12月31日，对新出生并
// 户口登记在云南省盈江县的二孩、三孩……并按年度发放800元育儿补助」; the national plan (《育儿补贴制度实施
// 方案》, 2025): 「县级以下政府不得自行出台育儿补贴政策或标准」. No source says 云南 ended the 800, so the
// data does not say it merged; parents are told only what is sourced.
import { evaluateChild } from '../../domain/subsidy/engine';
import { DEFAULT_SUBSIDY_POLICY, rulesFor, type SubsidyPolicy } from '../../domain/subsidy/policySettings';
import { ruleById } from '../../domain/subsidy/rules';
import { CARE800, answer, child } from './subsidyHelpers';

const AS_OF = '2026-11-28';
const SOURCE = '云南省卫生健康委员会关于做好育儿补贴与地方生育补贴衔接的通知（样例文号）第三条';
const policy = (value: SubsidyPolicy['countyChildcareAfter2025']['value'], source?: string): SubsidyPolicy => ({
  countyChildcareAfter2025: { value, ...(source ? { source, decidedOn: '2026-12-01' } : {}) },
});
const parentText = (rules: ReturnType<typeof rulesFor>) => {
  const r = ruleById(CARE800, rules)!;
  return JSON.stringify([r.basis.map(({ toConfirm: _t, ...b }) => b), r.notes, r.closedNote]);
};

describe('the 800元 育儿补助 after 2025: a health-bureau setting', () => {
  it("the county plan sentence is the rule's quoted source", () => {
    expect(ruleById(CARE800)!.basis[0]!.quote).toContain('并按年度发放800元育儿补助');
  });

  it('undecided (the default): 2023 and 2024 only; a 2025 birth is told the years are not open, nothing about merging or doubts', () => {
    const rules = rulesFor(DEFAULT_SUBSIDY_POLICY);
    expect(answer(evaluateChild(child('2024-06-15', 2), AS_OF, rules))[CARE800]).toEqual(['2024 80000 expired 2024-06-15..2025-12-31']);
    expect(answer(evaluateChild(child('2025-05-12', 2), AS_OF, rules))[CARE800]).toBe(
      '2025年5月12日出生：2025年及以后年度的县育儿补助暂未开放申领',
    );
    expect(parentText(rules)).not.toMatch(/并入|待核|待确认|DESIGN/);
  });

  it('ended, with the source the bureau relied on: the same payments; parents see the decision and its source', () => {
    const rules = rulesFor(policy('ended', SOURCE));
    expect(answer(evaluateChild(child('2024-06-15', 2), AS_OF, rules))[CARE800]).toEqual(['2024 80000 expired 2024-06-15..2025-12-31']);
    expect(answer(evaluateChild(child('2025-05-12', 2), AS_OF, rules))[CARE800]).toBe(
      '2025年5月12日出生：县卫生健康局公布：县育儿补助发放至2024年度，2025年起不再发放',
    );
    expect(ruleById(CARE800, rules)!.basis.map((b) => b.document)).toContain(SOURCE);
  });

  it('continues, with its source: every year until the 3rd birthday, each year claimable in that year', () => {
    const rules = rulesFor(policy('continues', SOURCE));
    expect(answer(evaluateChild(child('2024-06-15', 2), AS_OF, rules))[CARE800]).toEqual([
      '2024 80000 expired 2024-06-15..2025-12-31',
      '2025 80000 expired 2025-01-01..2025-12-31',
      '2026 80000 claimable 2026-01-01..2026-12-31',
      '2027 80000 upcoming 2027-01-01..2027-12-31',
    ]);
    expect(answer(evaluateChild(child('2025-05-12', 3), AS_OF, rules))[CARE800]).toEqual([
      '2025 80000 claimable 2025-05-12..2026-12-31',
      '2026 80000 claimable 2026-01-01..2026-12-31',
      '2027 80000 upcoming 2027-01-01..2027-12-31',
      '2028 80000 upcoming 2028-01-01..2028-12-31',
    ]);
    // Still only 二孩、三孩 born 2023–2025 (the plan's own window).
    expect(answer(evaluateChild(child('2026-01-05', 2), AS_OF, rules))[CARE800]).toMatch(
      /只适用于2023年1月1日至2025年12月31日出生的二孩、三孩/,
    );
    expect(parentText(rules)).toContain(SOURCE);
  });

  it('a setting without a source is not shown as a decision to parents', () => {
    expect(ruleById(CARE800, rulesFor(policy('ended')))!.basis).toHaveLength(1);
  });
});
