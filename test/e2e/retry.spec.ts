import { expect, test, type Page } from '@playwright/test';
import { current, settle, shot, signIn } from './journey';

// Rural signal drops often: a page whose load failed says so and offers 重试, which works once the
// network is back (issue 15, item 3).

async function offline(page: Page) {
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
}

async function online(page: Page) {
  await page.unroute('**/api/**');
}

/** 长辈模式 switched on as a person would, on 我的. */
async function elderMode(page: Page) {
  await page.goto('/#/pages/me/index');
  await expect(current(page).getByText('长辈模式')).toBeVisible();
  await current(page).locator('input[role="switch"]').first().click();
  await settle(page);
}

test('办件 fails to load without network, says so with 重试, and loads once the network is back', async ({ page }) => {
  await signIn(page, 'parent');
  await offline(page);
  await page.goto('/#/pages/cases/index');
  await settle(page);
  const failed = current(page).locator('[data-load="failed"]');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('没有加载出来');
  await expect(failed).toContainText('网络连接失败，请检查网络后重试');
  await expect(current(page).getByText('正在加载…')).toHaveCount(0);
  await shot(page, '90-cases-offline');

  // Still offline: 重试 fails again and says so again.
  await current(page).getByText('重试', { exact: true }).click();
  await expect(failed).toContainText('网络连接失败');

  await online(page);
  await current(page).getByText('重试', { exact: true }).click();
  await expect(current(page).locator('[data-load]')).toHaveCount(0);
  // The demo family's 生育登记 is listed.
  await expect(current(page).locator('.card .card-title').first()).toBeVisible();
  await expect(current(page).getByText('还没有办件')).toHaveCount(0);
  await shot(page, '91-cases-back-online');

  // The signal drops again: coming back to 办件 keeps the list and says it could not refresh.
  await offline(page);
  // (Switching tabs by the hash: a tap on Taro's h5 tab bar runs a javascript: link the CSP blocks.)
  await page.evaluate(() => (window.location.hash = '#/pages/home/index'));
  await settle(page);
  await page.evaluate(() => (window.location.hash = '#/pages/cases/index'));
  await settle(page);
  await expect(current(page).locator('[data-load="failed"]')).toContainText('未能刷新，下面是上次加载的内容');
  await expect(current(page).locator('.card .card-title').first()).toBeVisible();
  await shot(page, '93-cases-stale-offline');
  await online(page);
  await current(page).getByText('重试', { exact: true }).click();
  await expect(current(page).locator('[data-load]')).toHaveCount(0);
});

test('a nursery opened without network offers 重试 (elder mode too), and shows the nursery once back', async ({ page }) => {
  await page.goto('/#/packages/nursery/index/index');
  await expect(current(page).locator('[data-nursery]').first()).toBeVisible();
  const id = await current(page).locator('[data-nursery]').first().getAttribute('data-nursery');
  await elderMode(page);
  await offline(page);
  await page.goto(`/#/packages/nursery/detail/index?id=${id}`);
  await settle(page);
  await expect(current(page).locator('[data-load="failed"]')).toBeVisible();
  expect(await current(page).locator('.page').first().getAttribute('class')).toContain('elder');
  await shot(page, '92-nursery-offline-elder');
  await online(page);
  await current(page).getByText('重试', { exact: true }).click();
  await expect(current(page).locator('.nursery-filing')).toContainText('备案编号');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('pulling 办件 down loads it again once the network is back', async ({ page }) => {
    await signIn(page, 'parent');
    await offline(page);
    await page.goto('/#/pages/cases/index');
    await settle(page);
    await expect(current(page).locator('[data-load="failed"]')).toBeVisible();
    await online(page);

    // A finger drags the page down from near its top (WeChat's pull-down refresh; Taro's on h5).
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 195, y }] });
    await touch('touchStart', 120);
    for (let y = 140; y <= 420; y += 20) await touch('touchMove', y);
    await touch('touchEnd', 420);

    await expect(current(page).locator('[data-load]')).toHaveCount(0);
    await expect(current(page).locator('.card .card-title').first()).toBeVisible();
  });
});
