// The dashboard's 妇幼 section (counted indicators, 妊娠风险 colours, the entered death rates beside
// the 2025 targets; 暂无记录 while there are no records) and the bureau's entry page.
import { render, screen, waitFor } from '@testing-library/react';
import type { ChildHealthFact, PregnancyFact } from '@domain/dashboard/maternalChildFacts';
import { maternalChildFigures } from '@domain/dashboard/maternalChildFigures';
import { reportedFigureView, type ReportedFiguresOverview } from '@domain/dashboard/reportedFigures';
import type { DashboardQuery } from '@domain/dashboard/types';
import DashboardPage from '@/packages/staff/dashboard/index';
import ReportedFiguresPage from '@/packages/staff-figures/reported/index';
import { useSession } from '@/stores/session';
import { sampleDashboard } from '../fixtures/dashboard';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

const TODAY = new Date('2026-11-20T04:00:00Z');
const SOURCE = '德宏州妇幼卫生年报（2025年）表1';
const entered = (figure: 'maternal_mortality' | 'infant_mortality', year: number, value_x100: number, source = SOURCE) =>
  reportedFigureView({ figure, year, value_x100, source, entered_at: '2026-02-10T02:00:00.000Z' }, '测试卫健局');

// Five deliveries (all booked early, 5 checks, visited) and one 橙 among them; 2 children born, one visited.
const pregnancies: PregnancyFact[] = Array.from({ length: 5 }, (_, i) => ({
  startDate: '2025-06-01',
  bookedOn: '2025-07-20',
  prenatalCheckDates: ['2025-07-20', '2025-10-01', '2025-11-01', '2026-01-01', '2026-02-01'],
  deliveredOn: '2026-03-01',
  postpartumVisitOn: i < 4 ? '2026-03-05' : undefined,
  latestColours: i === 0 ? ['orange'] : ['green'],
  township: 'pingyuan',
}));
const children: ChildHealthFact[] = [
  { birthDate: '2026-03-01', newbornVisitOn: '2026-03-04', checkDates: [], township: 'pingyuan' },
  { birthDate: '2026-03-01', checkDates: [], township: 'pingyuan' },
];

const fieldError = (name: string) => document.querySelector(`[data-field="${name}"] .field-error`)?.textContent;
const section = () => document.querySelector('[data-section="maternal-child"]') as HTMLElement;
const card = (name: string) => section().querySelector(`[data-card="${name}"]`)?.textContent ?? '';

beforeEach(() => {
  jest.useFakeTimers({ now: TODAY, advanceTimers: true });
  useSession.setState({ token: 't', me: null });
});
afterEach(() => {
  jest.useRealTimers();
});

it('with records: each indicator as a rate with its counts, the colours, and the entered figures against the ceilings', async () => {
  setApiHandler((_fn, body) => {
    const query = body.input as DashboardQuery;
    return {
      ok: true,
      data: sampleDashboard(query, {
        maternalChild: maternalChildFigures(pregnancies, children, query, [
          entered('maternal_mortality', 2026, 1225),
          entered('infant_mortality', 2026, 390),
        ]),
      }),
    };
  });
  render(<DashboardPage />);
  await screen.findByText('妇幼健康管理指标');
  const bar = (key: string) => section().querySelector(`[data-bar="${key}"]`)?.textContent;
  expect(bar('earlyBooking')).toContain('早孕建册率');
  expect(bar('earlyBooking')).toContain('100.0%（5/5）');
  expect(bar('postpartumVisit')).toContain('80.0%（4/5）');
  expect(bar('maternalSystemManagement')).toContain('80.0%（4/5）');
  expect(bar('newbornVisit')).toContain('50.0%（1/2）');
  expect(bar('under3SystemManagement')).toContain('0.0%（0/2）'); // 8 months old at the end of November, no check recorded
  expect(section().querySelector('[data-definition="earlyBooking"]')?.textContent).toContain('孕13周之前建册');

  expect(card('mc-risk')).toContain('高危（橙、红、紫）20.0%（1/5）');
  expect(bar('orange')).toContain('1（20.0%）');

  const maternal = section().querySelector('[data-target-bar="maternal_mortality-2026"]')!.textContent!;
  expect(maternal).toContain('孕产妇死亡率（2026年）');
  expect(maternal).toContain('12.25/10万 / 目标 低于 10/10万');
  expect(maternal).toContain('超出目标上限 2.25/10万');
  expect(section().querySelector('[data-target-bar="infant_mortality-2026"]')!.textContent).toContain('低于目标上限');
  expect(card('mc-reported')).toContain(`来源：${SOURCE}（测试卫健局于2026年2月10日录入）`);
  expect(card('mc-reported')).toContain('盈发〔2023〕8号');
});

it('no records and nothing entered: 暂无记录, said honestly', async () => {
  setApiHandler((_fn, body) => ({ ok: true, data: sampleDashboard(body.input as DashboardQuery) }));
  render(<DashboardPage />);
  await screen.findByText('妇幼健康管理指标');
  expect(card('mc-indicators')).toContain('暂无记录：全县还没有孕产期保健和儿童健康检查的记录。');
  expect(section().querySelector('[data-bar]')).toBeNull();
  expect(card('mc-risk')).toContain('暂无记录');
  expect(card('mc-reported')).toContain('所选期间的年度尚未录入上报数据。');
});

it('the entry page: names each missing field, then saves and lists the figure; a second entry says it replaces', async () => {
  let overview: ReportedFiguresOverview = { figures: [], years: [2026, 2025, 2024, 2023] };
  setApiHandler((_fn, body) => {
    if (body.action === 'setReportedFigure') {
      const input = body.input as { figure: 'maternal_mortality'; year: number; value: number; source: string };
      overview = { ...overview, figures: [entered(input.figure, input.year, Math.round(input.value * 100), input.source)] };
    }
    return { ok: true, data: overview };
  });
  render(<ReportedFiguresPage />);
  await screen.findByText('录入年度数据');
  expect(screen.getByText('暂无记录')).toBeTruthy();

  await tapButton('保存');
  await waitFor(() => expect(fieldError('figure')).toBe('请选择指标'));
  expect(fieldError('year')).toBe('请选择年度');
  expect(fieldError('value')).toBe('请填写数值');
  expect(fieldError('source')).toBe('请填写数据来源');

  await selectOption('figure', 'infant_mortality');
  await waitFor(() => expect(screen.getByTestId('figure-question').textContent).toContain('婴儿死亡率'));
  await selectOption('figure', 'maternal_mortality');
  expect(screen.queryByTestId('figure-question')).toBeNull();
  await selectOption('year', '2025');
  await fillText('value', '8.555');
  await fillText('source', SOURCE);
  await tapButton('保存');
  await waitFor(() => expect(fieldError('value')).toBe('数值最多保留两位小数'));
  expect(calls.request.some((c) => c.body.action === 'setReportedFigure')).toBe(false);

  await fillText('value', '8.5');
  await tapButton('保存');
  await waitFor(() =>
    expect(calls.request.find((c) => c.body.action === 'setReportedFigure')?.body.input).toEqual({
      figure: 'maternal_mortality',
      year: 2025,
      value: 8.5,
      source: SOURCE,
    }),
  );
  await waitFor(() =>
    expect(document.querySelector('[data-entered="maternal_mortality-2025"]')?.textContent).toContain(
      '8.5/10万（目标低于10/10万，已达到）',
    ),
  );
  expect(screen.getByTestId('replacing').textContent).toContain('将替换已录入的 8.5/10万');
  expect(screen.getByText('替换并保存')).toBeTruthy();
});
