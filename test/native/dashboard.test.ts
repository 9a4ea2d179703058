// The compiled 人口监测 pages in miniprogram-simulate. The dashboard (dist/packages/staff/dashboard/index):
// the charts are plain views whose lengths come from inline styles, and each number is also text.
// The yearly report (dist/packages/staff/report/index): no 打印 in WeChat; 导出 CSV writes the file
// and offers to send it to a chat.
import type { DashboardQuery } from '@domain/dashboard/types';
import type { PregnancyFact } from '@domain/dashboard/maternalChildFacts';
import { maternalChildFigures } from '@domain/dashboard/maternalChildFigures';
import { reportedFigureView } from '@domain/dashboard/reportedFigures';
import { todayIn } from '@domain/dates';
import { sampleDashboard, sampleReport } from '../fixtures/dashboard';
import {
  all,
  answerApi,
  apiCalls,
  attr,
  byClass,
  fieldByLabel,
  findByText,
  closest,
  loadPage,
  queryAllByText,
  onRequest,
  pickerChange,
  renderPage,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
  type RenderedPage,
} from './harness';

const thisMonth = todayIn(new Date()).slice(0, 7);
let id: string;
let reportId: string;
const writeFileSync = jest.fn();

beforeAll(async () => {
  storage.clear();
  seedSession();
  // The file APIs the CSV export uses; on `wx` before the app starts, as WeChat has them.
  Object.assign(wx, {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getFileSystemManager: () => ({ writeFileSync }),
    shareFileMessage: jest.fn((options: any) => setTimeout(() => options.success?.({ errMsg: 'shareFileMessage:ok' }), 0)),
  });
  id = await loadPage('packages/staff/dashboard/index');
  reportId = await loadPage('packages/staff/report/index');
});

beforeEach(() => {
  onRequest((req) => ({ data: { ok: true, data: sampleDashboard(req.data.input as DashboardQuery) } }));
});

afterEach(() => {
  unmountAll();
  resetWx();
});

async function open(): Promise<RenderedPage> {
  const page = await renderPage(id);
  await waitFor(() => byClass(page.root, 'month-bar').length > 0);
  return page;
}

/** A style property set inline, e.g. styleOf(fill, 'width') → '100%'. */
function styleOf(node: Element, property: string): string | undefined {
  const style = String(attr(node, 'style') ?? '');
  return style.match(new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`))?.[1].trim();
}

test('draws the month bars, the township bars and the bars against targets', async () => {
  const page = await open();
  expect(apiCalls('dashboard')).toEqual([{ action: 'dashboard', input: { from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth } }]);

  // months: a column each, the tallest (20 births in May) full height, each count written out
  const months = byClass(page.root, 'month-bar');
  expect(months).toHaveLength(5);
  const heights = months.map((m) => styleOf(byClass(m, 'month-bar-fill')[0], 'height'));
  expect(heights).toEqual(['25%', '15%', '60%', '0%', '100%']);
  expect(months.map((m) => byClass(m, 'month-bar-count')[0].textContent)).toEqual(['5', '3', '12', '0', '20']);
  expect(byClass(months[4], 'month-bar-label')[0].textContent).toBe('5月');

  // townships, largest first, scaled to the largest
  const townshipCard = byClass(page.root, 'card').find((c) => byClass(c, 'card-title')[0]?.textContent === '按乡镇出生数')!;
  const rows = byClass(townshipCard, 'bar-row');
  expect(rows.map((r) => byClass(r, 'bar-label')[0].textContent)).toEqual(['平原镇', '那邦镇', '苏典傈僳族乡']);
  expect(rows.map((r) => styleOf(byClass(r, 'bar-fill')[0], 'width'))).toEqual(['100%', '20%', '13.3%']);
  expect(rows.map((r) => byClass(r, 'bar-value')[0].textContent)).toEqual(['30', '6', '4']);

  // the sex ratio's marker on a 90–120 scale, the 103–107 band shaded
  expect(styleOf(byClass(page.root, 'ratio-gauge-marker')[0], 'left')).toBe('68.3%');
  expect(styleOf(byClass(page.root, 'ratio-gauge-band')[0], 'left')).toBe('43.3%');
  expect(byClass(page.root, 'ratio-gauge-value')[0].textContent).toBe('110.5');
  expect(byClass(page.root, 'ratio-gauge-verdict')[0].textContent).toBe('高于正常范围');

  // slots per 1000 against 4.5: the bar short of the target line
  const per1000 = byClass(page.root, 'target-bar')[0];
  expect(byClass(per1000, 'target-bar-figures')[0].textContent).toBe('3.1 个/千人 / 目标 4.5 个/千人');
  expect(Number.parseFloat(styleOf(byClass(per1000, 'target-bar-fill')[0], 'width')!)).toBeLessThan(
    Number.parseFloat(styleOf(byClass(per1000, 'target-bar-line')[0], 'left')!),
  );
});

test('the 妇幼 section: each indicator as text, the entered death rate against its ceiling', async () => {
  const year = Number(thisMonth.slice(0, 4));
  const pregnancy = (visited: boolean): PregnancyFact => ({
    startDate: `${year - 1}-03-01`,
    bookedOn: `${year - 1}-04-01`,
    prenatalCheckDates: [`${year - 1}-04-01`, `${year - 1}-06-01`, `${year - 1}-07-01`, `${year - 1}-09-01`, `${year - 1}-11-01`],
    deliveredOn: `${year}-01-01`,
    ...(visited ? { postpartumVisitOn: `${year}-01-05` } : {}),
    latestColours: ['green'],
  });
  const entered = reportedFigureView(
    { figure: 'maternal_mortality', year, value_x100: 1225, source: '妇幼卫生年报 表1', entered_at: `${year}-02-01T02:00:00.000Z` },
    '测试卫健局',
  );
  onRequest((req) => {
    const query = req.data.input as DashboardQuery;
    return {
      data: {
        ok: true,
        data: sampleDashboard(query, { maternalChild: maternalChildFigures([pregnancy(true), pregnancy(false)], [], query, [entered]) }),
      },
    };
  });
  const page = await open();
  await waitFor(() => findByText(page.root, '妇幼健康管理指标'));
  const values = byClass(page.root, 'bar-value').map((v) => v.textContent);
  expect(values).toContain('100.0%（2/2）'); // 早孕建册率
  expect(values).toContain('50.0%（1/2）'); // 产后访视率
  const ceiling = byClass(page.root, 'target-bar').find(
    (b) => byClass(b, 'target-bar-label')[0]?.textContent === `孕产妇死亡率（${year}年）`,
  )!;
  expect(byClass(ceiling, 'target-bar-figures')[0].textContent).toBe('12.25/10万 / 目标 低于 10/10万');
  expect(byClass(ceiling, 'target-bar-status')[0].textContent).toBe('超出目标上限 2.25/10万');
  expect(Number.parseFloat(styleOf(byClass(ceiling, 'target-bar-fill')[0], 'width')!)).toBeGreaterThan(
    Number.parseFloat(styleOf(byClass(ceiling, 'target-bar-line')[0], 'left')!),
  );
});

test('choosing a township in the picker asks again for that township', async () => {
  const page = await open();
  const picker = all(fieldByLabel(page, '乡镇'), 'picker')[0];
  // 0 is 全县, then the townships in their usual order: 1 平原镇, 2 旧城镇
  await pickerChange(picker, 2);
  await waitFor(() => expect(apiCalls('dashboard')).toHaveLength(2));
  expect(apiCalls('dashboard')[1].input).toEqual({ from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth, township: 'jiucheng' });
  await waitFor(() => expect(page.text()).toContain('旧城镇'));
  expect(page.text()).not.toContain('按乡镇出生数');
});

test('the yearly report: rows with <5, no 打印 in WeChat, and 导出 CSV saves the file and offers to send it', async () => {
  const year = Number(thisMonth.slice(0, 4));
  const CSV = '\uFEFF栏目,项目,数值\r\n出生人口,苏典傈僳族乡,<5\r\n';
  answerApi({
    'dashboard.yearlyReport': sampleReport(year, 'county'),
    'dashboard.exportYearlyReport': { filename: `人口监测报告-${year}-全县.csv`, csv: CSV },
  });
  const page = await renderPage(reportId);
  await waitFor(() => findByText(page.root, `盈江县${year}年度人口监测报告（全县）`));
  expect(apiCalls('dashboard')).toEqual([{ action: 'yearlyReport', input: { year, scope: 'county' } }]);
  expect(byClass(page.root, 'report-value').map((v) => v.textContent)).toContain('<5');
  expect(queryAllByText(page.root, '打印')).toHaveLength(0);

  await tap(closest(findByText(page.root, '导出 CSV'), 'button'));
  await waitFor(() => expect(wx.shareFileMessage).toHaveBeenCalledTimes(1));
  expect(apiCalls('dashboard')[1]).toEqual({ action: 'exportYearlyReport', input: { year, scope: 'county' } });
  // written once with one BOM, under the mini-program's own folder
  expect(writeFileSync).toHaveBeenCalledWith(`wxfile://usr/人口监测报告-${year}-全县.csv`, CSV, 'utf8');
  expect(wx.shareFileMessage.mock.calls[0][0]).toMatchObject({
    filePath: `wxfile://usr/人口监测报告-${year}-全县.csv`,
    fileName: `人口监测报告-${year}-全县.csv`,
  });
});

test('政策口径确认清单: each topic titled with its count, its notes below, from dashboard.openQuestions', async () => {
  const questionsId = await loadPage('packages/staff-figures/open-questions/index');
  onRequest(() => ({
    data: {
      ok: true,
      data: [
        { topic: '托育', questions: [{ subject: '混龄班配比', toConfirm: '混龄班保育人员配比1:6为县内口径，待县卫生健康局确认' }] },
        { topic: '预防接种', questions: [{ subject: '2025-01-01 调整', toConfirm: '发文机关与文号待核' }] },
      ],
    },
  }));
  const page = await renderPage(questionsId);
  await waitFor(() => byClass(page.root, 'card-title').length === 2);
  expect(apiCalls('dashboard')).toEqual([{ action: 'openQuestions', input: {} }]);
  const titles = byClass(page.root, 'card-title');
  expect(titles.map((t) => t.textContent)).toEqual(['托育（1项）', '预防接种（1项）']);
  expect(byClass(page.root, 'kv-value').map((v) => v.textContent)).toEqual([
    '混龄班保育人员配比1:6为县内口径，待县卫生健康局确认',
    '发文机关与文号待核',
  ]);
});
