import { expect, test } from '@playwright/test';
import { choose, current, fill, settle, shot } from './journey';

// Sign-in keeps the task (issue 15, item 7): 预约参观 without sign-in goes to a login page that says
// why, and after signing in the booking goes on; the nursery and the search under it are as they were.

const DEMO_INSTITUTION = '盈江县示范性托育服务中心（样例）';

test('预约参观 without sign-in: the login says why, then the booking goes on and the search keeps its filters', async ({ page }) => {
  await page.goto('/#/pages/home/index');
  await current(page).locator('[data-service="nursery"]').click();
  await settle(page);
  await expect(current(page).locator('[data-nursery]').first()).toBeVisible();
  await choose(page, 'township', 'pingyuan');
  await current(page).locator('[data-chip="puhui"]').click();
  await fill(page, 'ageMonths', '20');
  await settle(page);

  await current(page).locator('[data-nursery]', { hasText: DEMO_INSTITUTION }).click();
  await settle(page);
  await current(page).getByText('预约参观', { exact: true }).click();
  await settle(page);
  await expect(current(page).getByTestId('login-reason')).toContainText('登录后继续预约参观');
  await shot(page, '95-login-with-reason');

  await current(page).locator('[data-demo="parent"]').click();
  await settle(page);
  // On with the booking of the same nursery, not 首页.
  await expect(current(page).getByText(DEMO_INSTITUTION)).toBeVisible();
  await expect(current(page).getByText('提交预约', { exact: true })).toBeVisible();
  expect(page.url()).toContain('/packages/nursery/visit/index');
  await shot(page, '96-visit-after-login');

  // Back: the nursery, then the search with its filters as they were.
  await page.goBack();
  await settle(page);
  await expect(current(page).locator('.nursery-filing')).toContainText('备案编号');
  await page.goBack();
  await settle(page);
  await expect(current(page).locator('[data-field="township"] select')).toHaveValue('pingyuan');
  await expect(current(page).locator('[data-chip="puhui"]')).toHaveAttribute('aria-checked', 'true');
  await expect(current(page).locator('[data-field="ageMonths"] input')).toHaveValue('20');
  await expect(current(page).locator('[data-nursery]', { hasText: DEMO_INSTITUTION })).toBeVisible();
  await shot(page, '97-search-filters-kept');
});
