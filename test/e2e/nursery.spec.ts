import { expect, test, type APIRequestContext } from '@playwright/test';
import { sampleIdNumber } from '../fixtures/people';
import { choose, current, fill, settle, shot, signIn } from './journey';

// The operator demo account works for the 示范 institution of 平原镇 (scripts/seed/nurseries.ts).
const DEMO_INSTITUTION = '盈江县示范性托育服务中心（样例）';

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown) {
  const res = await request.post(`/api/${fn}`, { data: { action, input }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

test('a parent finds a 普惠 nursery with a place for a 20-month-old, books a visit; the operator confirms it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  // A verified parent of its own (the other journeys' demo families stay untouched).
  const { token } = await api(request, null, 'account', 'devLogin', {});
  const me = await api(request, token, 'account', 'verifyIdentity', { name: '排早', idNumber: sampleIdNumber('1994-06-18', 417) });
  const session = JSON.stringify({ state: { token, userId: me.userId }, version: 0 });
  await page.addInitScript((value) => window.localStorage.setItem('yj.session', JSON.stringify({ data: value })), session);

  // Home → 托育服务: the search starts from the county seat.
  await page.goto('/#/pages/home/index');
  await current(page).locator('[data-service="nursery"]').click();
  await settle(page);
  await expect(current(page).locator('[data-nursery]').first()).toBeVisible();

  // From a township, 普惠 only, with a vacancy, for a 20-month-old.
  await choose(page, 'township', 'nongzhang');
  await expect(current(page).getByText('离弄璋镇由近到远')).toBeVisible();
  await choose(page, 'township', 'pingyuan');
  await current(page).locator('[data-chip="puhui"]').click();
  await current(page).locator('[data-chip="vacancy"]').click();
  await fill(page, 'ageMonths', '20');
  await settle(page);
  const cards = current(page).locator('[data-nursery]');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const text = await cards.nth(i).innerText();
    expect(text).not.toContain('营利性');
    expect(text).toMatch(/(托小班|混龄班) 余\d+/);
    expect(text).toMatch(/保育费 每月 [\d,]+/);
  }
  // Nearest first.
  const distances = await cards.locator('.nursery-distance').allInnerTexts();
  const metres = distances.map((d) => (d.endsWith('公里') ? parseFloat(d) * 1000 : parseFloat(d)));
  expect([...metres].sort((a, b) => a - b)).toEqual(metres);
  await shot(page, '50-nursery-search');

  // The detail page: 备案 and the latest inspection.
  await current(page).locator('[data-nursery]', { hasText: DEMO_INSTITUTION }).click();
  await settle(page);
  await expect(current(page).locator('.nursery-filing')).toContainText('备案编号');
  await expect(current(page).locator('.nursery-filing')).toContainText('已备案');
  await expect(current(page).locator('[data-section="inspection"]')).toContainText('最近一次');
  await shot(page, '51-nursery-detail');

  // Book a visit: the first slot with places left, two adults.
  await current(page).getByText('预约参观', { exact: true }).click();
  await settle(page);
  await current(page).locator('[data-option][aria-disabled="false"]').first().click();
  await current(page).locator('[data-field="visitors"]').getByText('2人', { exact: true }).click();
  await shot(page, '52-nursery-visit');
  await current(page).getByText('提交预约', { exact: true }).click();
  await expect(current(page).getByText('已提交！机构确认后会通知您。')).toBeVisible();
  await expect(current(page).getByText(/办件编号 TY533123\d+/)).toBeVisible();
  await expect(current(page).getByText('2人', { exact: true })).toBeVisible();
  const requestId = new URL(page.url().replace('/#/', '/')).searchParams.get('id');
  expect(requestId).toBeTruthy();
  await shot(page, '53-nursery-request');

  // The institution's operator confirms it with an answer.
  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, 'nursery_operator');
  await operator.goto('/#/packages/staff/nursery-operator/index');
  await settle(operator);
  const card = current(operator).locator(`[data-request="${requestId}"]`);
  await expect(card).toContainText('排早');
  await expect(card).toContainText('2位成人');
  await card.locator(`[data-field="answer-${requestId}"] input`).fill('请到一楼前台登记，参观约一小时。');
  await card.getByText('确认参观', { exact: true }).click();
  await expect(current(operator).locator(`[data-request="${requestId}"]`)).toHaveCount(0);
  await current(operator).getByText('已确认', { exact: true }).click();
  await expect(current(operator).locator(`[data-request="${requestId}"]`)).toContainText('请到一楼前台登记');
  await shot(operator, '54-nursery-operator-confirmed');

  // The parent sees it confirmed in 办件, with the answer.
  await page.goto('/#/pages/cases/index');
  await settle(page);
  const item = current(page).locator('[data-case="nursery"]', { hasText: DEMO_INSTITUTION });
  await expect(item).toContainText('机构已确认参观');
  await shot(page, '55-nursery-cases');
  await item.click();
  await settle(page);
  await expect(current(page).getByText('机构已确认参观')).toBeVisible();
  await expect(current(page).getByText('请到一楼前台登记，参观约一小时。')).toBeVisible();
  await expect(current(page).getByText('取消预约参观', { exact: true })).toHaveCount(0);
  await shot(page, '56-nursery-request-accepted');
});
