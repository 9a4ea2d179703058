// The bureau's 妇幼 indicators (seed 二(二)): what each counts, over what, and where that definition
// comes from. maternalChildIndicators.ts computes them from the facts exactly as written here; the
// dashboard and the yearly report show `definition` and `source` beside each figure. Staff pages
// only — what is still to be checked is in MATERNAL_CHILD_INDICATOR_QUESTIONS.
import type { Citation } from '../maternal/types';

export type MaternalChildIndicatorKey =
  | 'earlyBooking'
  | 'prenatalChecks'
  | 'postpartumVisit'
  | 'maternalSystemManagement'
  | 'newbornVisit'
  | 'under3SystemManagement'
  | 'under7HealthManagement';

export interface IndicatorDefinition {
  key: MaternalChildIndicatorKey;
  name: string;
  numerator: string;
  denominator: string;
  source: Citation;
}

const MATERNAL_SPEC = '《国家基本公共卫生服务规范（第三版）》（国卫基层发〔2017〕13号）孕产妇健康管理服务规范';
const CHILD_SPEC = '《国家基本公共卫生服务规范（第三版）》（国卫基层发〔2017〕13号）0～6岁儿童健康管理服务规范';
const ANNUAL_REPORT = '国家卫生健康统计调查制度 妇幼卫生年报（指标解释）';

/** The checks that make a pregnancy's care complete under the 规范: 建册 before 13 weeks, 5 checks, a postnatal visit. */
export const EARLY_BOOKING_BEFORE_DAYS = 13 * 7;
export const MIN_PRENATAL_CHECKS = 5;
/** 产后访视 and 新生儿访视 count when made within 28 days (the 规范's indicators). */
export const VISIT_WITHIN_DAYS = 28;
/** 3岁以下儿童系统管理: the 4:2:2 checks due by age (months), the 新生儿访视 and 满月 not counted. */
export const UNDER3_CHECK_MONTHS: readonly number[] = [3, 6, 8, 12, 18, 24, 30, 36];
/** Checks before this many days of age are the newborn's (访视, 满月) and do not count toward 4:2:2. */
export const UNDER3_CHECKS_FROM_DAY = 31;

export const MATERNAL_CHILD_INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'earlyBooking',
    name: '早孕建册率',
    numerator: '期内分娩的产妇中，孕13周之前建册并进行第一次产前检查的人数',
    denominator: '期内分娩的产妇人数（活产数按产妇计）',
    source: {
      document: MATERNAL_SPEC,
      clause: '四、工作指标：早孕建册率＝辖区内孕13周之前建册并进行第一次产前检查的产妇人数/该地该时间段内活产数×100%',
    },
  },
  {
    key: 'prenatalChecks',
    name: '产前检查率（5次及以上）',
    numerator: '期内分娩的产妇中，孕期接受5次及以上产前检查（含建册检查）的人数',
    denominator: '期内分娩的产妇人数',
    source: {
      document: MATERNAL_SPEC,
      clause: '二、服务内容：孕早期健康管理1次，孕中期健康管理2次（孕16～20周、21～24周），孕晚期健康管理2次（孕28～36周、37～40周）',
    },
  },
  {
    key: 'postpartumVisit',
    name: '产后访视率',
    numerator: '期内分娩的产妇中，产后28天内接受过产后访视的人数',
    denominator: '期内分娩的产妇人数',
    source: {
      document: MATERNAL_SPEC,
      clause: '四、工作指标：产后访视率＝辖区内产妇出院后28天内接受过产后访视的产妇人数/该地该时间内活产数×100%',
    },
  },
  {
    key: 'maternalSystemManagement',
    name: '孕产妇系统管理率',
    numerator: '期内分娩的产妇中，同时做到孕13周前建册、5次及以上产前检查和产后28天内访视的人数',
    denominator: '期内分娩的产妇人数',
    source: {
      document: ANNUAL_REPORT,
      clause: '孕产妇系统管理率＝孕产妇系统管理人数/活产数×100%（系统管理：早孕建册、孕期至少5次产前检查、产后访视）',
    },
  },
  {
    key: 'newbornVisit',
    name: '新生儿访视率',
    numerator: '期内出生的儿童中，出生后28天内接受过新生儿家庭访视的人数',
    denominator: '期内出生的儿童数（活产数）',
    source: {
      document: CHILD_SPEC,
      clause: '四、工作指标：新生儿访视率＝年度辖区内按照规范要求接受1次及以上访视的新生儿人数/年度辖区内活产数×100%',
    },
  },
  {
    key: 'under3SystemManagement',
    name: '3岁以下儿童系统管理率',
    numerator:
      '期末未满3岁、已满3月龄的儿童中，按4:2:2要求（3、6、8、12、18、24、30、36月龄）到期末应做的健康检查均已做的人数（新生儿访视、满月检查不计）',
    denominator: '期末未满3岁、已满3月龄的儿童数',
    source: {
      document: ANNUAL_REPORT,
      clause: '3岁以下儿童系统管理率＝3岁以下儿童系统管理人数/3岁以下儿童数×100%（系统管理：按年龄要求接受4:2:2体格检查，新生儿访视不计）',
    },
  },
  {
    key: 'under7HealthManagement',
    name: '7岁以下儿童健康管理率',
    numerator: '期末未满7岁的儿童中，期内接受过1次及以上健康检查或访视的人数',
    denominator: '期末未满7岁、期末前出生的儿童数',
    source: {
      document: CHILD_SPEC,
      clause: '四、工作指标：儿童健康管理率＝年度辖区内接受1次及以上随访的0～6岁儿童数/年度辖区内0～6岁儿童数×100%',
    },
  },
];

export const RISK_SHARE_DEFINITION = {
  name: '妊娠风险分级构成',
  numerator: '期内在管的孕产妇中，最近一次妊娠风险评估为该颜色的人数（同时有两种颜色的各计一次）',
  denominator: '期内在管（期末前已建册、期初前未分娩）且做过妊娠风险评估的孕产妇人数',
  source: {
    document: '《孕产妇妊娠风险评估与管理工作规范》（国卫办妇幼发〔2017〕35号）',
    clause: '妊娠风险评估分级：绿、黄、橙、红、紫；橙色及以上纳入高危孕产妇专案管理',
  } satisfies Citation,
} as const;

/** Staff-only: what about these definitions is still to be checked. */
export const MATERNAL_CHILD_INDICATOR_QUESTIONS: Readonly<Partial<Record<MaternalChildIndicatorKey | 'riskShare', string>>> = {
  prenatalChecks:
    '妇幼卫生年报的“产前检查率”以接受过1次及以上产前检查计；本看板按议题要求以5次及以上计（规范规定的最少次数），上报时请注意口径。',
  maternalSystemManagement:
    '年报指标解释的版本与文号待核；部分版本还要求产后42天健康检查或住院分娩，本看板按早孕建册、5次产检、产后访视三项计。',
  under3SystemManagement: '“按年龄要求”按到期末应到的检查次数计（未满3月龄的不计入分母），年报指标解释的版本与文号待核。',
  under7HealthManagement: '分母按系统内有出生记录的儿童计，不含未在本系统登记的常住儿童；与年报的“7岁以下儿童数”口径可能不同。',
};
