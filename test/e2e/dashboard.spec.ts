import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Dashboard, YearlyReport } from '../../domain/dashboard/types';
import { reportDueBy } from '../../domain/dashboard/reportDeadline';
import { choose, current, settle, shot, signIn, tap } from './journey';

async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(JSON.parse(localStorage.getItem('yj.session') ?? '{}').data).state.token as string);
}

async function api<T>(request: APIRequestContext, token: string, action: string, input: unknown): Promise<T> {
  const res = await request.post('/api/dashboard', { data: { action, input }, headers: { Authorization: `Bearer ${token}` } });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data as T;
}

/** The whole page, not just the first screen: Taro h5 scrolls inside the page, so grow the viewport to it. */
async function fullShot(page: Page, name: string) {
  const size = page.viewportSize()!;
  await settle(page);
  const height = await current(page).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height)) });
  await shot(page, name);
  await page.setViewportSize(size);
}

function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

test('the health bureau reads the dashboard, narrows it to a township, and exports the yearly report', async ({ page, request }) => {
  test.setTimeout(150_000);
  const today = shanghaiToday();
  const year = Number(today.slice(0, 4));
  const thisYearToDate = { from: `${year}-01`, to: today.slice(0, 7) };

  // From the staff tools to 人口监测.
  await signIn(page, 'health_bureau');
  await page.goto('/#/packages/staff/index');
  await tap(page, '人口监测');
  await expect(current(page).getByText('按月出生数')).toBeVisible();
  const token = await tokenOf(page);
  const county = await api<Dashboard>(request, token, 'dashboard', thisYearToDate);
  expect(county.births.total, 'the demo data has births this year').toBeGreaterThan(0);
  await expect(current(page).getByTestId('dashboard-scope')).toContainText('全县');
  await expect(current(page).locator('[data-tile="births"]')).toContainText(String(county.births.total));
  // one bar per month of the period, each with its count written out
  const months = current(page).locator('[data-section="births"] [data-month]');
  await expect(months).toHaveCount(county.births.byMonth.length);
  const busiest = county.births.byMonth.reduce((a, b) => (b.count > a.count ? b : a));
  await expect(current(page).locator(`[data-month="${busiest.month}"] .month-bar-count`)).toHaveText(String(busiest.count));
  await expect(current(page).locator('[data-section="nurseries"] [data-target-bar="per1000"]')).toContainText('目标 4.5');

  // The reminder shows from 11-01 to 12-01 only.
  const due = reportDueBy(today);
  const reminder = current(page).getByTestId('report-reminder');
  if (due) await expect(reminder).toContainText(`${year}年12月1日前报送`);
  else await expect(reminder).toHaveCount(0);
  await fullShot(page, '70-dashboard-county');

  // The county seat only: the page asks again and the township chart gives way.
  const busiestTownship = county.births.byTownship.reduce((a, b) => (b.count > a.count ? b : a));
  await choose(page, 'township', busiestTownship.township);
  const township = await api<Dashboard>(request, token, 'dashboard', { ...thisYearToDate, township: busiestTownship.township });
  await expect(current(page).getByTestId('dashboard-scope')).not.toContainText('全县');
  await expect(current(page).locator('[data-tile="births"]')).toContainText(String(township.births.total));
  await expect(current(page).getByText('按乡镇出生数')).toHaveCount(0);
  await fullShot(page, '71-dashboard-township');

  // The same page on a desktop browser.
  await choose(page, 'township', 'county');
  await expect(current(page).getByText('按乡镇出生数')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await fullShot(page, '72-dashboard-desktop');
  await page.setViewportSize({ width: 390, height: 844 });

  // The yearly report: from the reminder when it shows, else from the staff tools.
  if (due) await tap(page, `查看${year}年度报告`);
  else await page.goto('/#/packages/staff/report/index');
  await settle(page);
  const report = await api<YearlyReport>(request, token, 'yearlyReport', { year, scope: 'county' });
  await expect(current(page).locator('.report-title')).toHaveText(report.title);
  const shown = current(page).locator('.report-value');
  await expect(shown).toHaveCount(report.rows.length);
  expect(
    report.rows.some((r) => r.value === '<5'),
    'the demo data has a township with 1–4 births',
  ).toBe(true);
  await expect(current(page).locator('.report-value', { hasText: '<5' }).first()).toBeVisible();
  await fullShot(page, '73-report-county');

  // 导出 CSV: a UTF-8 file with one BOM, counts only.
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '导出 CSV')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect([...bytes.subarray(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  expect(csv).toContain('<5');
  // no person in it: the demo people's names carry 演示/样例, and no ID number fits a cell
  expect(csv).not.toMatch(/演示|样例/);
  expect(csv).not.toMatch(/\d{17}[\dXx]/);

  // A department's part, then the print view: only the report, no controls.
  await expect(page.getByText(/^已下载/)).toBeHidden();
  await tap(page, '公安');
  await expect(current(page).locator('.report-title')).toContainText('公安');
  await page.emulateMedia({ media: 'print' });
  await expect(current(page).locator('.report-controls')).toBeHidden();
  await expect(current(page).locator('.report-paper')).toBeVisible();
  await shot(page, '74-report-police-print');
  await page.emulateMedia({ media: 'screen' });
});
