// Where a birth is counted, and how the yearly report's rows treat small counts.
import { maternalChildFigures } from '../../domain/dashboard/maternalChildFigures';
import type { BirthApplicationInput } from '../../domain/birth/types';
import { caseBirthFact, caseTownship, registrationBirthFact, type RegistrationBirth } from '../../domain/dashboard/birthFact';
import { monthSpan, monthsBetween, periodDates, quarterOf } from '../../domain/dashboard/period';
import { reportRows, reportTitle } from '../../domain/dashboard/reportRows';
import { dashboardQuerySchema, reportInputSchema } from '../../domain/dashboard/schema';
import type { BirthFigures, NurseryFigures, StepTurnaround } from '../../domain/dashboard/types';
import { validate } from '../../domain/validation';

const registration: RegistrationBirth = {
  id: 'r1',
  status: 'registered',
  stage: 'born',
  birthDate: '2026-03-09',
  township: 'zhanxi',
  childOrder: 2,
  applicantEthnicity: 'dai',
  spouseEthnicity: 'dai',
};

describe('a 生育登记 birth', () => {
  it('counts a 补登 with the family’s township, its 孩次 and the shared 民族; no sex', () => {
    expect(registrationBirthFact(registration)).toEqual({
      source: 'registration',
      sourceId: 'r1',
      birthDate: '2026-03-09',
      month: '2026-03',
      township: 'zhanxi',
      sex: null,
      birthOrder: 2,
      ethnicity: 'dai',
    });
  });
  it('parents of two 民族: the child’s is unknown', () => {
    expect(registrationBirthFact({ ...registration, spouseEthnicity: 'han' })?.ethnicity).toBeNull();
  });
  it('a pregnancy or a cancelled registration is no birth', () => {
    expect(registrationBirthFact({ ...registration, stage: 'pregnant', birthDate: null })).toBeNull();
    expect(registrationBirthFact({ ...registration, status: 'cancelled' })).toBeNull();
  });
});

describe('a 出生一件事 birth', () => {
  const person = (hukouTownship: 'pingyuan' | 'nabang' | 'outside') => ({
    name: '样例',
    idNumber: 'x',
    ethnicity: 'jingpo',
    phone: 'x',
    hukouTownship,
    hukouAddress: 'x',
  });
  const input = (household: 'kachang' | 'outside', applicant: 'pingyuan' | 'outside', other: 'nabang' | 'outside') =>
    ({
      applicant: person(applicant),
      otherParent: person(other),
      child: {
        name: '样例',
        sex: 'F',
        birthDate: '2026-05-31',
        birthTime: '08:00',
        weightGrams: 3000,
        lengthCm: 50,
        hospitalId: 'yj-people',
        ethnicity: 'jingpo',
      },
      household: { joins: 'applicant', headName: '样例', headRelation: 'father', hukouTownship: household, address: 'x' },
    }) as unknown as BirthApplicationInput;

  it('is placed where the child’s household is; outside 盈江: the registration’s, else the first local parent’s', () => {
    expect(caseTownship(input('kachang', 'pingyuan', 'nabang'), undefined)).toBe('kachang');
    expect(caseTownship(input('outside', 'pingyuan', 'nabang'), { township: 'xima', childOrder: 1 })).toBe('xima');
    expect(caseTownship(input('outside', 'pingyuan', 'nabang'), undefined)).toBe('pingyuan');
    expect(caseTownship(input('outside', 'outside', 'nabang'), undefined)).toBe('nabang');
    expect(caseTownship(input('outside', 'outside', 'outside'), undefined)).toBe('outside');
  });
  it('carries sex and 民族; 孩次 from the linked registration, else unknown', () => {
    expect(caseBirthFact('c1', input('kachang', 'pingyuan', 'nabang'), { township: 'xima', childOrder: 3 })).toEqual({
      source: 'birth_case',
      sourceId: 'c1',
      birthDate: '2026-05-31',
      month: '2026-05',
      township: 'kachang',
      sex: 'F',
      birthOrder: 3,
      ethnicity: 'jingpo',
    });
    expect(caseBirthFact('c1', input('kachang', 'pingyuan', 'nabang'), undefined).birthOrder).toBeNull();
  });
});

describe('periods', () => {
  it('months, days and quarters', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthSpan('2025-11', '2026-02')).toBe(4);
    expect(monthSpan('2026-02', '2026-01')).toBe(0);
    expect(periodDates('2024-01', '2024-02')).toEqual({ first: '2024-01-01', last: '2024-02-29' });
    expect(periodDates('2026-12', '2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026Q1', '2026Q1', '2026Q2', '2026Q4']);
  });
  it('the query names the wrong field in Chinese', () => {
    expect(validate(dashboardQuerySchema, { from: '2026-13', to: '2026-12' })).toMatchObject({
      ok: false,
      fields: { from: expect.stringContaining('起始月份') },
    });
    expect(validate(dashboardQuerySchema, { from: '2026-06', to: '2026-01' })).toEqual({
      ok: false,
      fields: { to: '截止月份不能早于起始月份' },
    });
    expect(validate(dashboardQuerySchema, { from: '2020-01', to: '2026-01' })).toMatchObject({
      ok: false,
      fields: { to: expect.stringContaining('最长60个月') },
    });
    expect(validate(dashboardQuerySchema, { from: '2026-01', to: '2026-12', township: 'beijing' })).toEqual({
      ok: false,
      fields: { township: '请选择乡镇' },
    });
    expect(validate(dashboardQuerySchema, { from: '2026-01', to: '2026-12', township: 'nabang' })).toMatchObject({ ok: true });
    expect(validate(reportInputSchema(2026), { year: 2027, scope: 'county' })).toEqual({
      ok: false,
      fields: { year: '报告年度不能晚于2026年' },
    });
    expect(validate(reportInputSchema(2026), { year: 2026, scope: 'mayor' })).toEqual({ ok: false, fields: { scope: '请选择报告范围' } });
  });
});

describe('the yearly report’s rows', () => {
  const births: BirthFigures = {
    total: 9,
    byMonth: [{ month: '2026-01', count: 9 }],
    byTownship: [
      { township: 'pingyuan', count: 6 },
      { township: 'nabang', count: 3 },
      { township: 'xima', count: 0 },
    ],
    byOrder: { first: 5, second: 3, thirdPlus: 1, unknown: 0 },
    sex: { boys: 5, girls: 4, unknown: 0, ratio: 125, normalRange: { low: 103, high: 107, source: 's' } },
    byEthnicity: [
      { ethnicity: 'dai', count: 7 },
      { ethnicity: 'unknown', count: 2 },
    ],
  };
  const step = (s: StepTurnaround['step'], done: number): StepTurnaround => ({
    step: s,
    done,
    medianDays: 2,
    p90Days: 6,
    overdue: 1,
    rejections: 0,
    topReasons: [],
  });
  const nurseries = {
    residents: 1000,
    slots: 5,
    puhuiSlots: 3,
    slotsPer1000: 5,
    puhuiPer1000: 3,
    targets: { per1000: 4.5, puhuiPer1000: 2.7, source: 's' },
    yearly: [],
    vacanciesByClass: [],
  } as NurseryFigures;
  const maternalChild = maternalChildFigures([], [], { from: '2026-01', to: '2026-12' }, []);
  const figures = {
    births,
    bundle: [step('hukou', 12), step('birth_certificate', 3)],
    subsidies: { byRule: [], paidByQuarter: [] },
    nurseries,
    maternalChild,
  };
  const value = (rows: ReturnType<typeof reportRows>, section: string, label: string) =>
    rows.find((r) => r.section === section && r.label === label)?.value;

  it('a township’s 1–4 is <5, 0 stays 0; a ratio from fewer than 5 girls is withheld', () => {
    const rows = reportRows(figures, 2026, 'county');
    expect(value(rows, '出生人口', '平原镇')).toBe('6');
    expect(value(rows, '出生人口', '那邦镇')).toBe('<5');
    expect(value(rows, '出生人口', '昔马镇')).toBe('0');
    expect(value(rows, '出生人口（按民族）', '民族不详')).toBe('<5');
    expect(value(rows, '出生人口性别比', '出生人口性别比（每100名女婴对应的男婴数）')).toBe('—');
  });
  it('a department’s report holds its own step only; durations of fewer than 5 steps are withheld', () => {
    const police = reportRows(figures, 2026, 'police');
    expect(new Set(police.map((r) => r.section))).toEqual(new Set(['出生一件事·户口登记（公安派出所）']));
    expect(value(police, '出生一件事·户口登记（公安派出所）', '办结用时中位数（天）')).toBe('2');
    expect(value(police, '出生一件事·户口登记（公安派出所）', '超过法定期限未办结')).toBe('<5');
    const health = reportRows(figures, 2026, 'health');
    expect(value(health, '出生一件事·出生医学证明（助产机构）', '办结用时中位数（天）')).toBe('—');
    expect(reportTitle(2026, 'police')).toBe('盈江县2026年度人口监测报告（公安）');
    // 妇幼 is the health system's: in the county's and the health report, not in a department's.
    expect(police.some((r) => r.section === '妇幼健康')).toBe(false);
    expect(health.some((r) => r.section === '妇幼健康')).toBe(true);
    expect(reportRows(figures, 2026, 'county').some((r) => r.section === '妇幼上报数据（妇幼卫生统计）')).toBe(true);
  });
});
