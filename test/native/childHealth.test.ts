// The compiled child health page (dist/packages/child-health/child/index): the growth chart drawn with
// views (the band's columns, a dot per measurement placed by its age and value), the text table under
// it and the measure tabs.
import { childCheckCalendar } from '@domain/childHealth/childCheckCalendar';
import { growthView } from '@domain/childHealth/growthChart';
import type { ChildHealthView } from '@domain/childHealth/types';
import type { Measurement } from '@domain/growth/growthStandard';
import {
  answerApi,
  apiCalls,
  attr,
  byClass,
  findByText,
  loadPage,
  renderPage,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
  type RenderedPage,
} from './harness';

const TODAY = '2026-12-04';
const child = { id: 'k1', name: '演示段小禾', sex: 'M' as const, birthDate: '2025-05-12' };
const measurements: Measurement[] = [
  { measure: 'weight', value: 3.4, date: '2025-05-19' },
  { measure: 'weight', value: 6.6, date: '2025-08-14' },
  { measure: 'weight', value: 7.9, date: '2025-11-14' },
  { measure: 'head', value: 43.4, date: '2025-11-14' },
];
const { view: growth } = growthView(child.sex, child.birthDate, measurements, TODAY);
const view: ChildHealthView = {
  child,
  calendar: childCheckCalendar(child, { m6: { date: '2025-11-14', facility: '平原镇卫生院' } }, TODAY),
  records: [
    {
      checkId: 'm6',
      title: '6月龄健康检查',
      date: '2025-11-14',
      facility: '平原镇卫生院',
      weightKg: 7.9,
      headCm: 43.4,
      development: 'normal',
    },
  ],
  screenings: [],
  growth,
};

let id: string;
beforeAll(async () => {
  storage.clear();
  seedSession();
  id = await loadPage('packages/child-health/child/index');
});
afterEach(() => {
  unmountAll();
  resetWx();
});

async function open(): Promise<RenderedPage> {
  answerApi({ 'childHealth.overview': view });
  const page = await renderPage(id, { childId: 'k1' });
  await waitFor(() => findByText(page.root, '演示段小禾'));
  return page;
}

/** left/top of a view's inline style, in % of the plot. */
function position(el: Element): { left: number; top: number } {
  const style = String(attr(el, 'style') ?? '');
  const grab = (k: string) => Number(new RegExp(`${k}:\\s*([\\d.]+)%`).exec(style)?.[1]);
  return { left: grab('left'), top: grab('top') };
}

test('draws the weight chart: band columns, one dot per measurement where the numbers say, and the numbers as text', async () => {
  const page = await open();
  expect(apiCalls('childHealth')).toEqual([{ action: 'overview', input: { childId: 'k1' } }]);
  const chart = growth.charts!.find((c) => c.measure === 'weight')!;
  expect(byClass(page.root, 'growth-chart-col')).toHaveLength(chart.bands.length - 1);
  const dots = byClass(page.root, 'growth-chart-point');
  expect(dots).toHaveLength(3);
  const last = chart.points[2]!;
  const at = position(dots[2]!);
  expect(at.left).toBeCloseTo((last.ageDays / chart.xMaxDays) * 100, 1);
  expect(at.top).toBeCloseTo(((chart.yMax - 7.9) / (chart.yMax - chart.yMin)) * 100, 1);
  // Dots further right are older and heavier (higher up = smaller top).
  const xs = dots.map((d) => position(d).left);
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);

  const rows = byClass(page.root, 'growth-table-row').map((r) => r.textContent!.replace(/\s+/g, ''));
  expect(rows[0]).toBe('日期/月龄测量值（kg）百分位/Z');
  expect(rows[3]).toBe(`2025-11-146个月2天7.9P${last.percentile.toFixed(1)}Z${last.z >= 0 ? '+' : ''}${last.z.toFixed(2)}`);
  // Taro's weapp templates carry no aria-* attributes (the plot's name reaches h5 only): every number
  // a screen reader needs is in the table above, in both builds.
  expect(page.text()).toContain('世界卫生组织（WHO）儿童生长标准（2006）');
  expect(page.text()).toContain('P97');
});

test('the head circumference tab shows its own chart', async () => {
  const page = await open();
  await tap(findByText(page.root, '头围'));
  await waitFor(() => expect(page.text()).toContain('年龄别头围（cm）'));
  expect(byClass(page.root, 'growth-chart-point')).toHaveLength(1);
  expect(page.text()).toContain('43.4');
});
