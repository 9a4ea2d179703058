// Every subsidy the service knows, as data with its source (docs/decisions.md §3). The county could read
// this file: each amount, window and deadline sits next to the sentence it comes from, and what is
// not confirmed yet is in openQuestions.ts (a source's own doubt in its `toConfirm`). Changing a number here changes every page, the server's
// check and the CSV; no code path holds a policy value.
//
// The county's own promise is 盈发〔2023〕8号 二（四）1 and 二（五）2 (docs/policy/yingjiang-fertility-policy-2023.txt).
import type { RuleSet, SubsidyRule } from './ruleTypes';

export type { DateWindow, Deadline, RuleSet, RuleSettings, SubsidyRule } from './ruleTypes';

const COUNTY_PLAN = '《盈江县优化生育政策促进人口长期均衡发展实施方案》（盈发〔2023〕8号，2023年4月23日印发）';
const COUNTY_ISSUER = '中共盈江县委、盈江县人民政府';
const SUBSIDY_SENTENCE =
  '2023年1月1日至2025年12月31日，对新出生并户口登记在云南省盈江县的二孩、三孩分别发放2000元、5000元的一次性生育补贴，并按年度发放800元育儿补助；';
const INSURANCE_SENTENCE = '对新出生并户口登记在云南省盈江县的婴幼儿购买意外伤害险给予每人每年50元参保补贴。';

const NATIONAL_PLAN = '《育儿补贴制度实施方案》（中共中央办公厅、国务院办公厅，2025年7月28日公布）';
// As published by 新华社 on 2025-07-28 (e.g. https://donews.nvneinei.com/52489.html reprints it).
const NATIONAL_SENTENCE =
  '从2025年1月1日起，对符合法律法规规定生育的3周岁以下婴幼儿发放补贴，至其年满3周岁。育儿补贴按年发放，现阶段国家基础标准为每孩每年3600元。其中，对2025年1月1日之前出生、不满3周岁的婴幼儿，按应补贴月数折算计发补贴。';
const NATIONAL_LOCAL_SENTENCE = '县级以下政府不得自行出台育儿补贴政策或标准';
const NATIONAL_ANSWERS = '国务院新闻办公室、国家卫生健康委就《育儿补贴制度实施方案》答记者问（2025年7月）';
const YUNNAN_RULES = '云南省育儿补贴制度实施细则';

export const COUNTY_BIRTH_ONCE = 'county-birth-once';
export const COUNTY_CHILDCARE_YEARLY = 'county-childcare-yearly';
export const COUNTY_INSURANCE_YEARLY = 'county-insurance-yearly';
export const NATIONAL_CHILDCARE = 'national-childcare';
export const BEREAVED_PARENT_CARE = 'bereaved-parent-care';

const countyBirthOnce: SubsidyRule = {
  id: COUNTY_BIRTH_ONCE,
  name: '县一次性生育补贴',
  issuer: COUNTY_ISSUER,
  basis: [{ document: COUNTY_PLAN, clause: '二（四）1', quote: SUBSIDY_SENTENCE }],
  subject: 'child',
  effective: { births: { from: '2023-01-01', to: '2025-12-31' } },
  eligibility: { hukou: 'first-spell-local', birthOrders: [2, 3] },
  amount: { kind: 'byOrder', fen: { 2: 200000, 3: 500000 } },
  schedule: { kind: 'once' },
  proration: 'none',
  apply: { by: { kind: 'end-of-year', of: 'birth', plusYears: 1 } },
  notes: ['方案只写了二孩、三孩：四孩及以上不在本补贴范围内。'],
};

const countyChildcareYearly: SubsidyRule = {
  id: COUNTY_CHILDCARE_YEARLY,
  name: '县育儿补助',
  issuer: COUNTY_ISSUER,
  basis: [{ document: COUNTY_PLAN, clause: '二（四）1', quote: SUBSIDY_SENTENCE }],
  subject: 'child',
  // Paid for 2023 and 2024 here; whether it continues from 2025 is the health bureau's setting
  // (policySettings.ts: rulesFor), which also says what parents are told.
  effective: { births: { from: '2023-01-01', to: '2025-12-31' }, periods: { from: '2023-01-01', to: '2024-12-31' } },
  eligibility: { hukou: 'first-spell-local', birthOrders: [2, 3] },
  amount: { kind: 'byOrder', fen: { 2: 80000, 3: 80000 } },
  schedule: { kind: 'yearly' },
  proration: 'none',
  apply: { by: { kind: 'date', date: '2025-12-31' } },
  closedNote: '2025年及以后年度的县育儿补助暂未开放申领',
};

const countyInsuranceYearly: SubsidyRule = {
  id: COUNTY_INSURANCE_YEARLY,
  name: '意外伤害险参保补贴',
  issuer: COUNTY_ISSUER,
  basis: [{ document: COUNTY_PLAN, clause: '二（四）1', quote: INSURANCE_SENTENCE }],
  subject: 'child',
  effective: { births: { from: '2023-01-01', to: '2025-12-31' } },
  eligibility: { hukou: 'first-spell-local' },
  amount: { kind: 'flat', fen: 5000 },
  schedule: { kind: 'yearly', untilAgeYears: 3 },
  proration: 'none',
  // “购买意外伤害险给予……参保补贴”: a subsidy towards a premium paid, so only against a policy bought.
  requires: 'insurance-policy',
  // The first claim follows the same rhythm as every other birth benefit (the birth year or the next),
  // so a family applying once after the birth is not already late for the birth year's premium.
  apply: {
    firstPeriodBy: { kind: 'end-of-year', of: 'birth', plusYears: 1 },
    by: { kind: 'end-of-year', of: 'period', plusYears: 0 },
  },
  notes: ['参保补贴按家长为孩子购买的意外伤害保险发放：申领时填写保险公司、保单号和保险期间，保险期间覆盖的年度每年50元。'],
};

const nationalChildcare: SubsidyRule = {
  id: NATIONAL_CHILDCARE,
  name: '国家育儿补贴',
  issuer: '中共中央办公厅、国务院办公厅（云南省组织实施，县卫生健康局受理）',
  basis: [
    { document: NATIONAL_PLAN, clause: '补贴对象和标准', quote: NATIONAL_SENTENCE, toConfirm: '条款号待核' },
    { document: NATIONAL_PLAN, clause: '组织实施', quote: `${NATIONAL_LOCAL_SENTENCE}。`, toConfirm: '条款号待核' },
    {
      document: NATIONAL_ANSWERS,
      clause: '2025年1月1日之前出生婴幼儿的补贴月数',
      quote: '按应补贴月数折算，自2025年1月起计算至年满3周岁当月：2023年12月出生的可领取24个月补贴，2022年1月出生的可领取1个月补贴。',
      toConfirm: '答问原文未存档，按公开报道转述；待与原文逐字核对',
    },
    { document: YUNNAN_RULES, clause: '申领程序', toConfirm: '细则文号与条款号待核' },
  ],
  subject: 'child',
  effective: { periods: { from: '2025-01-01' } },
  eligibility: { hukou: 'local' },
  amount: { kind: 'flat', fen: 30000 },
  schedule: { kind: 'monthly', untilAgeYears: 3, limitMonthCountsForBirthsBefore: '2025-01-01' },
  proration: 'months',
  apply: {
    firstPeriodBy: { kind: 'end-of-year', of: 'birth', plusYears: 1, notBefore: '2025-12-31' },
    by: { kind: 'end-of-year', of: 'period', plusYears: 0 },
  },
  notes: [
    '国家基础标准每孩每年3600元（每月300元），按年发放；县级不得自行调整标准。',
    '户口在云南省内其他县（市、区）或省外的，向户籍所在地申领；户口迁出盈江县的，自迁出次月起停发。',
    '双胞胎、多胞胎每个孩子分别计算。',
  ],
};

const bereavedParentCare: SubsidyRule = {
  id: BEREAVED_PARENT_CARE,
  name: '失独父母护理补贴',
  issuer: '德宏州、盈江县（资金按州县财政体制分担）',
  basis: [
    {
      document: COUNTY_PLAN,
      clause: '二（五）2',
      quote: '州县对被依法鉴定为伤病残达到三级以上的失独父母，每人每月发放300元护理补贴，资金按州县财政体制分担。',
    },
  ],
  subject: 'parent',
  effective: { periods: { from: '2023-01-01' } },
  eligibility: { maxDisabilityGrade: 3 },
  amount: { kind: 'flat', fen: 30000 },
  schedule: { kind: 'monthly' },
  proration: 'months',
  apply: {
    firstPeriodBy: { kind: 'end-of-year', of: 'period', plusYears: 1 },
    by: { kind: 'end-of-year', of: 'period', plusYears: 0 },
  },
  notes: ['“三级以上”指伤病残一至三级。按年度、每人分别申领。'],
};

export const RULES: RuleSet = {
  version: '2026-11-01',
  rules: [countyBirthOnce, countyChildcareYearly, countyInsuranceYearly, nationalChildcare, bereavedParentCare],
  settings: { multipleBirthOrder: 'sequential', monthCounting: 'birth-month-in' },
  settingNotes: {
    multipleBirthOrder:
      '双胞胎、多胞胎按出生先后依次计算孩次（头胎双胞胎为一孩和二孩）。方案未写明，待县卫生健康局确认；另一口径为同胎孩子孩次相同。',
    monthCounting:
      '2025年1月1日及以后出生的孩子，育儿补贴按月计算时出生当月计入、满3周岁当月不计入（正好36个月）。待按云南实施细则确认；另一口径为出生当月不计、满3周岁当月计入。2025年1月1日之前出生的孩子不受此设置影响：按国家答问自2025年1月计至满3周岁当月。',
  },
};

export function ruleById(id: string, rules: RuleSet = RULES): SubsidyRule | undefined {
  return rules.rules.find((rule) => rule.id === id);
}
