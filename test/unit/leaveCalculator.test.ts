import { isWithin, leaveFor, leaveInputSchema } from '../../domain/leave/leaveCalculator';
import { LEAVE_RULES } from '../../domain/leave/leaveRules';
import { validate } from '../../domain/validation';

const BIRTH = '2026-11-28';

const PARENTAL = [
  { year: 1, start: '2026-11-28', end: '2027-11-27', daysPerParent: 10 },
  { year: 2, start: '2027-11-28', end: '2028-11-27', daysPerParent: 10 },
  { year: 3, start: '2028-11-28', end: '2029-11-27', daysPerParent: 10 },
];

const days = (plan: ReturnType<typeof leaveFor>) => Object.fromEntries(plan.maternity.breakdown.map((p) => [p.key, p.days]));

describe('LEAVE_RULES', () => {
  it('holds the national and Yunnan numbers, each with its source', () => {
    expect(LEAVE_RULES.maternityNationalDays.value).toBe(98);
    expect(LEAVE_RULES.maternityYunnanExtraDays.value).toBe(60);
    expect(LEAVE_RULES.difficultBirthExtraDays.value).toBe(15);
    expect(LEAVE_RULES.perExtraBabyExtraDays.value).toBe(15);
    expect(LEAVE_RULES.maternityBeforeBirthMaxDays.value).toBe(15);
    expect(LEAVE_RULES.paternityDays.value).toBe(30);
    expect(LEAVE_RULES.parentalDaysPerYear.value).toBe(10);
    expect(LEAVE_RULES.parentalUntilAgeYears.value).toBe(3);
    for (const rule of Object.values(LEAVE_RULES)) expect(rule.source).toMatch(/[\u4e00-\u9fff]/);
    expect(LEAVE_RULES.maternityNationalDays.source).toContain('女职工劳动保护特别规定');
    expect(LEAVE_RULES.maternityYunnanExtraDays.source).toContain('云南省人口与计划生育条例');
  });
});

describe('leaveFor — a birth on 2026-11-28', () => {
  it('normal birth, one baby: 158 days from the birth date', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: false, babies: 1 });
    expect(plan.maternity).toMatchObject({
      start: '2026-11-28',
      end: '2027-05-04',
      totalDays: 158,
      daysBeforeBirth: 0,
      daysFromBirth: 158,
    });
    expect(days(plan)).toEqual({ national: 98, yunnan: 60, difficult: 0, multiple: 0 });
    expect(plan.maternity.breakdown.map((p) => p.label)).toEqual(['国家规定产假', '云南省延长生育假', '难产增加产假', '多胞胎增加产假']);
    expect(plan.paternity).toMatchObject({ start: '2026-11-28', end: '2026-12-27', days: 30 });
    expect(plan.parental.periods).toEqual(PARENTAL);
  });

  it('difficult birth: 173 days', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: true, babies: 1 });
    expect(plan.maternity).toMatchObject({ start: '2026-11-28', end: '2027-05-19', totalDays: 173 });
    expect(days(plan)).toEqual({ national: 98, yunnan: 60, difficult: 15, multiple: 0 });
    expect(plan.paternity).toMatchObject({ start: '2026-11-28', end: '2026-12-27' });
    expect(plan.parental.periods).toEqual(PARENTAL);
  });

  it('twins: 173 days; twins by a difficult birth: 188; triplets: 188', () => {
    const twins = leaveFor({ birthDate: BIRTH, difficult: false, babies: 2 });
    expect(twins.maternity).toMatchObject({ start: '2026-11-28', end: '2027-05-19', totalDays: 173 });
    expect(days(twins)).toEqual({ national: 98, yunnan: 60, difficult: 0, multiple: 15 });
    const hardTwins = leaveFor({ birthDate: BIRTH, difficult: true, babies: 2 });
    expect(hardTwins.maternity).toMatchObject({ end: '2027-06-03', totalDays: 188 });
    expect(leaveFor({ birthDate: BIRTH, difficult: false, babies: 3 }).maternity.totalDays).toBe(188);
  });

  it('counts pre-birth days inside the total: 15 days before → starts 2026-11-13, ends 2027-04-19', () => {
    const plan = leaveFor({ birthDate: BIRTH, difficult: false, babies: 1, startBeforeBirthDays: 15 });
    expect(plan.maternity).toMatchObject({
      start: '2026-11-13',
      end: '2027-04-19',
      totalDays: 158,
      daysBeforeBirth: 15,
      daysFromBirth: 143,
    });
    // Paternity and parental leave still run from the birth.
    expect(plan.paternity.start).toBe(BIRTH);
    expect(plan.parental.periods[0]!.start).toBe(BIRTH);
  });

  it('counts both ends: the total equals the days from start to end inclusive', () => {
    const plan = leaveFor({ birthDate: '2024-02-29', difficult: true, babies: 2, startBeforeBirthDays: 7 });
    expect(isWithin('2024-02-22', plan.maternity)).toBe(true);
    expect(isWithin('2024-02-21', plan.maternity)).toBe(false);
    expect(isWithin(plan.maternity.end, plan.maternity)).toBe(true);
    expect(plan.maternity.start).toBe('2024-02-22');
    expect(plan.maternity.end).toBe('2024-08-27'); // 2024-02-22 + 187 days
  });

  it('ends parental years the day before each birthday, clamping a 02-29 birthday to 02-28', () => {
    const plan = leaveFor({ birthDate: '2024-02-29', difficult: false, babies: 1 });
    expect(plan.parental.periods.map((p) => [p.start, p.end])).toEqual([
      ['2024-02-29', '2025-02-27'],
      ['2025-02-28', '2026-02-27'],
      ['2026-02-28', '2027-02-27'],
    ]);
  });

  it('refuses input the schema would have refused', () => {
    expect(() => leaveFor({ birthDate: BIRTH, difficult: false, babies: 0 })).toThrow(RangeError);
    expect(() => leaveFor({ birthDate: BIRTH, difficult: false, babies: 1, startBeforeBirthDays: 16 })).toThrow(RangeError);
    expect(() => leaveFor({ birthDate: '2026-02-30', difficult: false, babies: 1 })).toThrow(RangeError);
  });
});

describe('leaveInputSchema', () => {
  const schema = leaveInputSchema();

  it('accepts good input; null or missing pre-birth days mean none', () => {
    expect(validate(schema, { birthDate: BIRTH, difficult: false, babies: 1 })).toEqual({
      ok: true,
      value: { birthDate: BIRTH, difficult: false, babies: 1 },
    });
    const withNull = validate(schema, { birthDate: BIRTH, difficult: true, babies: 2, startBeforeBirthDays: null });
    expect(withNull.ok && withNull.value.startBeforeBirthDays).toBeUndefined();
    expect(validate(schema, { birthDate: BIRTH, difficult: true, babies: 2, startBeforeBirthDays: 15 }).ok).toBe(true);
  });

  it('names each field in its message', () => {
    expect(validate(schema, {})).toEqual({
      ok: false,
      fields: { birthDate: '请选择孩子出生日期', difficult: '请选择是否难产', babies: '请填写本胎婴儿数' },
    });
    expect(validate(schema, { birthDate: '2026/11/28', difficult: 'no', babies: 0, startBeforeBirthDays: 16 })).toEqual({
      ok: false,
      fields: {
        birthDate: '孩子出生日期格式不正确，应为YYYY-MM-DD',
        difficult: '请选择是否难产',
        babies: '本胎婴儿数应为1至9之间的整数',
        startBeforeBirthDays: '产前休假天数应为0至15之间的整数',
      },
    });
    expect(validate(schema, { birthDate: BIRTH, difficult: false, babies: 1.5 })).toEqual({
      ok: false,
      fields: { babies: '本胎婴儿数应为1至9之间的整数' },
    });
  });
});
