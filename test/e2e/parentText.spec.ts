// Every page a parent can see, as each demo parent and signed out: no visible text mentions a design
// document or our doubts (待核 / 待确认 / 待县卫生健康局确认). Doubts stay in the data and staff views;
// parents see the rule, its source and its clause.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { RULES } from '../../domain/subsidy/rules';
import { FORBIDDEN_FOR_PARENTS } from '../support/parentText';
import { current, settle } from './journey';

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown) {
  const res = await request.post(`/api/${fn}`, { data: { action, input }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

const leaks: string[] = [];
let visited = 0;

/** Opens `url`, waits for it to load, and records any forbidden text it shows. */
async function look(page: Page, url: string) {
  await page.goto(url);
  await settle(page);
  await expect(current(page)).not.toContainText('正在加载…', { timeout: 10_000 });
  await readPage(page, url);
}

async function readPage(page: Page, where: string) {
  const text = await current(page).innerText();
  visited += 1;
  for (const line of text.split('\n')) if (FORBIDDEN_FOR_PARENTS.test(line)) leaks.push(`${where}: ${line.trim()}`);
}

const PUBLIC_PAGES = [
  '/#/pages/home/index',
  '/#/pages/cases/index',
  '/#/pages/me/index',
  '/#/packages/account/login/index',
  '/#/packages/account/privacy/index',
  '/#/packages/guide/index',
  '/#/packages/nursery/index/index',
  ...RULES.rules.map((r) => `/#/packages/subsidy/rule/index?id=${r.id}`),
];

test('no page a parent can see shows a design reference or our doubts', async ({ page, request }) => {
  test.setTimeout(300_000);
  for (const url of PUBLIC_PAGES) await look(page, url);

  // The leave calculator's result, for a difficult birth of twins.
  await look(page, '/#/packages/guide/leave/index');
  await current(page).locator('[data-field="birthDate"] input').fill('2026-11-20');
  await current(page).locator('[data-field="monthlyWageYuan"] input').fill('6000');
  await current(page).getByText('计算假期', { exact: true }).click();
  await expect(current(page).locator('[data-leave="allowance"]')).toContainText('生育津贴估算 约');
  await expect(current(page).locator('[data-leave="maternity"]')).toBeVisible();
  await readPage(page, 'leave result');

  // A nursery's detail, from the list.
  await look(page, '/#/packages/nursery/index/index');
  const firstNursery = current(page).locator('[data-nursery]').first();
  if (await firstNursery.count()) {
    await firstNursery.click();
    await settle(page);
    await readPage(page, 'nursery detail');
  }

  for (const demo of ['parent', 'newborn_parent', 'subsidy_parent'] as const) {
    const { token, me } = await api(request, null, 'account', 'devLogin', { demo });
    const session = JSON.stringify({ state: { token, userId: me.userId }, version: 0 });
    const context = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const parent = await context.newPage();
    await parent.addInitScript((value) => window.localStorage.setItem('yj.session', JSON.stringify({ data: value })), session);
    const pages = [
      '/#/pages/home/index',
      '/#/pages/cases/index',
      '/#/pages/me/index',
      '/#/packages/account/inbox/index',
      '/#/packages/vaccine/index/index',
      '/#/packages/child-health/index/index',
      '/#/packages/subsidy/index/index',
      '/#/packages/birth/eligibility/index',
      '/#/packages/registration/form/index',
      '/#/packages/maternal/index/index',
    ];
    for (const child of await api(request, token, 'account', 'children', {})) {
      pages.push(`/#/packages/vaccine/calendar/index?childId=${child.id}`, `/#/packages/child-health/child/index?childId=${child.id}`);
    }
    for (const c of await api(request, token, 'account', 'myCases', {})) pages.push(`/#${c.link}`);
    for (const url of pages) await look(parent, url);
    await context.close();
  }

  expect(visited).toBeGreaterThan(25);
  expect(leaks).toEqual([]);
});
