import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { todayIn } from '@domain/dates';
import type { ReportScope } from '@domain/dashboard/types';
import YearlyReportPage from '@/packages/staff/report/index';
import { saveCsv } from '@/services/saveFile';
import { useSession } from '@/stores/session';
import { sampleReport } from '../fixtures/dashboard';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { selectOption, tapButton } from './setup/interact';

// The browser download itself (Blob, object URL) is the saveFile module's job; here: what it is given.
jest.mock('@/services/saveFile', () => ({ saveCsv: jest.fn(async () => undefined) }));

const thisYear = Number(todayIn(new Date()).slice(0, 4));
const CSV = '\uFEFF栏目,项目,数值\r\n出生人口,苏典傈僳族乡,<5\r\n';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  (saveCsv as jest.Mock).mockClear();
  setApiHandler((_fn, body) => {
    const input = body.input as { year: number; scope: ReportScope };
    if (body.action === 'exportYearlyReport')
      return { ok: true, data: { filename: `盈江县${input.year}年度人口监测报告-${input.scope}.csv`, csv: CSV } };
    return { ok: true, data: sampleReport(input.year, input.scope) };
  });
});

const asked = (action: string) => calls.request.filter((r) => r.body.action === action).map((r) => r.body.input);

it('shows this year’s county report, grouped by section, small counts as <5', async () => {
  render(<YearlyReportPage />);
  await screen.findByText(`盈江县${thisYear}年度人口监测报告（全县）`);
  expect(asked('yearlyReport')).toEqual([{ year: thisYear, scope: 'county' }]);
  const births = document.querySelector('[data-section="出生人口"]')!;
  const rows = Array.from(births.querySelectorAll('.report-row')).map((r) => [
    r.querySelector('.kv-key')!.textContent,
    r.querySelector('.kv-value')!.textContent,
  ]);
  expect(rows).toEqual([
    ['全县合计', '128'],
    ['平原镇', '96'],
    ['苏典傈僳族乡', '<5'],
  ]);
  expect(document.querySelector('[data-section="户口登记"]')!.textContent).toContain('逾期未办0');
  expect(screen.getByText(`报送截止：${thisYear}年12月1日前`)).toBeTruthy();
  expect(screen.getByText(/数值为1—4时显示为“<5”/)).toBeTruthy();
});

it('opens the year the dashboard asked for, and loads the report of the scope chosen', async () => {
  setRouterParams({ year: String(thisYear - 1) });
  render(<YearlyReportPage />);
  await screen.findByText(`盈江县${thisYear - 1}年度人口监测报告（全县）`);
  await tapButton('公安');
  await waitFor(() =>
    expect(asked('yearlyReport')).toEqual([
      { year: thisYear - 1, scope: 'county' },
      { year: thisYear - 1, scope: 'police' },
    ]),
  );
  await screen.findByText(`盈江县${thisYear - 1}年度人口监测报告（公安）`);
  await selectOption('year', String(thisYear));
  await waitFor(() => expect(asked('yearlyReport')).toHaveLength(3));
  expect(asked('yearlyReport')[2]).toEqual({ year: thisYear, scope: 'police' });
});

it('ignores a year in the link that has no report', async () => {
  setRouterParams({ year: '2019', scope: 'nonsense' });
  render(<YearlyReportPage />);
  await screen.findByText(`盈江县${thisYear}年度人口监测报告（全县）`);
  expect(asked('yearlyReport')).toEqual([{ year: thisYear, scope: 'county' }]);
});

it('导出 CSV saves the file the server made for the year and scope shown', async () => {
  render(<YearlyReportPage />);
  await screen.findByText(`盈江县${thisYear}年度人口监测报告（全县）`);
  await tapButton('导出 CSV');
  await waitFor(() => expect(saveCsv).toHaveBeenCalledTimes(1));
  expect(asked('exportYearlyReport')).toEqual([{ year: thisYear, scope: 'county' }]);
  expect(saveCsv).toHaveBeenCalledWith(`盈江县${thisYear}年度人口监测报告-county.csv`, CSV);
});

it('打印 prints the page in the browser', async () => {
  const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
  render(<YearlyReportPage />);
  await screen.findByText(`盈江县${thisYear}年度人口监测报告（全县）`);
  const button = await screen.findByText('打印');
  await act(async () => {
    fireEvent.click(button);
  });
  expect(print).toHaveBeenCalledTimes(1);
  print.mockRestore();
});

it('says why an export failed', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'exportYearlyReport'
      ? { ok: false, error: { code: 'FORBIDDEN', message: '仅县卫生健康局可以导出年度报告' } }
      : { ok: true, data: sampleReport(thisYear, 'county') },
  );
  render(<YearlyReportPage />);
  await screen.findByText(`盈江县${thisYear}年度人口监测报告（全县）`);
  await tapButton('导出 CSV');
  await waitFor(() => expect(calls.modal).toEqual(['仅县卫生健康局可以导出年度报告']));
  expect(saveCsv).not.toHaveBeenCalled();
});
