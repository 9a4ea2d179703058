// The parent's child health page (calendar, screenings, growth charts with their text tables), the
// chart itself (dots where the numbers say), and the 妇幼保健 worker's record form.
import { fireEvent, render, screen, act, within } from '@testing-library/react';
import { childCheckCalendar } from '@domain/childHealth/childCheckCalendar';
import { growthView } from '@domain/childHealth/growthChart';
import type { ChildHealthView, StaffChildHealthView } from '@domain/childHealth/types';
import type { Measurement } from '@domain/growth/growthStandard';
import { GrowthChart, chartSummary } from '@/components/charts/GrowthChart';
import ChildHealthPage from '@/packages/child-health/child/index';
import StaffChildHealthPage from '@/packages/staff-health/child/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const TODAY = '2026-12-04';
const child = { id: 'k1', name: '演示段小禾', sex: 'M' as const, birthDate: '2025-05-12' };
const measurements: Measurement[] = [
  { measure: 'weight', value: 3.4, date: '2025-05-19' },
  { measure: 'weight', value: 7.9, date: '2025-11-14' },
  { measure: 'length', value: 67.5, date: '2025-11-14', position: 'lying' },
  { measure: 'head', value: 43.4, date: '2025-11-14' },
];

function view(ms: Measurement[] = measurements): ChildHealthView {
  const { view: growth } = growthView(child.sex, child.birthDate, ms, TODAY);
  return {
    child,
    calendar: childCheckCalendar(
      child,
      { 'newborn-visit': { date: '2025-05-19', facility: '平原镇卫生院' }, m6: { date: '2025-11-14', facility: '平原镇卫生院' } },
      TODAY,
    ),
    records: [
      {
        checkId: 'm6',
        title: '6月龄健康检查',
        date: '2025-11-14',
        facility: '平原镇卫生院',
        weightKg: 7.9,
        lengthCm: 67.5,
        position: 'lying',
        headCm: 43.4,
        development: 'normal',
      },
    ],
    screenings: [
      {
        kind: 'hearing',
        round: 'initial',
        result: 'recheck',
        date: '2025-05-14',
        facility: '盈江县人民医院',
        recheckWhere: '县妇幼保健院听力筛查室',
        followUp: {
          title: '新生儿听力复筛',
          advice: '请在孩子出生42天内带孩子去复筛。',
          by: '2025-06-23',
          source: { document: '《新生儿疾病筛查技术规范（2010年版）》', clause: '42天内复筛' },
        },
      },
    ],
    growth,
  };
}

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ childId: 'k1' });
  setApiHandler(() => ({ ok: true, data: view() }));
});

describe("the parent's page", () => {
  it('shows the calendar, the screening with where to go, and the weight chart with a dot and a table row per measurement', async () => {
    render(<ChildHealthPage />);
    expect(await screen.findByText('演示段小禾')).toBeTruthy();
    expect(document.querySelector('[data-check="m6"]')!.getAttribute('data-status')).toBe('done');
    expect(document.querySelector('[data-check="m18"]')!.getAttribute('data-status')).toBe('due');
    expect(screen.getByText('去哪里：县妇幼保健院听力筛查室')).toBeTruthy();
    expect(screen.getByText(/新生儿听力复筛（请在2025-06-23前）/)).toBeTruthy();

    const chart = document.querySelector('[data-growth-chart="weight"]')!;
    expect(chart.querySelectorAll('[data-point-date]')).toHaveLength(2);
    const rows = Array.from(chart.querySelectorAll('[data-row-date]')).map((r) => r.textContent);
    expect(rows[1]).toContain('2025-11-14');
    expect(rows[1]).toContain('6个月2天');
    expect(rows[1]).toContain('7.9');
    expect(rows[1]).toMatch(/P\d+\.\dZ [+-]\d\.\d\d/);
    expect(document.body.textContent).toContain('世界卫生组织（WHO）儿童生长标准（2006）');
    expect(document.body.textContent).not.toContain('待');
  });

  it('switches to the head circumference chart and shows the lines’ values as text on request', async () => {
    render(<ChildHealthPage />);
    await screen.findByText('演示段小禾');
    await act(async () => {
      fireEvent.click(document.querySelector('[data-measure="head"]')!);
    });
    expect(document.querySelector('[data-growth-chart="head"] [data-point-date="2025-11-14"]')).toBeTruthy();
    await tapButton('显示参考线数值');
    const table = document.querySelector('[data-band-table="head"]')!;
    expect(table.textContent).toContain('P97');
    expect(table.textContent).toContain('出生');
  });

  it('a flag is told in calm words with what to do', async () => {
    setApiHandler(() => ({ ok: true, data: view([{ measure: 'weight', value: 6.0, date: '2025-11-14' }]) }));
    render(<ChildHealthPage />);
    await screen.findByText('演示段小禾');
    expect(screen.getByText('这次测量需要留意')).toBeTruthy();
    expect(document.querySelector('[data-flag="below-p3"]')!.textContent).toContain('怎么做：请在2周内');
  });
});

describe('the chart', () => {
  it('places each dot where its age and value say, and names the plot with the same numbers', () => {
    const chart = view().growth.charts!.find((c) => c.measure === 'weight')!;
    render(<GrowthChart chart={chart} />);
    const dot = document.querySelector('[data-point-date="2025-11-14"]') as HTMLElement;
    const p = chart.points[1]!;
    expect(parseFloat(dot.style.left)).toBeCloseTo((p.ageDays / chart.xMaxDays) * 100, 1);
    expect(parseFloat(dot.style.top)).toBeCloseTo(((chart.yMax - 7.9) / (chart.yMax - chart.yMin)) * 100, 1);
    expect(chartSummary(chart)).toContain(`2025-11-14（6个月2天）7.9kg，第${p.percentile.toFixed(1)}百分位`);
    expect(document.querySelector('[aria-label]')!.getAttribute('aria-label')).toBe(chartSummary(chart));
    // The band: one column per pair of band points, each with its P50 line.
    expect(document.querySelectorAll('.growth-chart-median')).toHaveLength(chart.bands.length - 1);
  });
});

describe("the health worker's page", () => {
  it('records a check: the form sends the measurements; a field message from the server shows under its field', async () => {
    const staffView = (): StaffChildHealthView => ({ ...view(), staffFlags: [], notes: ['国家标准待确认'] });
    let answer: unknown = {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '输入有误',
        fields: { 'measurements.weightKg': '体重与孩子的月龄相差太大，请核对是否填错（单位：千克）' },
      },
    };
    setApiHandler((_fn, body) => (body.action === 'recordCheck' ? answer : { ok: true, data: staffView() }));
    render(<StaffChildHealthPage />);
    await screen.findByText('演示段小禾');
    expect(screen.getByText('待核：国家标准待确认')).toBeTruthy();
    await act(async () => {
      fireEvent.click(document.querySelector('[data-check="m18"]')!);
    });
    expect(document.querySelector('[data-record-check="m18"]')).toBeTruthy();
    await fillText('facility', '平原镇卫生院');
    await fillText('weightKg', '109');
    await fillText('lengthCm', '82.5');
    await act(async () => {
      fireEvent.click(screen.getByText('未见异常'));
    });
    await tapButton('确认录入');
    const sent = calls.request.find((r) => r.body.action === 'recordCheck')!.body.input as Record<string, unknown>;
    expect(sent).toMatchObject({
      childId: 'k1',
      checkId: 'm18',
      facility: '平原镇卫生院',
      development: 'normal',
      measurements: { weightKg: 109, lengthCm: 82.5, position: 'lying', headCm: null },
    });
    expect(await screen.findByText('体重与孩子的月龄相差太大，请核对是否填错（单位：千克）')).toBeTruthy();

    answer = { ok: true, data: staffView() };
    await fillText('weightKg', '10.9');
    await tapButton('确认录入');
    expect(document.querySelector('[data-record-check="m18"]')).toBeNull();
  });

  it('records a newborn screening: where to go is asked only for a result other than 通过, and its message shows under it', async () => {
    const staffView = (): StaffChildHealthView => ({ ...view(), staffFlags: [], notes: [] });
    let answer: unknown = {
      ok: false,
      error: { code: 'INVALID_INPUT', message: '输入有误', fields: { recheckWhere: '请填写复查/就诊地点' } },
    };
    setApiHandler((_fn, body) => (body.action === 'recordScreening' ? answer : { ok: true, data: staffView() }));
    render(<StaffChildHealthPage />);
    await screen.findByText('演示段小禾');
    await tapButton('录入新生儿筛查结果');
    const form = within(document.querySelector('.record-screening') as HTMLElement);
    await act(async () => {
      fireEvent.click(form.getByText('新生儿听力筛查'));
    });
    await fillText('facility', '县妇幼保健院');
    await act(async () => {
      fireEvent.click(form.getByText('通过'));
    });
    expect(document.querySelector('[data-field="recheckWhere"]')).toBeNull();
    await act(async () => {
      fireEvent.click(form.getByText('需要复查'));
    });
    expect(document.querySelector('[data-field="recheckWhere"]')).toBeTruthy();
    await tapButton('确认录入');
    const sent = calls.request.find((r) => r.body.action === 'recordScreening')!.body.input as Record<string, unknown>;
    expect(sent).toMatchObject({
      childId: 'k1',
      kind: 'hearing',
      round: 'initial',
      result: 'recheck',
      facility: '县妇幼保健院',
      recheckWhere: null,
    });
    expect(await screen.findByText('请填写复查/就诊地点')).toBeTruthy();

    answer = { ok: true, data: staffView() };
    await fillText('recheckWhere', '县妇幼保健院听力筛查室');
    await tapButton('确认录入');
    expect(calls.request.filter((r) => r.body.action === 'recordScreening').at(-1)!.body.input).toMatchObject({
      recheckWhere: '县妇幼保健院听力筛查室',
    });
    expect(document.querySelector('.record-screening')).toBeNull();
  });
});
