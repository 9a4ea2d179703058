// What a working mother is owed besides her leave days: the daily 哺乳 hour, 产前检查 in working time,
// and the 生育津贴 (maternity allowance) paid for her leave days. Every number and every rule here sits
// next to its source, like LEAVE_RULES (leaveRules.ts); the code in nursingTime.ts and
// maternityAllowance.ts only reads them. Parents see `source`; what is still to be checked about
// these rules is kept staff-only in openQuestions.ts.
import type { MaternityPartKey } from './leaveCalculator';

const SPECIAL = '《女职工劳动保护特别规定》（国务院令第619号）';
const SOCIAL_INSURANCE = '《中华人民共和国社会保险法》';
const COUNTY = '盈发〔2023〕8号《盈江县优化生育政策促进人口长期均衡发展实施方案》';

export const NURSING_RULES = {
  hoursPerDay: {
    value: 1,
    source: `${SPECIAL}第九条：用人单位应当在每天的劳动时间内为哺乳期女职工安排1小时哺乳时间。`,
  },
  extraHoursPerExtraBaby: {
    value: 1,
    source: `${SPECIAL}第九条：女职工生育多胞胎的，每多哺乳1个婴儿每天增加1小时哺乳时间。`,
  },
  untilAgeYears: {
    value: 1,
    source: `${SPECIAL}第九条：对哺乳未满1周岁婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动。`,
  },
} as const;

export const PRENATAL_CHECK_RULES = {
  inWorkingTime: {
    source: `${SPECIAL}第六条：怀孕女职工在劳动时间内进行产前检查，所需时间计入劳动时间。`,
  },
  lighterWork: {
    source: `${SPECIAL}第六条：女职工在孕期不能适应原劳动的，用人单位应当根据医疗机构的证明，予以减轻劳动量或者安排其他能够适应的劳动。`,
  },
  sevenMonths: {
    source: `${SPECIAL}第六条：对怀孕7个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动，并应当在劳动时间内安排一定的休息时间。`,
  },
} as const;

/** Which part of the 产假 a 生育津贴 day comes from, and the rule that makes it a paid day. */
export interface PaidDaysRule {
  paid: boolean;
  source: string;
}

export const ALLOWANCE_RULES = {
  /** The daily rate: the employer's average monthly wage of the previous year ÷ this. */
  daysPerMonth: {
    value: 30,
    source: '生育津贴按日计发：日津贴 = 用人单位上年度职工月平均工资 ÷ 30，乘以享受生育津贴的假期天数。',
  },
  wageBasis: {
    source:
      `${SOCIAL_INSURANCE}第五十六条：生育津贴按照职工所在用人单位上年度职工月平均工资计发。` +
      `${SPECIAL}第八条：对已经参加生育保险的，按照用人单位上年度职工月平均工资的标准由生育保险基金支付；对未参加生育保险的，按照女职工产假前工资的标准由用人单位支付。`,
  },
  /** Each part of the 产假 (leaveCalculator's breakdown) and whether its days count. */
  paidDays: {
    national: {
      paid: true,
      source: `${SOCIAL_INSURANCE}第五十六条：女职工生育享受产假的，可以按照国家规定享受生育津贴；${SPECIAL}第七条、第八条：98天产假期间的生育津贴。`,
    },
    difficult: { paid: true, source: `${SPECIAL}第七条、第八条：难产增加的15天属于产假，产假期间享受生育津贴。` },
    multiple: { paid: true, source: `${SPECIAL}第七条、第八条：多胞胎每多生育1个婴儿增加的15天属于产假，产假期间享受生育津贴。` },
    yunnan: {
      paid: true,
      source:
        '《云南省人口与计划生育条例》：女方除享受国家规定的产假外，延长生育假60天；' +
        `${COUNTY} 二(四)4：妇女怀孕、生育和哺乳期间……休假期间工资、福利待遇不变。`,
    },
  } satisfies Record<MaternityPartKey, PaidDaysRule>,
  /** Upper bound of the wage field: a typing error guard, not a policy figure. */
  maxMonthlyWageYuan: {
    value: 1_000_000,
    source: '月平均工资的填写上限，仅用于防止误填，不是政策规定。',
  },
} as const;
