// The pages issue 15 changed, as the people who use them see them, at 390 px and in elder mode: the
// 5-year-old's calendar (未录入, never 已逾期), a finished case's summary, 出生一件事 named before the form
// for a child who has one, the unread badge, and the 派出所 queue's 户口 deadline.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { current, settle, shot } from './journey';

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown) {
  const res = await request.post(`/api/${fn}`, { data: { action, input }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

/** A phone signed in as a demo account, in elder mode or not. */
async function phone(browser: Browser, request: APIRequestContext, demo: string, elder: boolean): Promise<{ page: Page; token: string }> {
  const { token, me } = await api(request, null, 'account', 'devLogin', { demo });
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

for (const elder of [false, true]) {
  const mode = elder ? '-elder' : '';

  test(`the pages of issue 15${elder ? ' in elder mode' : ''}`, async ({ browser, request }) => {
    test.setTimeout(180_000);
    // The 5-year-old whose history predates the system: doses given, the rest 未录入, nothing overdue.
    const parent = await phone(browser, request, 'parent', elder);
    const [duoduo] = await api(request, parent.token, 'account', 'children', {});
    await parent.page.goto(`/#/packages/vaccine/calendar/index?childId=${duoduo.id}`);
    await settle(parent.page);
    await expect(current(parent.page).getByText('有些剂次系统里还没有记录')).toBeVisible();
    await expect(current(parent.page).locator('[data-group="overdue"]')).toHaveCount(0);
    await expect(current(parent.page)).not.toContainText('已逾期');
    await shot(parent.page, `60-calendar-history-before-system${mode}`);
    await parent.page.goto('/#/pages/home/index');
    await settle(parent.page);
    await expect(current(parent.page).locator('.due-card')).not.toContainText('已逾期');
    await shot(parent.page, `61-home-history-check${mode}`);
    await parent.page.goto('/#/pages/me/index');
    await settle(parent.page);
    await shot(parent.page, `62-me-unread-badge${mode}`);

    // A finished case opens on its summary; asking again for that child says so before the form.
    const done = await phone(browser, request, 'subsidy_parent', elder);
    const birthCase = (await api(request, done.token, 'account', 'myCases', {})).find(
      (c: { kind: string; status: string }) => c.kind === 'birth' && c.status === 'completed',
    );
    await done.page.goto(`/#${birthCase.link}`);
    await settle(done.page);
    await expect(current(done.page).getByText('全部办好了，接下来这样领取')).toBeVisible();
    await shot(done.page, `63-birth-case-summary${mode}`);
    const view = await api(request, done.token, 'birth', 'get', { id: birthCase.refId });
    await done.page.goto('/#/packages/birth/eligibility/index');
    await settle(done.page);
    await expect(current(done.page).getByText('您已有“出生一件事”办件')).toBeVisible();
    await current(done.page).locator('[data-field="hospitalId"] select').selectOption('yj-people');
    await current(done.page).locator('[data-field="birthDate"] input').fill(view.child.birthDate);
    await current(done.page).getByText('下一步', { exact: true }).click();
    await expect(current(done.page).getByText('这个孩子的“出生一件事”已经申请过了')).toBeVisible();
    await expect(current(done.page).getByText('已办结', { exact: true })).toBeVisible();
    await shot(done.page, `64-birth-existing-case${mode}`);

    // The 派出所 queue: each child's one-month deadline.
    const police = await phone(browser, request, 'police', elder);
    await police.page.goto('/#/packages/staff/bundle-queue/index');
    await settle(police.page);
    await expect(current(police.page).locator('.queue-deadline').first()).toContainText('出生登记期限');
    await shot(police.page, `65-police-queue-deadline${mode}`);
  });
}
