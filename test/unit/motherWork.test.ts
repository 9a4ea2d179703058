// 哺乳时间, 产前检查 and the 生育津贴 estimate: worked examples a reader can redo by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leaveFor } from '../../domain/leave/leaveCalculator';
import { allowanceFor, allowanceInputSchema, yuanToFen } from '../../domain/leave/maternityAllowance';
import { ALLOWANCE_RULES, NURSING_RULES, PRENATAL_CHECK_RULES } from '../../domain/leave/motherWorkRules';
import { nursingTimeFor, PRENATAL_CHECK_SOURCES } from '../../domain/leave/nursingTime';
import { LEAVE_OPEN_QUESTIONS } from '../../domain/leave/openQuestions';
import { validate } from '../../domain/validation';
import { leakedDoubts } from '../support/parentText';

const BIRTH = '2026-11-28';

describe('the rules, each with its source', () => {
  it('哺乳 and 产检 cite 《女职工劳动保护特别规定》 articles 9 and 6', () => {
    expect(NURSING_RULES.hoursPerDay.value).toBe(1);
    expect(NURSING_RULES.extraHoursPerExtraBaby.value).toBe(1);
    expect(NURSING_RULES.untilAgeYears.value).toBe(1);
    for (const r of Object.values(NURSING_RULES)) expect(r.source).toContain('第九条');
    for (const r of Object.values(PRENATAL_CHECK_RULES)) expect(r.source).toContain('第六条');
    expect(PRENATAL_CHECK_RULES.inWorkingTime.source).toContain('所需时间计入劳动时间');
  });

  it('生育津贴: the wage basis (社会保险法 第五十六条, 特别规定 第八条), ÷30, and why each part of the leave is paid', () => {
    expect(ALLOWANCE_RULES.daysPerMonth.value).toBe(30);
    expect(ALLOWANCE_RULES.wageBasis.source).toContain('第五十六条');
    expect(ALLOWANCE_RULES.wageBasis.source).toContain('第八条');
    expect(ALLOWANCE_RULES.paidDays.national.source).toContain('社会保险法');
    expect(ALLOWANCE_RULES.paidDays.yunnan.source).toContain('二(四)4');
    // The county plan's words, as quoted ('……' marks a cut).
    const plan = readFileSync(join(__dirname, '../../docs/policy/yingjiang-fertility-policy-2023.txt'), 'utf8');
    const quote = ALLOWANCE_RULES.paidDays.yunnan.source.split('二(四)4：')[1]!.replace(/。$/, '');
    for (const part of quote.split('……')) expect(plan).toContain(part);
  });

  it('parents read no doubt; the doubts are staff-only notes', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: true, babies: 2 });
    expect(leakedDoubts({ NURSING_RULES, PRENATAL_CHECK_RULES, ALLOWANCE_RULES })).toEqual([]);
    expect(leakedDoubts(allowanceFor(plan.maternity.breakdown, 600_000))).toEqual([]);
    expect(leakedDoubts(nursingTimeFor(plan, 2))).toEqual([]);
    expect(LEAVE_OPEN_QUESTIONS['allowance:yunnan-60-days']?.toConfirm).toContain('待');
  });
});

describe('nursingTimeFor', () => {
  it('one baby: 1 hour a day from the day after the 158-day 产假 to the day before the 1st birthday', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: false, babies: 1 });
    // 产假 2026-11-28 … 2027-05-04 (leaveCalculator.test.ts)
    expect(nursingTimeFor(plan, 1)).toMatchObject({ hoursPerDay: 1, start: '2027-05-05', end: '2027-11-27' });
  });

  it('twins: 2 hours; triplets: 3 hours, each with the 多胞胎 clause', () => {
    const twins = nursingTimeFor(leaveFor({ birthDate: BIRTH, difficult: false, babies: 2 }), 2);
    expect(twins.hoursPerDay).toBe(2);
    expect(twins.start).toBe('2027-05-20'); // 173-day 产假 ends 2027-05-19
    expect(twins.sources.join('')).toContain('每多哺乳1个婴儿');
    expect(nursingTimeFor(leaveFor({ birthDate: BIRTH, difficult: false, babies: 3 }), 3).hoursPerDay).toBe(3);
    expect(nursingTimeFor(leaveFor({ birthDate: BIRTH, difficult: false, babies: 1 }), 1).sources.join('')).not.toContain('每多哺乳');
  });

  it('a 02-29 birth: the 1st birthday clamps to 02-28, the last day is 02-27', () => {
    expect(nursingTimeFor(leaveFor({ birthDate: '2024-02-29', difficult: false, babies: 1 }), 1).end).toBe('2025-02-27');
  });

  it('refuses a number of babies the schema would refuse', () => {
    expect(() => nursingTimeFor(leaveFor({ birthDate: BIRTH, difficult: false, babies: 1 }), 0)).toThrow(RangeError);
  });

  it("the 产检 rules come in the reader's order", () => {
    expect(PRENATAL_CHECK_SOURCES[0]).toContain('计入劳动时间');
    expect(PRENATAL_CHECK_SOURCES).toHaveLength(3);
  });
});

describe('allowanceFor', () => {
  it('6,000元 a month, one baby, normal birth: 200元 a day × 158 days = 31,600元 (98 days 19,600 + 60 days 12,000)', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: false, babies: 1 });
    const a = allowanceFor(plan.maternity.breakdown, 600_000);
    expect(a.dailyFen).toBe(20_000);
    expect(a.paidDays).toBe(158);
    expect(a.totalFen).toBe(3_160_000);
    expect(a.parts.map((p) => [p.key, p.days, p.fen])).toEqual([
      ['national', 98, 1_960_000],
      ['yunnan', 60, 1_200_000],
    ]);
  });

  it('5,000元 a month, difficult twin birth: 188 days; each part rounded to the fen, the total their sum', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: true, babies: 2 });
    const a = allowanceFor(plan.maternity.breakdown, 500_000);
    // 5000 ÷ 30 = 166.666…元 a day: 98 days 16,333.33; 60 days 10,000; 15 days 2,500 (twice)
    expect(a.parts.map((p) => [p.key, p.fen])).toEqual([
      ['national', 1_633_333],
      ['yunnan', 1_000_000],
      ['difficult', 250_000],
      ['multiple', 250_000],
    ]);
    expect(a.paidDays).toBe(188);
    expect(a.totalFen).toBe(3_133_333);
  });

  it('refuses a wage that is not a positive amount in fen', () => {
    const parts = leaveFor({ birthDate: BIRTH, difficult: false, babies: 1 }).maternity.breakdown;
    expect(() => allowanceFor(parts, 0)).toThrow(RangeError);
    expect(() => allowanceFor(parts, 12.5)).toThrow(RangeError);
  });
});

describe('allowanceInputSchema', () => {
  const schema = allowanceInputSchema();
  const label = '用人单位上年度职工月平均工资';

  it('takes 元 as typed, at most two decimals, and gives fen', () => {
    expect(validate(schema, { monthlyWageYuan: '6000' })).toEqual({ ok: true, value: { monthlyWageYuan: 600_000 } });
    expect(validate(schema, { monthlyWageYuan: ' 6500.5 ' })).toEqual({ ok: true, value: { monthlyWageYuan: 650_050 } });
    expect(yuanToFen('0.07')).toBe(7);
  });

  it('names the field in every refusal', () => {
    const message = (monthlyWageYuan: unknown) => {
      const r = validate(schema, { monthlyWageYuan });
      return r.ok ? null : r.fields.monthlyWageYuan;
    };
    expect(message(undefined)).toBe(`请填写${label}`);
    expect(message('')).toBe(`请填写${label}`);
    expect(message('6千')).toBe(`${label}应为以元为单位的数字，最多两位小数，如6500或6500.50`);
    expect(message('6000.123')).toBe(`${label}应为以元为单位的数字，最多两位小数，如6500或6500.50`);
    expect(message('-10')).toBe(`${label}应为以元为单位的数字，最多两位小数，如6500或6500.50`);
    expect(message('0')).toBe(`${label}应大于0元`);
    expect(message('1000000.01')).toBe(`${label}不能超过1000000元`);
    expect(message(6000)).toBe(`${label}格式不正确`);
  });
});
