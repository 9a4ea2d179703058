import { evaluateChild } from '../../domain/subsidy/engine';
import { RULES } from '../../domain/subsidy/rules';
import type { RuleSet, RuleSettings } from '../../domain/subsidy/rules';
import type { ChildFacts } from '../../domain/subsidy/types';
import { CARE800, INSURANCE, NATIONAL, ONCE, answer, child, spells, totalFen } from './subsidyHelpers';

const AS_OF = '2026-11-28';

const withSettings = (settings: Partial<RuleSettings>): RuleSet => ({ ...RULES, settings: { ...RULES.settings, ...settings } });
const BIRTHDAY_MONTH_IN = withSettings({ monthCounting: 'birthday-month-in' });
const SAME_ORDER = withSettings({ multipleBirthOrder: 'same' });

const WINDOW_2_3 = '只适用于2023年1月1日至2025年12月31日出生的二孩、三孩';
const NO_HUKOU = '尚未办理户口登记：户口登记完成后可申领';
const ASK_HOME = '户口不在盈江县，请向户籍所在地县（市、区）申领';

interface Case {
  name: string;
  child: ChildFacts;
  asOf?: string;
  rules?: RuleSet;
  expect: Record<string, string[] | string>;
}

const CASES: Case[] = [
  // ---- birth-date windows ------------------------------------------------------------------------
  {
    name: 'born 2022-12-31, 2nd: before every county window; national 2025 Jan–Dec (born before 2025: the 3rd-birthday month counts)',
    child: child('2022-12-31', 2),
    expect: {
      [ONCE]: `2022年12月31日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年12月31日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年12月31日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 360000 12m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: 'born 2023-01-01, 2nd: first day of the county window; 3rd birthday 2026-01-01 ends insurance with 2025; national January 2026 (the birthday month) counts',
    child: child('2023-01-01', 2),
    expect: {
      [ONCE]: ['once 200000 expired 2023-01-01..2024-12-31'],
      [CARE800]: ['2023 80000 expired 2023-01-01..2025-12-31', '2024 80000 expired 2024-01-01..2025-12-31'],
      [INSURANCE]: [
        '2023 5000 expired 2023-01-01..2024-12-31',
        '2024 5000 expired 2024-01-01..2024-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m expired 2025-01-01..2025-12-31', '2026 30000 1m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'born 2023-01-02, 2nd: still under 3 on 2026-01-01, so insurance pays 2026 too; national January 2026 (the birthday month) counts',
    child: child('2023-01-02', 2),
    expect: {
      [ONCE]: ['once 200000 expired 2023-01-02..2024-12-31'],
      [CARE800]: ['2023 80000 expired 2023-01-02..2025-12-31', '2024 80000 expired 2024-01-01..2025-12-31'],
      [INSURANCE]: [
        '2023 5000 expired 2023-01-02..2024-12-31',
        '2024 5000 expired 2024-01-01..2024-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m expired 2025-01-01..2025-12-31', '2026 30000 1m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'born 2025-12-31, 3rd: last day of the county window; 800 not open for 2025 births until the bureau decides; national 36 months over four years',
    child: child('2025-12-31', 3),
    expect: {
      [ONCE]: ['once 500000 claimable 2025-12-31..2026-12-31'],
      [CARE800]: '2025年12月31日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: [
        '2025 5000 claimable 2025-12-31..2026-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
        '2028 5000 upcoming 2028-01-01..2028-12-31',
      ],
      [NATIONAL]: [
        '2025 30000 1m claimable 2025-12-31..2026-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 330000 11m upcoming 2028-01-01..2028-12-31',
      ],
    },
  },
  {
    name: 'born 2026-01-01, 2nd: after every county window; national exactly 36 months',
    child: child('2026-01-01', 2),
    expect: {
      [ONCE]: `2026年1月1日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2026年1月1日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2026年1月1日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: [
        '2026 360000 12m claimable 2026-01-01..2027-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 360000 12m upcoming 2028-01-01..2028-12-31',
      ],
    },
  },
  {
    name: "born 2026-01-01 with 'birthday-month-in': birth month excluded, 3rd-birthday month (2029-01) included",
    child: child('2026-01-01', 2),
    rules: BIRTHDAY_MONTH_IN,
    expect: {
      [ONCE]: `2026年1月1日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2026年1月1日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2026年1月1日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: [
        '2026 330000 11m claimable 2026-01-01..2027-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 360000 12m upcoming 2028-01-01..2028-12-31',
        '2029 30000 1m upcoming 2029-01-01..2029-12-31',
      ],
    },
  },

  // ---- the 3rd birthday against the national start (2025-01-01) ---------------------------------
  {
    name: 'born 2022-01-01: 3 on the day the national subsidy starts — January 2025, the birthday month, counts',
    child: child('2022-01-01', 1),
    expect: {
      [ONCE]: `2022年1月1日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年1月1日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年1月1日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 30000 1m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: 'born 2022-01-31: the birthday month (January 2025) counts — 300 yuan',
    child: child('2022-01-31', 1),
    expect: {
      [ONCE]: `2022年1月31日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年1月31日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年1月31日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 30000 1m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: 'born 2022-02-01: January and February 2025 (the birthday month) count — 600 yuan',
    child: child('2022-02-01', 1),
    expect: {
      [ONCE]: `2022年2月1日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年2月1日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年2月1日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 60000 2m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: "born 2022-01-01 with 'birthday-month-in': the month of the 3rd birthday (2025-01) counts",
    child: child('2022-01-01', 1),
    rules: BIRTHDAY_MONTH_IN,
    expect: {
      [ONCE]: `2022年1月1日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年1月1日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年1月1日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 30000 1m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: "born 2021-12-31 with 'birthday-month-in': 3 before the start — nothing",
    child: child('2021-12-31', 1),
    rules: BIRTHDAY_MONTH_IN,
    expect: {
      [ONCE]: `2021年12月31日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2021年12月31日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2021年12月31日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: '2021年12月31日出生，2024年12月31日满三周岁：国家育儿补贴自2025年1月1日起发放（满三周岁当月计入），没有可发放的月份',
    },
  },

  // ---- born before 2025: the months still under 3 ------------------------------------------------
  {
    name: 'born 2022-03-15: 2025-01 to 2025-03 (the birthday month) = 900 yuan',
    child: child('2022-03-15', 1),
    expect: {
      [ONCE]: `2022年3月15日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年3月15日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年3月15日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 90000 3m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: "born 2022-03-15 with 'birthday-month-in': 2025-01 to 2025-03 = 900 yuan",
    child: child('2022-03-15', 1),
    rules: BIRTHDAY_MONTH_IN,
    expect: {
      [ONCE]: `2022年3月15日出生：县一次性生育补贴${WINDOW_2_3}`,
      [CARE800]: `2022年3月15日出生：县育儿补助${WINDOW_2_3}`,
      [INSURANCE]: '2022年3月15日出生：意外伤害险参保补贴只适用于2023年1月1日至2025年12月31日出生的孩子',
      [NATIONAL]: ['2025 90000 3m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: 'born 2023-05-10, 1st: national 2025 full year, 2026 Jan–May (the birthday month counts)',
    child: child('2023-05-10', 1),
    expect: {
      [ONCE]: '一孩：县一次性生育补贴只适用于二孩、三孩',
      [CARE800]: '一孩：县育儿补助只适用于二孩、三孩',
      [INSURANCE]: [
        '2023 5000 expired 2023-05-10..2024-12-31',
        '2024 5000 expired 2024-01-01..2024-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m expired 2025-01-01..2025-12-31', '2026 150000 5m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: "born 2023-05-10 with 'birthday-month-in': 2026 Jan–May",
    child: child('2023-05-10', 1),
    rules: BIRTHDAY_MONTH_IN,
    expect: {
      [ONCE]: '一孩：县一次性生育补贴只适用于二孩、三孩',
      [CARE800]: '一孩：县育儿补助只适用于二孩、三孩',
      [INSURANCE]: [
        '2023 5000 expired 2023-05-10..2024-12-31',
        '2024 5000 expired 2024-01-01..2024-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m expired 2025-01-01..2025-12-31', '2026 150000 5m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'born 2024-06-15, 2nd: 800 for 2024 only; national 2025, 2026, 2027 Jan–Jun (the birthday month counts)',
    child: child('2024-06-15', 2),
    expect: {
      [ONCE]: ['once 200000 expired 2024-06-15..2025-12-31'],
      [CARE800]: ['2024 80000 expired 2024-06-15..2025-12-31'],
      [INSURANCE]: [
        '2024 5000 expired 2024-06-15..2025-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
      ],
      [NATIONAL]: [
        '2025 360000 12m expired 2025-01-01..2025-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 180000 6m upcoming 2027-01-01..2027-12-31',
      ],
    },
  },

  // ---- 孩次 and multiple births --------------------------------------------------------------------
  {
    name: "first-birth twins, 'sequential': the 1st twin is a 1st child",
    child: child('2025-05-12', 1, { multipleBirth: { index: 1, of: 2 } }),
    expect: {
      [ONCE]: '一孩（双胞胎第1个）：县一次性生育补贴只适用于二孩、三孩',
      [CARE800]: '一孩（双胞胎第1个）：县育儿补助只适用于二孩、三孩',
      [INSURANCE]: [
        '2025 5000 claimable 2025-05-12..2026-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
        '2028 5000 upcoming 2028-01-01..2028-12-31',
      ],
      [NATIONAL]: [
        '2025 240000 8m claimable 2025-05-12..2026-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 120000 4m upcoming 2028-01-01..2028-12-31',
      ],
    },
  },
  {
    name: "first-birth twins, 'sequential': the 2nd twin gets the 2nd-child subsidy",
    child: child('2025-05-12', 1, { multipleBirth: { index: 2, of: 2 } }),
    expect: {
      [ONCE]: ['once 200000 claimable 2025-05-12..2026-12-31'],
      [CARE800]: '2025年5月12日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: [
        '2025 5000 claimable 2025-05-12..2026-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
        '2028 5000 upcoming 2028-01-01..2028-12-31',
      ],
      [NATIONAL]: [
        '2025 240000 8m claimable 2025-05-12..2026-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 120000 4m upcoming 2028-01-01..2028-12-31',
      ],
    },
  },
  {
    name: "first-birth twins, 'same': the 2nd twin is a 1st child too",
    child: child('2025-05-12', 1, { multipleBirth: { index: 2, of: 2 } }),
    rules: SAME_ORDER,
    expect: {
      [ONCE]: '一孩（双胞胎第2个）：县一次性生育补贴只适用于二孩、三孩',
      [CARE800]: '一孩（双胞胎第2个）：县育儿补助只适用于二孩、三孩',
      [INSURANCE]: [
        '2025 5000 claimable 2025-05-12..2026-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
        '2028 5000 upcoming 2028-01-01..2028-12-31',
      ],
      [NATIONAL]: [
        '2025 240000 8m claimable 2025-05-12..2026-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 120000 4m upcoming 2028-01-01..2028-12-31',
      ],
    },
  },
  {
    name: '4th child: not in the county plan (二孩、三孩 only); insurance and national still pay',
    child: child('2024-03-01', 4),
    expect: {
      [ONCE]: '四孩及以上：县一次性生育补贴只适用于二孩、三孩',
      [CARE800]: '四孩及以上：县育儿补助只适用于二孩、三孩',
      [INSURANCE]: [
        '2024 5000 expired 2024-03-01..2025-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
      ],
      [NATIONAL]: [
        '2025 360000 12m expired 2025-01-01..2025-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 90000 3m upcoming 2027-01-01..2027-12-31',
      ],
    },
  },

  // ---- hukou ---------------------------------------------------------------------------------------
  {
    name: 'hukou moved out 2026-06-15: national paid to June 2026, insurance for 2026, nothing later; once already expired',
    child: child('2024-08-20', 2, { hukou: spells(['yingjiang', '2024-08-25'], ['yunnan_other', '2026-06-15']) }),
    expect: {
      [ONCE]: ['once 200000 expired 2024-08-25..2025-12-31'],
      [CARE800]: ['2024 80000 expired 2024-08-25..2025-12-31'],
      [INSURANCE]: [
        '2024 5000 expired 2024-08-25..2025-12-31',
        '2025 5000 expired 2025-01-01..2025-12-31',
        '2026 5000 claimable 2026-01-01..2026-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m expired 2025-01-01..2025-12-31', '2026 180000 6m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'hukou moved out before the one-time subsidy was claimed: not applicable, with the move date',
    child: child('2025-05-12', 2, { hukou: spells(['yingjiang', '2025-05-20'], ['outside_yunnan', '2026-06-15']) }),
    expect: {
      [ONCE]: '户口已于2026年6月15日迁出盈江县：县一次性生育补贴须在户口迁出前申领',
      [CARE800]: '2025年5月12日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: ['2025 5000 claimable 2025-05-20..2026-12-31', '2026 5000 claimable 2026-01-01..2026-12-31'],
      [NATIONAL]: ['2025 240000 8m claimable 2025-05-20..2026-12-31', '2026 180000 6m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'the same child the day before the move: the one-time subsidy is claimable until then',
    child: child('2025-05-12', 2, { hukou: spells(['yingjiang', '2025-05-20'], ['outside_yunnan', '2026-06-15']) }),
    asOf: '2026-06-14',
    expect: {
      [ONCE]: ['once 200000 claimable 2025-05-20..2026-06-14'],
      [CARE800]: '2025年5月12日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: ['2025 5000 claimable 2025-05-20..2026-12-31', '2026 5000 claimable 2026-01-01..2026-12-31'],
      [NATIONAL]: ['2025 240000 8m claimable 2025-05-20..2026-12-31', '2026 180000 6m claimable 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'hukou moved out in 2024 (before the national subsidy began, and before the one-time deadline)',
    child: child('2023-03-10', 2, { hukou: spells(['yingjiang', '2023-03-10'], ['yunnan_other', '2024-05-01']) }),
    expect: {
      [ONCE]: '户口已于2024年5月1日迁出盈江县：县一次性生育补贴须在户口迁出前申领',
      [CARE800]: ['2023 80000 expired 2023-03-10..2025-12-31', '2024 80000 expired 2024-01-01..2025-12-31'],
      [INSURANCE]: ['2023 5000 expired 2023-03-10..2024-12-31', '2024 5000 expired 2024-01-01..2024-12-31'],
      [NATIONAL]: `户口已于2024年5月1日迁出盈江县，请向户籍所在地县（市、区）申领`,
    },
  },
  {
    name: 'hukou first registered elsewhere in Yunnan, moved into 盈江 2025-09-10: no county subsidies; national from October',
    child: child('2025-02-10', 2, { hukou: spells(['yunnan_other', '2025-02-15'], ['yingjiang', '2025-09-10']) }),
    expect: {
      [ONCE]: '户口未登记在盈江县：县一次性生育补贴只适用于新出生并户口登记在盈江县的孩子',
      [CARE800]: '2025年2月10日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: '户口未登记在盈江县：意外伤害险参保补贴只适用于新出生并户口登记在盈江县的孩子',
      [NATIONAL]: [
        '2025 90000 3m claimable 2025-09-10..2026-12-31',
        '2026 360000 12m claimable 2026-01-01..2026-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
        '2028 30000 1m upcoming 2028-01-01..2028-12-31',
      ],
    },
  },
  {
    name: 'hukou outside Yunnan: claimed at the hukou county',
    child: child('2025-02-10', 2, { hukou: spells(['outside_yunnan', '2025-02-15']) }),
    expect: {
      [ONCE]: '户口未登记在盈江县：县一次性生育补贴只适用于新出生并户口登记在盈江县的孩子',
      [CARE800]: '2025年2月10日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: '户口未登记在盈江县：意外伤害险参保补贴只适用于新出生并户口登记在盈江县的孩子',
      [NATIONAL]: ASK_HOME,
    },
  },
  {
    name: 'no hukou yet: every hukou rule waits for the registration',
    child: child('2025-12-20', 2, { hukou: [] }),
    expect: {
      [ONCE]: NO_HUKOU,
      [CARE800]: '2025年12月20日出生：2025年及以后年度的县育儿补助暂未开放申领',
      [INSURANCE]: NO_HUKOU,
      [NATIONAL]: NO_HUKOU,
    },
  },
  {
    name: 'hukou registered late (2026-01-10, after the 800 programme closed): 800 not applicable; end-of-year deadlines move to the end of 2026',
    child: child('2024-12-20', 2, { hukou: spells(['yingjiang', '2026-01-10']) }),
    expect: {
      [ONCE]: ['once 200000 claimable 2026-01-10..2026-12-31'],
      [CARE800]: '户口登记日期（2026年1月10日）晚于县育儿补助申领截止日期（2025年12月31日）',
      [INSURANCE]: [
        '2024 5000 claimable 2026-01-10..2026-12-31',
        '2025 5000 claimable 2026-01-10..2026-12-31',
        '2026 5000 claimable 2026-01-10..2026-12-31',
        '2027 5000 upcoming 2027-01-01..2027-12-31',
      ],
      [NATIONAL]: [
        '2025 360000 12m claimable 2026-01-10..2026-12-31',
        '2026 360000 12m claimable 2026-01-10..2026-12-31',
        '2027 360000 12m upcoming 2027-01-01..2027-12-31',
      ],
    },
  },

  // ---- deadlines -----------------------------------------------------------------------------------
  {
    name: 'one-time subsidy on its last day (end of the year after the birth year)',
    child: child('2023-03-10', 2),
    asOf: '2024-12-31',
    expect: {
      [ONCE]: ['once 200000 claimable 2023-03-10..2024-12-31'],
      [CARE800]: ['2023 80000 claimable 2023-03-10..2025-12-31', '2024 80000 claimable 2024-01-01..2025-12-31'],
      [INSURANCE]: [
        '2023 5000 claimable 2023-03-10..2024-12-31',
        '2024 5000 claimable 2024-01-01..2024-12-31',
        '2025 5000 upcoming 2025-01-01..2025-12-31',
        '2026 5000 upcoming 2026-01-01..2026-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m upcoming 2025-01-01..2025-12-31', '2026 90000 3m upcoming 2026-01-01..2026-12-31'],
    },
  },
  {
    name: 'a day late: expired',
    child: child('2023-03-10', 2),
    asOf: '2025-01-01',
    expect: {
      [ONCE]: ['once 200000 expired 2023-03-10..2024-12-31'],
      [CARE800]: ['2023 80000 claimable 2023-03-10..2025-12-31', '2024 80000 claimable 2024-01-01..2025-12-31'],
      [INSURANCE]: [
        '2023 5000 expired 2023-03-10..2024-12-31',
        '2024 5000 expired 2024-01-01..2024-12-31',
        '2025 5000 claimable 2025-01-01..2025-12-31',
        '2026 5000 upcoming 2026-01-01..2026-12-31',
      ],
      [NATIONAL]: ['2025 360000 12m claimable 2025-01-01..2025-12-31', '2026 90000 3m upcoming 2026-01-01..2026-12-31'],
    },
  },

  // ---- death ---------------------------------------------------------------------------------------
  {
    name: 'child died 2025-03-04: months to March 2025, nothing after',
    child: child('2024-06-15', 2, { deceasedOn: '2025-03-04' }),
    expect: {
      [ONCE]: ['once 200000 expired 2024-06-15..2025-12-31'],
      [CARE800]: ['2024 80000 expired 2024-06-15..2025-12-31'],
      [INSURANCE]: ['2024 5000 expired 2024-06-15..2025-12-31', '2025 5000 expired 2025-01-01..2025-12-31'],
      [NATIONAL]: ['2025 90000 3m expired 2025-01-01..2025-12-31'],
    },
  },
  {
    name: 'child died in 2024, before the national subsidy began',
    child: child('2023-08-01', 3, { deceasedOn: '2024-02-10' }),
    expect: {
      [ONCE]: ['once 500000 expired 2023-08-01..2024-12-31'],
      [CARE800]: ['2023 80000 expired 2023-08-01..2025-12-31', '2024 80000 expired 2024-01-01..2025-12-31'],
      [INSURANCE]: ['2023 5000 expired 2023-08-01..2024-12-31', '2024 5000 expired 2024-01-01..2024-12-31'],
      [NATIONAL]: '孩子于2024年2月10日离世：国家育儿补贴不发放离世次月起的补贴',
    },
  },
];

describe('evaluateChild — every rule, every boundary (as of 2026-11-28 unless stated)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const evaluation = evaluateChild(c.child, c.asOf ?? AS_OF, c.rules);
    expect(answer(evaluation)).toEqual(c.expect);
    expect(evaluation.asOf).toBe(c.asOf ?? AS_OF);
    expect(evaluation.rulesVersion).toBe(RULES.version);
  });
});

describe('evaluateChild — totals', () => {
  // 《育儿补贴制度实施方案》（2025）: 「对2025年1月1日之前出生、不满3周岁的婴幼儿，按应补贴月数折算计发补贴」;
  // the State Council's answers on the plan count from January 2025 up to and including the month of
  // the third birthday: 「2023年12月出生的可领取24个月补贴，2022年1月出生的可领取1个月补贴」.
  it('born before 2025: the months from 2025-01 up to and including the 3rd-birthday month (the official examples)', () => {
    const months = (birth: string) =>
      evaluateChild(child(birth, 1), AS_OF)
        .entitlements.filter((x) => x.ruleId === NATIONAL)
        .reduce((n, x) => n + (x.months ?? 0), 0);
    expect(months('2023-12-15')).toBe(24);
    expect(months('2023-12-31')).toBe(24);
    expect(months('2022-01-01')).toBe(1);
    expect(months('2022-01-31')).toBe(1);
    expect(months('2024-12-31')).toBe(36);
    expect(months('2021-12-31')).toBe(0);
    const basis = RULES.rules
      .find((r) => r.id === NATIONAL)!
      .basis.map((b) => b.quote ?? '')
      .join('');
    expect(basis).toContain('按应补贴月数折算计发补贴');
    expect(basis).toContain('2023年12月出生的可领取24个月补贴，2022年1月出生的可领取1个月补贴');
  });

  it('a child born after 2025-01-01 gets exactly 36 months = 10,800 yuan of national 育儿补贴, under either month counting', () => {
    for (const birth of ['2025-01-01', '2025-05-12', '2026-03-02', '2026-12-31']) {
      for (const rules of [RULES, BIRTHDAY_MONTH_IN]) {
        const e = evaluateChild(child(birth, 1), AS_OF, rules);
        expect(totalFen(e, NATIONAL)).toBe(1080000);
        expect(e.entitlements.filter((x) => x.ruleId === NATIONAL).reduce((n, x) => n + (x.months ?? 0), 0)).toBe(36);
      }
    }
  });

  it('twins of a second birth are a 2nd and a 3rd child under sequential order, and both 2nd under same', () => {
    const twin = (index: number, rules?: RuleSet) =>
      totalFen(evaluateChild(child('2025-05-12', 2, { multipleBirth: { index, of: 2 } }), AS_OF, rules), ONCE);
    expect([twin(1), twin(2)]).toEqual([200000, 500000]);
    expect([twin(1, SAME_ORDER), twin(2, SAME_ORDER)]).toEqual([200000, 200000]);
  });

  it('the 3rd of triplets of a second birth is a 4th child: no county subsidy', () => {
    const e = evaluateChild(child('2025-05-12', 2, { multipleBirth: { index: 3, of: 3 } }), AS_OF);
    expect(answer(e)[ONCE]).toBe('四孩及以上（三胞胎第3个）：县一次性生育补贴只适用于二孩、三孩');
  });

  it('states turn on the window edges: upcoming the day before it opens, claimable on both ends, expired the day after', () => {
    const state = (asOf: string, key: string) =>
      evaluateChild(child('2026-03-02', 2), asOf).entitlements.find((x) => x.periodKey === key)?.state;
    expect(state('2026-12-31', '2027')).toBe('upcoming');
    expect(state('2027-01-01', '2027')).toBe('claimable');
    expect(state('2027-12-31', '2026')).toBe('claimable');
    expect(state('2028-01-01', '2026')).toBe('expired');
    expect(state('2026-03-01', '2026')).toBe('upcoming');
    expect(state('2026-03-02', '2026')).toBe('claimable');
  });
});

describe('evaluateChild — explanations', () => {
  it('every payment says why in Chinese, naming the rule, the order where it matters, and the amount', () => {
    const e = evaluateChild(child('2025-05-12', 2), AS_OF);
    const why = Object.fromEntries(e.entitlements.map((x) => [`${x.ruleId} ${x.periodKey}`, x.why]));
    expect(why[`${ONCE} once`]).toBe('2025年5月出生的二孩，户口登记在盈江县：县一次性生育补贴2,000元');
    expect(why[`${NATIONAL} 2025`]).toBe(
      '2025年5月出生，户口登记在盈江县，2025年5月至12月未满三周岁，计8个月×300元：国家育儿补贴2025年度2,400元',
    );
    expect(why[`${INSURANCE} 2026`]).toBe('2025年5月出生，户口登记在盈江县，2026年内未满三周岁：意外伤害险参保补贴2026年度50元');
  });

  it('the last period after a move out says so', () => {
    const e = evaluateChild(child('2024-08-20', 2, { hukou: spells(['yingjiang', '2024-08-25'], ['yunnan_other', '2026-06-15']) }), AS_OF);
    const last = (ruleId: string) => e.entitlements.filter((x) => x.ruleId === ruleId).pop()?.why;
    expect(last(NATIONAL)).toBe(
      '2024年8月出生，户口登记在盈江县，2026年1月至6月未满三周岁，计6个月×300元：国家育儿补贴2026年度1,800元；户口于2026年6月15日迁出盈江县，国家育儿补贴发放至2026年6月',
    );
    expect(last(INSURANCE)).toContain('；户口于2026年6月15日迁出盈江县，2026年度为最后一个发放年度');
  });

  it('covers the months paid: from the birth date to the end of the last month counted', () => {
    const e = evaluateChild(child('2022-03-15', 1), AS_OF);
    expect(e.entitlements[0]).toMatchObject({
      ruleId: NATIONAL,
      periodKey: '2025',
      periodLabel: '2025年度',
      from: '2025-01-01',
      to: '2025-03-31',
      months: 3,
    });
    const newborn = evaluateChild(child('2026-03-02', 2), AS_OF).entitlements[0];
    expect(newborn).toMatchObject({ periodKey: '2026', from: '2026-03-02', to: '2026-12-31', months: 10, amountFen: 300000 });
    const once = evaluateChild(child('2025-05-12', 2), AS_OF).entitlements[0];
    expect(once).toMatchObject({ periodKey: 'once', periodLabel: '一次性', from: '2025-05-12', to: '2025-05-12' });
    expect(once.months).toBeUndefined();
  });

  it('rejects a day that is not a calendar date', () => {
    expect(() => evaluateChild(child('2025-05-12', 2), '2026-02-30')).toThrow(RangeError);
  });
});
