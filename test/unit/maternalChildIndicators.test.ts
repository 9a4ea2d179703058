// The 妇幼 indicators on a known set, computed by hand (see each fact's comment), county-wide and for
// one township; the targets quoted word for word from the county's plan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MATERNAL_CHILD_INDICATORS,
  MATERNAL_CHILD_INDICATOR_QUESTIONS,
  RISK_SHARE_DEFINITION,
} from '../../domain/dashboard/maternalChildDefinitions';
import type { ChildHealthFact, PregnancyFact } from '../../domain/dashboard/maternalChildFacts';
import { maternalChildIndicators, percent } from '../../domain/dashboard/maternalChildIndicators';
import { maternalChildFigures } from '../../domain/dashboard/maternalChildFigures';
import { maternalChildRows } from '../../domain/dashboard/maternalChildRows';
import { MATERNAL_CHILD_TARGETS, REPORTED_FIGURES, STEADY_DECLINE, targetFor } from '../../domain/dashboard/maternalChildTargets';
import { reportedFigureView, setReportedFigureSchema } from '../../domain/dashboard/reportedFigures';
import { validate } from '../../domain/validation';

const PERIOD = { from: '2026-01', to: '2026-06' }; // 2026-01-01 … 2026-06-30
const five = ['2025-08-01', '2025-09-10', '2025-11-01', '2025-12-20', '2026-02-10'];

const PREGNANCIES: PregnancyFact[] = [
  // P1 平原: 建册 day 61, 5 checks, visit 4 days after: all three → 系统管理. 绿.
  {
    startDate: '2025-06-01',
    bookedOn: '2025-08-01',
    prenatalCheckDates: five,
    deliveredOn: '2026-03-01',
    postpartumVisitOn: '2026-03-05',
    latestColours: ['green'],
    township: 'pingyuan',
  },
  // P2 平原: 建册 day 92 (late), 6 checks, visit 35 days after (late). 橙.
  {
    startDate: '2025-07-01',
    bookedOn: '2025-10-01',
    prenatalCheckDates: ['2025-10-01', '2025-11-01', '2025-12-01', '2026-01-05', '2026-02-01', '2026-03-20'],
    deliveredOn: '2026-04-10',
    postpartumVisitOn: '2026-05-15',
    latestColours: ['orange'],
    township: 'pingyuan',
  },
  // P3 那邦: 建册 day 90 (just early), 4 checks before the delivery + 1 after (not counted), visit on day 28 (counts). 红 + 紫.
  {
    startDate: '2025-05-01',
    bookedOn: '2025-07-30',
    prenatalCheckDates: ['2025-07-30', '2025-09-01', '2025-10-01', '2026-01-10', '2026-02-05'],
    deliveredOn: '2026-02-01',
    postpartumVisitOn: '2026-03-01',
    latestColours: ['red', 'purple'],
    township: 'nabang',
  },
  // P4 那邦: delivered before the period: neither a delivery of the period nor under care. 黄.
  {
    startDate: '2025-03-20',
    bookedOn: '2025-05-01',
    prenatalCheckDates: five.slice(0, 3),
    deliveredOn: '2025-12-31',
    latestColours: ['yellow'],
    township: 'nabang',
  },
  // P5 平原: still pregnant, under care. 黄.
  { startDate: '2026-03-01', bookedOn: '2026-04-01', prenatalCheckDates: ['2026-04-01'], latestColours: ['yellow'], township: 'pingyuan' },
  // P6 平原: delivered in the period, never booked: in every denominator, no numerator; not under care.
  { startDate: '2025-08-01', prenatalCheckDates: [], deliveredOn: '2026-05-01', latestColours: [], township: 'pingyuan' },
  // P7 平原: 建册 day 40, 5 check dates but one twice (4 distinct), delivered on the period's last day, no visit; not assessed.
  {
    startDate: '2025-09-20',
    bookedOn: '2025-10-30',
    prenatalCheckDates: ['2025-10-30', '2026-01-10', '2026-01-10', '2026-03-01', '2026-05-01'],
    deliveredOn: '2026-06-30',
    latestColours: [],
    township: 'pingyuan',
  },
];

const CHILDREN: ChildHealthFact[] = [
  // C1 平原: born in the period, visited on day 5; 满月 check (day 28, not a 4:2:2 check) and the 3-month check.
  { birthDate: '2026-02-10', newbornVisitOn: '2026-02-15', checkDates: ['2026-03-10', '2026-05-12'], township: 'pingyuan' },
  // C2 那邦: born in the period, visited on day 35 (late); under 3 months at the end (not in the 4:2:2 denominator); nothing in the period.
  { birthDate: '2026-06-20', newbornVisitOn: '2026-07-25', checkDates: [], township: 'nabang' },
  // C3 平原: 29 months at the end: 6 checks due (3…24 months), 6 made → managed; seen in the period (2026-01-15).
  {
    birthDate: '2024-01-15',
    checkDates: ['2024-04-15', '2024-07-15', '2024-09-15', '2025-01-15', '2025-07-15', '2026-01-15'],
    township: 'pingyuan',
  },
  // C4 那邦: 34 months: 7 due (…30 months on 2026-02-01), 6 made → not managed; nothing in the period.
  {
    birthDate: '2023-08-01',
    checkDates: ['2023-11-01', '2024-02-01', '2024-04-01', '2024-08-01', '2025-02-01', '2025-08-01'],
    township: 'nabang',
  },
  // C5 平原: turns 3 on the last day: out of the under-3 count; under 7, seen in the period.
  { birthDate: '2023-06-30', checkDates: ['2026-03-01'], township: 'pingyuan' },
  // C6 平原: turns 7 on the last day: out of the under-7 count, though seen.
  { birthDate: '2019-06-30', checkDates: ['2026-02-01'], township: 'pingyuan' },
  // C7 平原: 7 the day after the period: under 7, not seen.
  { birthDate: '2019-07-01', checkDates: [], township: 'pingyuan' },
  // C8: born after the period: nowhere.
  { birthDate: '2026-07-05', newbornVisitOn: '2026-07-08', checkDates: [], township: 'pingyuan' },
];

const byKey = (r: ReturnType<typeof maternalChildIndicators>) =>
  Object.fromEntries(r.indicators.map((i) => [i.key, [i.numerator, i.denominator, i.rate]]));

describe('maternalChildIndicators', () => {
  it('county: each indicator as counted by hand', () => {
    const r = maternalChildIndicators(PREGNANCIES, CHILDREN, PERIOD);
    expect(byKey(r)).toEqual({
      earlyBooking: [3, 5, 60], // P1, P3, P7 of P1 P2 P3 P6 P7
      prenatalChecks: [2, 5, 40], // P1, P2
      postpartumVisit: [2, 5, 40], // P1, P3
      maternalSystemManagement: [1, 5, 20], // P1
      newbornVisit: [1, 2, 50], // C1 of C1 C2
      under3SystemManagement: [2, 3, 66.7], // C1, C3 of C1 C3 C4
      under7HealthManagement: [3, 6, 50], // C1, C3, C5 of C1 C2 C3 C4 C5 C7
    });
    // Under care: P1 P2 P3 P5 P7; assessed: P1 P2 P3 P5. 高危: P2 (橙), P3 (红+紫).
    expect(r.risk.assessed).toBe(4);
    expect(r.risk.byColour.map((c) => [c.colour, c.count, c.share])).toEqual([
      ['green', 1, 25],
      ['yellow', 1, 25],
      ['orange', 1, 25],
      ['red', 1, 25],
      ['purple', 1, 25],
    ]);
    expect(r.risk.highRisk).toBe(2);
    expect(r.risk.highRiskShare).toBe(50);
  });

  it('one township: only its facts', () => {
    const r = maternalChildIndicators(PREGNANCIES, CHILDREN, { ...PERIOD, township: 'pingyuan' });
    expect(byKey(r)).toEqual({
      earlyBooking: [2, 4, 50], // P1, P7 of P1 P2 P6 P7
      prenatalChecks: [2, 4, 50],
      postpartumVisit: [1, 4, 25],
      maternalSystemManagement: [1, 4, 25],
      newbornVisit: [1, 1, 100],
      under3SystemManagement: [2, 2, 100],
      under7HealthManagement: [3, 4, 75], // C1, C3, C5 of C1 C3 C5 C7
    });
    expect(r.risk).toMatchObject({ assessed: 3, highRisk: 1, highRiskShare: 33.3 });
  });

  it('no facts: every denominator 0 and no rate', () => {
    const r = maternalChildIndicators([], [], PERIOD);
    expect(r.indicators.every((i) => i.numerator === 0 && i.denominator === 0 && i.rate === null)).toBe(true);
    expect(r.risk).toMatchObject({ assessed: 0, highRisk: 0, highRiskShare: null });
    expect(r.risk.byColour.every((c) => c.share === null)).toBe(true);
  });

  it('percent: one decimal', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 0)).toBeNull();
  });
});

describe('definitions and targets as data', () => {
  const plan = readFileSync(join(__dirname, '../../docs/policy/yingjiang-fertility-policy-2023.txt'), 'utf8');
  /** Each part of a quotation ('……' marks a cut) appears word for word in the plan. */
  const quoted = (source: string) =>
    source
      .slice(source.indexOf('：') + 1)
      .split('……')
      .map((s) => s.replace(/。$/, ''))
      .filter(Boolean);

  it('every indicator has its definition and a cited source', () => {
    expect(MATERNAL_CHILD_INDICATORS.map((d) => d.name)).toEqual([
      '早孕建册率',
      '产前检查率（5次及以上）',
      '产后访视率',
      '孕产妇系统管理率',
      '新生儿访视率',
      '3岁以下儿童系统管理率',
      '7岁以下儿童健康管理率',
    ]);
    for (const d of [...MATERNAL_CHILD_INDICATORS, RISK_SHARE_DEFINITION]) {
      expect(d.numerator.length).toBeGreaterThan(5);
      expect(d.denominator.length).toBeGreaterThan(5);
      expect(d.source.document).toMatch(/《|制度/);
      expect(d.source.clause.length).toBeGreaterThan(5);
    }
    expect(Object.keys(MATERNAL_CHILD_INDICATOR_QUESTIONS).length).toBeGreaterThan(0);
  });

  it('the 2025 targets: < 10/10万 and < 4‰, quoted from the plan', () => {
    expect(MATERNAL_CHILD_TARGETS.map((t) => [t.figure, t.year, t.below, REPORTED_FIGURES[t.figure].unit])).toEqual([
      ['maternal_mortality', 2025, 10, '/10万'],
      ['infant_mortality', 2025, 4, '‰'],
    ]);
    for (const t of MATERNAL_CHILD_TARGETS) for (const part of quoted(t.source)) expect(plan).toContain(part);
    for (const part of quoted(STEADY_DECLINE.source)) expect(plan).toContain(part);
  });

  it('a year is held to the 2025 target, also after 2025 while no newer plan exists', () => {
    expect(targetFor('maternal_mortality', 2023)?.year).toBe(2025);
    expect(targetFor('infant_mortality', 2027)?.below).toBe(4);
  });
});

describe('the dashboard assembler and the report rows', () => {
  const entered = (figure: 'maternal_mortality' | 'infant_mortality', year: number, value_x100: number) =>
    reportedFigureView(
      { figure, year, value_x100, source: `妇幼卫生年报 ${year}年 表1`, entered_at: `${year + 1}-01-20T02:00:00.000Z` },
      '测试卫健局',
    );
  const REPORTED = [
    entered('maternal_mortality', 2025, 850),
    entered('infant_mortality', 2025, 462),
    entered('maternal_mortality', 2026, 0),
    entered('infant_mortality', 2024, 390),
  ];

  it("maternalChildFigures: the indicators, the records counted, and the period years' entered figures, newest first", () => {
    const m = maternalChildFigures(PREGNANCIES, CHILDREN, { from: '2025-07', to: '2026-06' }, REPORTED);
    expect(m.records).toEqual({ pregnancies: 7, children: 8 });
    expect(m.reported.map((r) => [r.figure, r.year, r.value, r.target?.met])).toEqual([
      ['maternal_mortality', 2026, 0, true],
      ['infant_mortality', 2025, 4.62, false],
      ['maternal_mortality', 2025, 8.5, true],
    ]);
    expect(maternalChildFigures(PREGNANCIES, CHILDREN, { ...PERIOD, township: 'nabang' }, []).records).toEqual({
      pregnancies: 2,
      children: 2,
    });
    expect(maternalChildFigures([], [], PERIOD, []).records).toEqual({ pregnancies: 0, children: 0 });
  });

  it('the report: rates withheld below 5, 暂无记录 with no records, entered figures beside the 2025 targets', () => {
    const rows = maternalChildRows({ ...maternalChildFigures(PREGNANCIES, CHILDREN, PERIOD, []), reported: REPORTED }, 2025);
    const value = (label: string) => rows.find((r) => r.label === label)?.value;
    expect(value('早孕建册率')).toBe('60.0%'); // 5 deliveries
    expect(value('早孕建册率·统计人数')).toBe('5');
    expect(value('新生儿访视率')).toBe('—'); // 2 births: withheld
    expect(value('新生儿访视率·统计人数')).toBe('<5');
    expect(value('橙色')).toBe('—'); // 4 assessed
    expect(value('孕产妇死亡率（2025年）')).toBe('8.5/10万（2025年目标：低于10/10万，已达到）');
    expect(value('婴幼儿死亡率（2025年）')).toBe('4.62‰（2025年目标：低于4‰，未达到）');
    expect(value('孕产妇死亡率·数据来源')).toBe('妇幼卫生年报 2025年 表1');
    const empty = maternalChildRows(maternalChildFigures([], [], PERIOD, []), 2026);
    expect(empty.find((r) => r.label === '早孕建册率')?.value).toBe('暂无记录');
    expect(empty.find((r) => r.label === '孕产妇死亡率（2026年）')?.value).toBe('未录入');
  });
});

describe('setReportedFigureSchema', () => {
  const schema = setReportedFigureSchema(2026);
  const ok = { figure: 'maternal_mortality', year: 2025, value: 8.5, source: '妇幼卫生年报 表1' };

  it('accepts a figure of 2023 … this year with two decimals at most', () => {
    expect(validate(schema, ok)).toEqual({ ok: true, value: ok });
    expect(validate(schema, { ...ok, value: 0 }).ok).toBe(true);
  });

  it('names the field in every refusal', () => {
    const fields = (input: object) => {
      const r = validate(schema, { ...ok, ...input });
      return r.ok ? null : r.fields;
    };
    expect(fields({ figure: 'birth_rate' })).toEqual({ figure: '请选择指标' });
    expect(fields({ year: 2022 })).toEqual({ year: '年度应为2023至2026年' });
    expect(fields({ year: 2027 })).toEqual({ year: '年度应为2023至2026年' });
    expect(fields({ year: undefined })).toEqual({ year: '请选择年度' });
    expect(fields({ value: -1 })).toEqual({ value: '数值不能为负数' });
    expect(fields({ value: 8.555 })).toEqual({ value: '数值最多保留两位小数' });
    expect(fields({ value: '8.5' })).toEqual({ value: '数值格式不正确' });
    expect(fields({ figure: 'infant_mortality', value: 1001 })).toEqual({ value: '数值超出合理范围：婴幼儿死亡率不应超过1000‰' });
    expect(fields({ source: ' ' })).toEqual({ source: '请填写数据来源' });
  });
});
