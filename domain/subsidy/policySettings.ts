// Policy questions the health bureau answers, with the source it relied on (migration 0010): the
// engine runs on the rule set these answers give (rulesFor). Today one question: whether the county's
// 800元/年 育儿补助 (盈发〔2023〕8号 二（四）1) continues after the national 育儿补贴 began on
// 2025-01-01. The national plan makes 3 600 元 a base that provinces and prefectures may top up and
// forbids governments below them from setting their own (《育儿补贴制度实施方案》: 县级以下政府不得自行
// 出台育儿补贴政策或标准); whether 云南 ended the county allowance was not found in any source. Until the
// bureau decides, parents are told only that the 2025-and-later years are not open for claims.
import { COUNTY_CHILDCARE_YEARLY, RULES } from './rules';
import type { RuleSet, SubsidyRule } from './ruleTypes';

export type CountyChildcareAfter2025 = 'undecided' | 'ended' | 'continues';

export const COUNTY_CHILDCARE_AFTER_2025 = 'countyChildcareAfter2025';

export interface PolicySettingView<V extends string> {
  value: V;
  /** The document (and clause) the bureau relied on; absent while undecided by default. */
  source?: string;
  /** Shanghai day the bureau set it. */
  decidedOn?: string;
}

export interface SubsidyPolicy {
  countyChildcareAfter2025: PolicySettingView<CountyChildcareAfter2025>;
}

export const DEFAULT_SUBSIDY_POLICY: SubsidyPolicy = { countyChildcareAfter2025: { value: 'undecided' } };

export const COUNTY_CHILDCARE_OPTIONS: Readonly<Record<CountyChildcareAfter2025, { label: string; effect: string }>> = {
  undecided: { label: '尚未确定', effect: '只发放2023、2024年度；2025年及以后年度不开放申领，家长只看到“暂未开放申领”。' },
  ended: { label: '2025年起停发', effect: '只发放2023、2024年度；家长看到县卫生健康局公布的停发依据。' },
  continues: { label: '2025年起继续发放', effect: '二孩、三孩每年度800元，发放至满3周岁；家长看到县卫生健康局公布的依据。' },
};

export const SETTING_SOURCE_MIN_LENGTH = 6;
export const SETTING_SOURCE_MAX_LENGTH = 200;

const LAST_PLAN_YEAR_END = '2024-12-31';

function countyChildcareFor(base: SubsidyRule, setting: PolicySettingView<CountyChildcareAfter2025>): SubsidyRule {
  const decided = setting.value !== 'undecided' && setting.source;
  const basis = decided
    ? [
        ...base.basis,
        { document: setting.source!, clause: `县卫生健康局${setting.decidedOn ? `于${setting.decidedOn}` : ''}确认的执行口径` },
      ]
    : base.basis;
  if (setting.value === 'continues') {
    return {
      ...base,
      basis,
      effective: { ...base.effective, periods: { from: base.effective.periods?.from } },
      schedule: { kind: 'yearly', untilAgeYears: 3 },
      apply: { firstPeriodBy: { kind: 'end-of-year', of: 'birth', plusYears: 1 }, by: { kind: 'end-of-year', of: 'period', plusYears: 0 } },
      closedNote: undefined,
      notes: [...(base.notes ?? []), '2025年起继续按年度发放，每年度800元，发放至孩子满3周岁。'],
    };
  }
  const periods = { from: base.effective.periods?.from, to: LAST_PLAN_YEAR_END };
  if (setting.value === 'ended') {
    return {
      ...base,
      basis,
      effective: { ...base.effective, periods },
      closedNote: '县卫生健康局公布：县育儿补助发放至2024年度，2025年起不再发放',
    };
  }
  return { ...base, effective: { ...base.effective, periods } };
}

/** The rule set the engine runs on under these answers. */
export function rulesFor(policy: SubsidyPolicy = DEFAULT_SUBSIDY_POLICY, base: RuleSet = RULES): RuleSet {
  return {
    ...base,
    rules: base.rules.map((r) => (r.id === COUNTY_CHILDCARE_YEARLY ? countyChildcareFor(r, policy.countyChildcareAfter2025) : r)),
  };
}
