// Every number of 产假, 护理假 and 育儿假 lives here, next to where it comes from, so a policy change is a
// one-line edit. Code reads them only from this object (盈发〔2023〕8号 二(四)1, 4: 严格落实产假、护理假、
// 育儿假、哺乳假等制度).
//
// Assumptions the calculator makes, each a reading of the sources below rather than their words:
// - All leave is counted in calendar days, public holidays included (the State Council's 98 days are
//   calendar days; the Yunnan regulation does not say its 60, 30 and 10 days are working days).
// - 产假 day 1 is the first day taken: the birth date when none is taken before it; the 15 days that may
//   be taken before the birth are part of the 98, so days not taken before the birth are taken after it.
// - The couple's birth is one the law allows (符合法律、法规规定生育子女), which the Yunnan extra days require.

const NATIONAL = '《女职工劳动保护特别规定》（国务院令第619号）第七条';
const YUNNAN = '《云南省人口与计划生育条例》';

/** Staff-only: what about the sources above is still to be checked. Never shown to parents. */
export const LEAVE_SOURCES_TO_CONFIRM = '《云南省人口与计划生育条例》最近一次修正的年份（2022？）及生育假、护理假、育儿假所在条款号待核';

export const LEAVE_RULES = {
  maternityNationalDays: {
    value: 98,
    source: `${NATIONAL}：女职工生育享受98天产假，其中产前可以休假15天。`,
  },
  maternityBeforeBirthMaxDays: {
    value: 15,
    source: `${NATIONAL}：98天产假中，产前可以休假15天。`,
  },
  difficultBirthExtraDays: {
    value: 15,
    source: `${NATIONAL}：难产的，增加产假15天。`,
  },
  perExtraBabyExtraDays: {
    value: 15,
    source: `${NATIONAL}：生育多胞胎的，每多生育1个婴儿，增加产假15天。`,
  },
  maternityYunnanExtraDays: {
    value: 60,
    source: `${YUNNAN}：符合法律、法规规定生育子女的夫妻，女方除享受国家规定的产假外，延长生育假60天。`,
  },
  paternityDays: {
    value: 30,
    source:
      `${YUNNAN}：男方给予护理假30天。` +
      '条例未规定护理假须在产后多少天内休完；本计算按自孩子出生当日起连续30个自然日给出最早可休的时段，实际起止以用人单位安排为准。',
  },
  parentalDaysPerYear: {
    value: 10,
    source: `${YUNNAN}：夫妻双方在子女三周岁以内每年可享受累计10天的育儿假。`,
  },
  parentalUntilAgeYears: {
    value: 3,
    source:
      `${YUNNAN}：子女三周岁以内。` +
      '“每年”按孩子的周岁年度计算（第1年：出生当日至1周岁生日前一日），共3个年度、父母各10天；若当地按自然年计算，以人社部门解释为准。',
  },
  maxBabies: {
    value: 9,
    source: '本胎婴儿数的填写上限，仅用于防止误填，不是政策规定。',
  },
} as const;
