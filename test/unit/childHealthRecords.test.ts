// The child health pieces issue 16 added on top of the calendar and the growth standard: the charts
// the server sends, the due items (checks and screening follow-ups), the record schemas.
import { childCheckCalendar } from '../../domain/childHealth/childCheckCalendar';
import { childCheckDueItems, screeningDueItems } from '../../domain/childHealth/dueItems';
import { ageText, growthChart, growthView } from '../../domain/childHealth/growthChart';
import { SCREENING_FOLLOW_UPS } from '../../domain/childHealth/newbornScreening';
import { recordCheckSchema, recordScreeningSchema } from '../../domain/childHealth/recordSchemas';
import { remindersDue } from '../../domain/children/dueNext';
import { placeMeasurement } from '../../domain/growth/growthStandard';
import { validate } from '../../domain/validation';
import { leakedDoubts } from '../support/parentText';

const boy = { id: 'c1', name: '小禾', sex: 'M' as const, birthDate: '2025-05-12' };

describe('ageText', () => {
  it.each([
    ['2025-05-12', '出生'],
    ['2025-05-17', '5天'],
    ['2025-11-14', '6个月2天'],
    ['2026-05-12', '1岁'],
    ['2026-11-20', '1岁6个月8天'],
  ])('born 2025-05-12, on %s: %s', (date, text) => expect(ageText('2025-05-12', date)).toBe(text));

  it('counts calendar months, the end of a short month clamped', () => {
    expect(ageText('2024-01-31', '2024-02-29')).toBe('1个月');
    expect(ageText('2024-01-31', '2024-03-01')).toBe('1个月1天');
  });
});

describe('growthChart', () => {
  const weight = { measure: 'weight' as const, value: 7.9, date: '2025-11-14' };

  it('picks the smallest age window that holds the child, with ticks and five lines per band point', () => {
    const chart = growthChart('weight', 'M', boy.birthDate, [weight], 571); // 1 year 7 months
    expect(chart.xMaxDays).toBe(Math.round(24 * 30.4375));
    expect(chart.xTicks.map((t) => t.label)).toEqual(['出生', '6月', '1岁', '18月', '2岁']);
    expect(chart.bands[0]!.ageDays).toBe(0);
    expect(chart.bands[chart.bands.length - 1]!.ageDays).toBe(chart.xMaxDays);
    for (const b of chart.bands) expect([...b.values].sort((x, y) => x - y)).toEqual(b.values);
    expect(chart.bandTable).toHaveLength(chart.xTicks.length);
    expect(chart.title).toBe('年龄别体重（kg）');
  });

  it('places each measurement as the standard does, and the y axis holds the band and the points', () => {
    const chart = growthChart('weight', 'M', boy.birthDate, [weight, { measure: 'weight', value: 3.4, date: '2025-05-19' }], 571);
    expect(chart.points.map((p) => p.date)).toEqual(['2025-05-19', '2025-11-14']);
    const placed = placeMeasurement('M', boy.birthDate, weight)!;
    expect(chart.points[1]).toMatchObject({ ageDays: placed.ageDays, percentile: placed.percentile, z: placed.z, ageText: '6个月2天' });
    const lows = chart.bands.map((b) => b.values[0]);
    const highs = chart.bands.map((b) => b.values[4]);
    expect(chart.yMin).toBeLessThanOrEqual(Math.min(...lows));
    expect(chart.yMax).toBeGreaterThanOrEqual(Math.max(...highs));
    expect(chart.yTicks[0]).toBe(chart.yMin);
    expect(chart.yTicks[chart.yTicks.length - 1]).toBe(chart.yMax);
    // WHO boys, weight at 0 days: P50 = 3.3464 kg (the standard's table, M at day 0).
    expect(chart.bands[0]!.values[2]).toBeCloseTo(3.35, 2);
  });

  it('head circumference stops at five years, where the WHO tables end', () => {
    const chart = growthChart('head', 'M', '2020-01-01', [], 6 * 365);
    expect(chart.xMaxDays).toBe(1826);
  });

  it('without the sex on record, no chart (the standard differs for boys and girls), the standard still named', () => {
    const { view } = growthView(undefined, boy.birthDate, [weight], '2026-12-04');
    expect(view.charts).toBeUndefined();
    expect(view.standard.name).toContain('WHO');
  });

  it('a weight below P3 is told to the parent without the staff basis', () => {
    const { view, staffFlags } = growthView('M', boy.birthDate, [{ measure: 'weight', value: 6.0, date: '2025-11-14' }], '2026-12-04');
    expect(view.flags).toEqual([expect.objectContaining({ kind: 'below-p3', measure: 'weight', date: '2025-11-14' })]);
    expect(view.flags[0]).not.toHaveProperty('basis');
    expect(staffFlags[0]!.basis).toContain('国家基本公共卫生服务规范');
    expect(leakedDoubts(view)).toEqual([]);
  });
});

describe('due items', () => {
  it('checks due, overdue, or opening within 30 days; done and missed ones are left out', () => {
    const calendar = childCheckCalendar(boy, { m12: { date: '2026-05-14', facility: '卫生院' } }, '2026-12-04');
    const items = childCheckDueItems(calendar, '2026-12-04');
    expect(items.map((i) => i.key)).toEqual(['child_check:c1:m18']);
    expect(items[0]).toMatchObject({
      kind: 'child_check',
      date: '2026-11-12',
      dateKind: 'from',
      overdueFrom: '2027-02-12',
      link: '/packages/child-health/child/index?childId=c1',
    });
  });

  it('a hearing recheck is due by 42 days with where to go; a metabolic recall is "as soon as possible", never overdue; a pass is nothing', () => {
    const items = screeningDueItems(
      boy,
      [
        { kind: 'hearing', result: 'recheck', date: '2025-05-14', recheckWhere: '县妇幼保健院' },
        { kind: 'metabolic', result: 'recheck', date: '2025-05-30' },
      ],
      '2025-07-01',
    );
    expect(items[0]).toMatchObject({
      key: 'screening:c1:hearing',
      title: '新生儿听力复筛：县妇幼保健院',
      date: '2025-06-23',
      dateKind: 'by',
      overdue: true,
    });
    expect(items[1]).toMatchObject({ key: 'screening:c1:metabolic', date: '2025-05-30', dateKind: 'from', overdue: false });
    expect(items[1]).not.toHaveProperty('overdueFrom');
    expect(screeningDueItems(boy, [{ kind: 'hearing', result: 'pass', date: '2025-05-14' }], '2025-07-01')).toEqual([]);
    expect(
      screeningDueItems(boy, [{ kind: 'hearing', result: 'referred', date: '2025-06-20', recheckWhere: '省听力中心' }], '2025-07-01')[0],
    ).toMatchObject({ date: '2025-08-12', dateKind: 'by' });
  });

  it('reminders speak of a check as a check (带孩子体检), not as a dose', () => {
    const calendar = childCheckCalendar(boy, {}, '2025-06-02');
    const items = childCheckDueItems(calendar, '2025-06-02');
    const texts = remindersDue(items, '2025-06-02').map((r) => r.text);
    expect(texts).toContain('满月健康检查（出生后28～30天）：7天后（2025-06-09）可以带孩子体检');
  });

  it('what parents read of the screening follow-ups carries no doubt', () => {
    expect(leakedDoubts(SCREENING_FOLLOW_UPS)).toEqual([]);
  });
});

describe('record schemas', () => {
  const check = {
    childId: 'c1',
    checkId: 'm6',
    facility: '平原镇卫生院',
    measurements: { date: '2025-11-14', weightKg: 7.9 },
    development: 'normal',
  };

  it('a check: a known check id, a facility, a development result, plausible measurements', () => {
    const schema = recordCheckSchema('2026-12-04', boy.birthDate, 'M');
    expect(validate(schema, check).ok).toBe(true);
    const bad = validate(schema, {
      ...check,
      checkId: 'm7',
      facility: ' ',
      development: 'fine',
      measurements: { date: '2025-11-14', weightKg: 79 },
    });
    expect(bad).toEqual({
      ok: false,
      fields: expect.objectContaining({
        checkId: '请选择检查项目',
        facility: '请填写检查机构',
        development: '请选择发育筛查结果',
        'measurements.weightKg': expect.stringContaining('体重'),
      }),
    });
  });

  it('a screening: where to go is needed unless it passed; no date before the birth', () => {
    const schema = recordScreeningSchema('2026-12-04', boy.birthDate);
    const pass = { childId: 'c1', kind: 'hearing', round: 'initial', result: 'pass', date: '2025-05-14', facility: '县人民医院' };
    expect(validate(schema, pass).ok).toBe(true);
    expect(validate(schema, { ...pass, result: 'recheck' })).toEqual({ ok: false, fields: { recheckWhere: '请填写复查/就诊地点' } });
    expect(validate(schema, { ...pass, date: '2025-05-01' })).toEqual({
      ok: false,
      fields: { date: '筛查日期不能早于孩子的出生日期（2025-05-12）' },
    });
  });
});
