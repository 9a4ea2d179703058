// Issue 16 (16c) as the people who use it see it, at 390 px and in elder mode: the health bureau
// enters this year's 孕产妇死亡率 from the 妇幼 reporting system and sees it on the dashboard beside
// the plan's 2025 target (the indicators say 暂无记录 while no 妇幼 records exist); a mother's leave
// calculator with 哺乳时间, 产前检查 and the 生育津贴 estimate.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { current, settle, shot } from './journey';

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown) {
  const res = await request.post(`/api/${fn}`, { data: { action, input }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

async function phone(browser: Browser, request: APIRequestContext, demo: string | null, elder: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const settings = JSON.stringify({ state: { elderMode: elder }, version: 0 });
  const session = demo ? await api(request, null, 'account', 'devLogin', { demo }) : null;
  const state = session ? JSON.stringify({ state: { token: session.token, userId: session.me.userId }, version: 0 }) : null;
  await page.addInitScript(
    ([s, t]) => {
      if (s) window.localStorage.setItem('yj.session', JSON.stringify({ data: s }));
      window.localStorage.setItem('yj.settings', JSON.stringify({ data: t }));
    },
    [state, settings],
  );
  return page;
}

/** The section alone, grown to its full height. */
async function sectionShot(page: Page, selector: string, name: string) {
  await settle(page);
  const height = await current(page).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 390, height: Math.max(844, Math.ceil(height)) });
  await settle(page);
  await current(page)
    .locator(selector)
    .screenshot({ path: `${__dirname}/screenshots/${name}.png` });
  await page.setViewportSize({ width: 390, height: 844 });
}

for (const elder of [false, true]) {
  const mode = elder ? '-elder' : '';

  test(`妇幼上报数据 on the dashboard, and the leave calculator's money${elder ? ' in elder mode' : ''}`, async ({ browser, request }) => {
    test.setTimeout(180_000);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

    const bureau = await phone(browser, request, 'health_bureau', elder);
    await bureau.goto('/#/packages/staff-figures/reported/index');
    await settle(bureau);
    await current(bureau).locator('[data-field="figure"] select').selectOption('maternal_mortality');
    await current(bureau).locator('[data-field="year"] select').selectOption(String(year));
    await current(bureau)
      .locator('[data-field="value"] input')
      .fill(elder ? '12.5' : '8.5');
    await current(bureau).locator('[data-field="source"] input').fill(`德宏州妇幼卫生年报（${year}年）表1`);
    await current(bureau)
      .getByText(/^(保存|替换并保存)$/)
      .click();
    await expect(current(bureau).locator(`[data-entered="maternal_mortality-${year}"]`)).toContainText(elder ? '12.5/10万' : '8.5/10万');
    await shot(bureau, `80-reported-figures${mode}`);

    // What the bureau is still to confirm with the departments, reached from its tools.
    await bureau.goto('/#/packages/staff/index');
    await settle(bureau);
    await current(bureau).getByText('政策口径确认清单', { exact: true }).click();
    await expect(current(bureau).getByRole('heading', { name: /^孕产妇保健（\d+项）$/ })).toBeVisible();
    await expect(current(bureau).locator('[data-topic="托育"]')).toContainText('混龄班');
    await shot(bureau, `80b-open-questions${mode}`);

    await bureau.goto('/#/packages/staff/dashboard/index');
    await settle(bureau);
    const section = current(bureau).locator('[data-section="maternal-child"]');
    await expect(section.locator(`[data-target-bar="maternal_mortality-${year}"]`)).toContainText(elder ? '超出目标上限' : '低于目标上限');
    await expect(section.locator('[data-card="mc-indicators"]')).toContainText('暂无记录');
    await sectionShot(bureau, '[data-section="maternal-child"]', `81-dashboard-maternal-child${mode}`);

    const mother = await phone(browser, request, null, elder);
    await mother.goto('/#/packages/guide/leave/index');
    await settle(mother);
    await current(mother).locator('[data-field="birthDate"] input').fill('2026-11-28');
    await current(mother).getByText('双胞胎', { exact: true }).click();
    await current(mother).locator('[data-field="monthlyWageYuan"] input').fill('6000');
    await current(mother).getByText('计算假期', { exact: true }).click();
    await expect(current(mother).locator('[data-leave="allowance"]')).toContainText('生育津贴估算 约 34,600元');
    await expect(current(mother).locator('[data-leave="nursing"]')).toContainText('每天 2 小时');
    await sectionShot(mother, '.leave-plan', `82-leave-money${mode}`);
  });
}
