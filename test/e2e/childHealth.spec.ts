// Issue 16, the child's side: a child's 6-month check is recorded by the 妇幼保健 worker and the parent
// sees the point on the growth chart (and its numbers in the table under it), at 390 px and in elder mode.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { current, fill, settle, shot, signIn, tap } from './journey';

const CHILD = '演示段小禾';
const BIRTH = '2025-05-12';
const CHECK_DATE = '2025-11-14';

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown) {
  const res = await request.post(`/api/${fn}`, { data: { action, input }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

async function parentPhone(browser: Browser, request: APIRequestContext, elder: boolean): Promise<{ page: Page; token: string }> {
  const { token, me } = await api(request, null, 'account', 'devLogin', { demo: 'subsidy_parent' });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const session = JSON.stringify({ state: { token, userId: me.userId }, version: 0 });
  const settings = JSON.stringify({ state: { elderMode: elder }, version: 0 });
  await page.addInitScript(
    ([s, t]) => {
      window.localStorage.setItem('yj.session', JSON.stringify({ data: s }));
      window.localStorage.setItem('yj.settings', JSON.stringify({ data: t }));
    },
    [session, settings],
  );
  return { page, token };
}

test("a child's 6-month check is recorded and the parent sees the point on the chart", async ({ page, browser, request }) => {
  test.setTimeout(150_000);
  // The 妇幼保健 worker: the queue, the search, the child's page, the 6-month check.
  await signIn(page, 'maternal_child');
  await page.goto('/#/packages/staff-health/children/index');
  await settle(page);
  await expect(current(page).locator('[data-queue="due"]')).toBeVisible();
  await shot(page, '60-staff-child-health-queue');
  await fill(page, 'name', CHILD);
  await current(page).locator('[data-field="birthDate"] input').fill(BIRTH);
  await tap(page, '查找');
  await current(page).locator('[data-found-child]', { hasText: CHILD }).click();
  await settle(page);
  await current(page).locator('[data-check="m6"]').click();
  await expect(current(page).locator('[data-record-check="m6"]')).toBeVisible();
  await current(page).locator('[data-field="date"] input').fill(CHECK_DATE);
  await fill(page, 'facility', '平原镇卫生院儿童保健门诊');
  await fill(page, 'weightKg', '7.9');
  await fill(page, 'lengthCm', '67.6');
  await fill(page, 'headCm', '43.5');
  await tap(page, '未见异常');
  await shot(page, '61-staff-record-6-month-check');
  await tap(page, '确认录入');
  await expect(current(page).locator('[data-check="m6"]')).toHaveAttribute('data-status', 'done');

  // The parent: the message, then the chart with the new point and its row in the table.
  const parent = await parentPhone(browser, request, false);
  const inbox = await api(request, parent.token, 'account', 'inbox', {});
  const message = inbox.find((m: { title: string; body: string }) => m.title === '儿童健康检查已记录' && m.body.includes('6月龄'));
  expect(message.link).toMatch(/^\/packages\/child-health\/child\/index\?childId=/);
  await parent.page.goto(`/#${message.link}`);
  await settle(parent.page);
  const chart = current(parent.page).locator('[data-growth-chart="weight"]');
  await expect(chart.locator(`[data-point-date="${CHECK_DATE}"]`)).toBeVisible();
  const row = chart.locator(`[data-row-date="${CHECK_DATE}"]`);
  await expect(row).toContainText('6个月2天');
  await expect(row).toContainText('7.9');
  await expect(row).toContainText(/P\d/);
  await expect(current(parent.page)).toContainText('世界卫生组织（WHO）儿童生长标准（2006）');
  await expect(current(parent.page).locator('[data-check="m6"]')).toHaveAttribute('data-status', 'done');
  await current(parent.page).locator('[data-growth-chart="weight"]').scrollIntoViewIfNeeded();
  await shot(parent.page, '62-growth-chart-weight');
  await parent.page
    .locator('.taro_page:visible [data-growth-chart="weight"]')
    .screenshot({ path: `${__dirname}/screenshots/63-growth-chart-weight-only.png` });
  await current(parent.page).locator('[data-measure="length"]').click();
  await expect(current(parent.page).locator(`[data-growth-chart="length"] [data-point-date="${CHECK_DATE}"]`)).toBeVisible();

  // Elder mode: the same chart, bigger, still readable.
  const elder = await parentPhone(browser, request, true);
  await elder.page.goto(`/#${message.link}`);
  await settle(elder.page);
  await expect(current(elder.page).locator(`[data-growth-chart="weight"] [data-point-date="${CHECK_DATE}"]`)).toBeVisible();
  await shot(elder.page, '64-growth-chart-weight-elder');
  await elder.page
    .locator('.taro_page:visible [data-growth-chart="weight"]')
    .screenshot({ path: `${__dirname}/screenshots/65-growth-chart-weight-elder-only.png` });
});
