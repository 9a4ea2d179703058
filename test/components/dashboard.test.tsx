import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DashboardQuery } from '@domain/dashboard/types';
import { todayIn } from '@domain/dates';
import DashboardPage from '@/packages/staff/dashboard/index';
import { useSession } from '@/stores/session';
import { sampleDashboard } from '../fixtures/dashboard';
import { calls, setApiHandler } from './setup/taroMock';
import { selectOption, tapButton } from './setup/interact';

// A fixed today (Shanghai), so that the default period and the months offered do not depend on the run.
const TODAY = new Date('2026-11-20T04:00:00Z');
const thisMonth = todayIn(TODAY).slice(0, 7);
const thisYearToDate = { from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth };

/** Answers every dashboard query with the sample figures for that query (plus `extra`). */
function answer(extra: Parameters<typeof sampleDashboard>[1] = {}) {
  setApiHandler((_fn, body) => ({ ok: true, data: sampleDashboard(body.input as DashboardQuery, extra) }));
}

const sent = () => calls.request.filter((r) => r.body.action === 'dashboard').map((r) => r.body.input);
const section = (name: string) => document.querySelector(`[data-section="${name}"]`) as HTMLElement;
const barText = (root: Element, key: string) => root.querySelector(`[data-bar="${key}"]`)?.textContent;

/** Picks 'YYYY-MM' in the h5 month field: the year select, then the month select. */
async function changeMonth(field: string, value: string) {
  for (const [part, picked] of [
    ['year', value.slice(0, 4)],
    ['month', String(Number(value.slice(5, 7)))],
  ]) {
    const select = document.querySelector(`[data-field="${field}"] select[name="${field}-${part}"]`) as HTMLSelectElement;
    await act(async () => {
      fireEvent.change(select, { target: { value: picked } });
    });
  }
}

beforeEach(() => {
  jest.useFakeTimers({ now: TODAY, advanceTimers: true });
  useSession.setState({ token: 't', me: null });
});

afterEach(() => {
  jest.useRealTimers();
});

it('asks for this year to date in the whole county, and shows every section', async () => {
  answer();
  render(<DashboardPage />);
  await screen.findByText('按月出生数');
  expect(sent()).toEqual([thisYearToDate]);

  // headline
  expect(document.querySelector('[data-tile="births"]')?.textContent).toContain('40');
  expect(document.querySelector('[data-tile="paid"]')?.textContent).toContain('98,000元');

  // births: months with their counts as text, townships largest first, order with shares
  const births = section('births');
  const months = Array.from(births.querySelectorAll('[data-month]')).map((m) => m.textContent);
  expect(months[0]).toContain('5');
  expect(months[0]).toContain('1月');
  expect(months[2]).toContain('12');
  expect(births.querySelectorAll('[data-month]')).toHaveLength(5);
  const townships = Array.from(births.querySelectorAll('[data-bar]'))
    .slice(0, 3)
    .map((b) => b.getAttribute('data-bar'));
  expect(townships).toEqual(['pingyuan', 'nabang', 'sudian']);
  expect(barText(births, 'pingyuan')).toContain('平原镇');
  expect(barText(births, 'second')).toContain('15（38%）');
  expect(barText(births, 'unknown')).toContain('孩次不详');
  expect(barText(births, 'dai')).toContain('傣族');
  const ratio = births.querySelector('[data-card="sex-ratio"]')!.textContent!;
  expect(ratio).toContain('110.5');
  expect(ratio).toContain('高于正常范围');
  expect(ratio).toContain('正常范围 103–107');
  expect(ratio).toContain('男婴 21');

  // 出生一件事
  const hukou = section('bundle').querySelector('[data-step="hukou"]')!.textContent!;
  expect(hukou).toContain('户口登记');
  expect(hukou).toContain('用时中位 4 天');
  expect(hukou).toContain('≤ 12 天');
  expect(hukou).toContain('逾期未办 3 件');
  expect(section('bundle').querySelector('[data-step="birth_certificate"]')!.textContent).toContain('出生医学证明申领材料不清晰');
  expect(section('bundle').querySelector('[data-step="social_security"]')!.textContent).toContain('用时中位 —');

  // subsidies
  const subsidies = section('subsidies');
  expect(subsidies.querySelector('[data-rule="national-childcare"]')!.textContent).toContain('发放金额 72,000元');
  expect(barText(subsidies, '2026Q2')).toContain('2026年第2季度');
  expect(barText(subsidies, '2026Q2')).toContain('80,000元');
  expect(subsidies.textContent).toContain('合计 98,000元');

  // nurseries: per-1000 and 附件2 against their targets, vacancies by class
  const nurseries = section('nurseries');
  const per1000 = nurseries.querySelector('[data-target-bar="per1000"]')!.textContent!;
  expect(per1000).toContain('3.1 个/千人 / 目标 4.5 个/千人');
  expect(per1000).toContain('距目标还差 1.4 个/千人');
  expect(nurseries.querySelector('[data-target-bar="slots-2023"]')!.textContent).toContain('已达到目标');
  expect(nurseries.querySelector('[data-target-bar="puhui-2024"]')!.textContent).toContain('480 个 / 目标 702 个');
  expect(barText(nurseries, 'infant')).toContain('乳儿班');
  expect(barText(nurseries, 'infant')).toContain('空余 10 / 共 40');

  // no reminder outside 11-01 … 12-01
  expect(screen.queryByTestId('report-reminder')).toBeNull();
});

it('sends a new query when a township or the period changes', async () => {
  answer();
  render(<DashboardPage />);
  await screen.findByText('按乡镇出生数');

  await selectOption('township', 'nabang');
  await waitFor(() => expect(sent()).toHaveLength(2));
  expect(sent()[1]).toEqual({ ...thisYearToDate, township: 'nabang' });
  // a township's view: no township chart, and 附件2 (a county target) is not compared with it
  await waitFor(() => expect(screen.getByTestId('dashboard-scope').textContent).toContain('那邦镇'));
  expect(screen.queryByText('按乡镇出生数')).toBeNull();
  expect(section('nurseries').textContent).toContain('附件2 的任务数是全县合计');

  const earlier = `${Number(thisMonth.slice(0, 4)) - 1}-07`;
  await changeMonth('from', earlier); // the year, then the month: two queries
  await waitFor(() => expect(sent()).toHaveLength(4));
  expect(sent()[3]).toEqual({ from: earlier, to: thisMonth, township: 'nabang' });
  await waitFor(() => expect(screen.getByTestId('dashboard-scope').textContent).toContain(`${earlier.slice(0, 4)}年7月`));

  await selectOption('township', 'county');
  await waitFor(() => expect(sent()).toHaveLength(5));
  expect(sent()[4]).toEqual({ from: earlier, to: thisMonth });
});

it('ends on the latest query when an earlier answer comes back last, without asking again', async () => {
  setApiHandler(async (_fn, body) => {
    const query = body.input as DashboardQuery;
    if (query.township === 'nabang') await new Promise((resolve) => setTimeout(resolve, 300));
    return { ok: true, data: sampleDashboard(query) };
  });
  render(<DashboardPage />);
  await screen.findByText('按月出生数');
  await selectOption('township', 'nabang');
  await selectOption('township', 'pingyuan');
  await waitFor(() => expect(screen.getByTestId('dashboard-scope').textContent).toContain('平原镇'));
  // the slow 那邦镇 answer arrives after 平原镇's and is dropped
  expect(sent().at(-1)).toEqual({ ...thisYearToDate, township: 'pingyuan' });
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(sent()).toHaveLength(3);
  expect(screen.getByTestId('dashboard-scope').textContent).toContain('平原镇');
  expect(screen.getByTestId('dashboard-scope').textContent).not.toContain('正在更新');
});

it('offers the months from 2023 to this month, and stops the period at the month chosen as its end', async () => {
  answer();
  render(<DashboardPage />);
  await screen.findByText('按月出生数');
  const options = (selector: string) => Array.from(document.querySelectorAll(`${selector} option`)).map((o) => o.textContent);
  const thisYear = Number(thisMonth.slice(0, 4));
  expect(options('select[name="from-year"]')).toEqual(Array.from({ length: thisYear - 2022 }, (_, i) => `${2023 + i}年`));
  // the end cannot come before the start (January of this year)
  expect(options('select[name="to-year"]')).toEqual([`${thisYear}年`]);
  // the end month is this month: no later month is offered
  expect(options('select[name="to-month"]').at(-1)).toBe(`${Number(thisMonth.slice(5, 7))}月`);
  await changeMonth('to', `${thisMonth.slice(0, 4)}-01`);
  await waitFor(() => expect(sent()).toHaveLength(2));
  expect(sent()[1]).toEqual({ from: thisYearToDate.from, to: `${thisMonth.slice(0, 4)}-01` });
  // the start can now be no later than January
  expect(options('select[name="from-month"]')).toEqual(['1月']);
});

describe('in 2029', () => {
  beforeEach(() => {
    jest.setSystemTime(new Date('2029-06-15T04:00:00Z'));
  });

  it('does not send a period longer than five years, and says why under the field', async () => {
    answer();
    render(<DashboardPage />);
    await screen.findByText('按月出生数');
    expect(sent()).toEqual([{ from: '2029-01', to: '2029-06' }]);
    await changeMonth('from', '2023-03');
    expect(await screen.findByText(/查询期间最长60个月/, { selector: '.field-error' })).toBeTruthy();
    expect(sent()).toHaveLength(1);
    await changeMonth('from', '2024-07');
    await waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[1]).toEqual({ from: '2024-07', to: '2029-06' });
    expect(document.querySelector('.field-error')).toBeNull();
  });
});

it('reminds of the yearly report when reportDueBy is set, and opens that year’s report', async () => {
  answer({ reportDueBy: '2026-12-01' });
  render(<DashboardPage />);
  const banner = await screen.findByTestId('report-reminder');
  expect(banner.textContent).toContain('2026年12月1日前报送');
  await tapButton('查看2026年度报告');
  expect(calls.navigateTo).toEqual(['/packages/staff/report/index?year=2026']);
});

it('shows the server’s refusal on the page, with no 重试 for a refusal', async () => {
  setApiHandler(() => ({ ok: false, error: { code: 'FORBIDDEN', message: '仅县卫生健康局可以查看人口监测数据' } }));
  render(<DashboardPage />);
  expect(await screen.findByText('仅县卫生健康局可以查看人口监测数据')).toBeTruthy();
  expect(screen.queryByText('重试')).toBeNull();
});

it('offers 重试 when the network failed, and shows the figures once it is back', async () => {
  let online = false;
  setApiHandler((_fn, body) => {
    if (!online) throw new Error('network down');
    return { ok: true, data: sampleDashboard(body.input as DashboardQuery) };
  });
  render(<DashboardPage />);
  expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
  online = true;
  await tapButton('重试');
  expect(await screen.findByText('按月出生数')).toBeTruthy();
  expect(screen.queryByText('重试')).toBeNull();
});

it('one small-numbers rule: a sex ratio from 6 births is withheld in the headline and the card, as in the report, and never coloured as fine', async () => {
  const six = (q: DashboardQuery) => {
    const d = sampleDashboard(q);
    return { ...d, births: { ...d.births, total: 6, sex: { ...d.births.sex, boys: 3, girls: 3, ratio: 100 } } };
  };
  setApiHandler((_fn, body) => ({ ok: true, data: six(body.input as DashboardQuery) }));
  render(<DashboardPage />);
  await screen.findByText('按月出生数');
  const tile = document.querySelector('[data-tile="ratio"]') as HTMLElement;
  expect(tile.textContent).toContain('—');
  expect(tile.textContent).not.toContain('100.0');
  expect(tile.getAttribute('data-tone')).toBe('muted');
  const card = section('births').querySelector('[data-card="sex-ratio"]')!.textContent!;
  expect(card).toContain('男婴或女婴不足5名，不计算性别比');
  expect(card).not.toContain('在正常范围内');
  expect(card).not.toContain('100.0');
});

it('the headline ratio outside the normal range is not green', async () => {
  answer();
  render(<DashboardPage />);
  await screen.findByText('按月出生数');
  const tile = document.querySelector('[data-tile="ratio"]') as HTMLElement;
  expect(tile.textContent).toContain('110.5');
  expect(tile.getAttribute('data-tone')).toBe('off');
  expect(document.querySelector('[data-tile="births"]')?.getAttribute('data-tone')).toBe('plain');
});
