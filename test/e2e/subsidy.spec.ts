import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { ChildSubsidies, PayoutOverview, SubsidyApplicationView } from '../../domain/subsidy/types';
import { evaluateChild } from '../../domain/subsidy/engine';
import { formatYuan, yuanDecimal } from '../../domain/money';
import { choose, current, daysAgo, fill, settle, shot, signIn, tap } from './journey';

const ACCOUNT_NUMBER = '6228480123456789012';

/** 2026-12-31 → 2026年12月31日, as the pages write dates. */
function chineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The signed-in page's session token (Taro h5 keeps storage as {"data": …} in localStorage). */
async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(JSON.parse(localStorage.getItem('yj.session') ?? '{}').data).state.token as string);
}

async function api<T>(request: APIRequestContext, token: string, fn: string, action: string, input: unknown): Promise<T> {
  const res = await request.post(`/api/${fn}`, { data: { action, input }, headers: { Authorization: `Bearer ${token}` } });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data as T;
}

/** A success toast covers the middle of the page for 1.5 s: let it go before a screenshot. */
async function toastGone(page: Page) {
  await page.waitForTimeout(1600);
}

async function staff(browser: Browser, demo: string, path: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, demo);
  await page.goto(`/#${path}`);
  await settle(page);
  return page;
}

test('生育补贴: a parent sees what is owed and why, applies; 卫健 approves; finance pays; the parent sees it paid', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const today = daysAgo(0);

  // The parent: a second child born in 2025, every paper on file.
  await signIn(page, 'subsidy_parent');
  const token = await tokenOf(page);
  const family = await api<ChildSubsidies[]>(request, token, 'subsidy', 'overview', {});
  const child = family.find((c) => c.child.birthDate.startsWith('2025') && c.facts.birthOrder === 2);
  expect(child, 'the demo family has a second child born in 2025').toBeTruthy();
  const claimable = evaluateChild(child!.facts, today).entitlements.filter((e) => e.state === 'claimable');
  const totalFen = claimable.reduce((t, e) => t + e.amountFen, 0);
  expect(claimable.length).toBeGreaterThan(0);
  // The 参保补贴 is paid against a policy bought; applying without one claims the rest.
  const withoutPolicy = claimable.filter((e) => e.ruleId !== 'county-insurance-yearly');
  const claimFen = withoutPolicy.reduce((t, e) => t + e.amountFen, 0);
  const policyHint = withoutPolicy.length < claimable.length ? '（意外伤害险参保补贴需在申领页填写已购买的保单）' : '';

  await current(page).locator('[data-service="subsidy"]').click();
  await settle(page);
  const card = current(page).locator(`[data-child="${child!.child.id}"]`);
  await expect(card.locator('[data-total="claimable"]')).toContainText(formatYuan(totalFen));
  const once = card.locator('[data-line="county-birth-once:once"]');
  await expect(once).toContainText('2,000元');
  await expect(once).toContainText('可申领');
  await expect(once).toContainText('二孩');
  await expect(card.locator('[data-line="national-childcare:2025"]')).toContainText('国家育儿补贴');
  await shot(page, '40-subsidy-mine');
  await card.getByText('查看原因 ▼').click();
  await expect(card.locator('[data-rule="county-childcare-yearly"]')).toContainText('暂未开放申领');
  await shot(page, '40b-subsidy-not-applicable');

  // The source of a line is one tap away.
  await once.getByText('政策依据 ›').click();
  await settle(page);
  await expect(current(page).getByText('县一次性生育补贴')).toBeVisible();
  await expect(current(page).getByText('二（四）1', { exact: false }).first()).toBeVisible();
  await shot(page, '41-subsidy-rule');
  await page.goBack();
  await settle(page);

  // Apply with a new bank card.
  await current(page)
    .locator(`[data-child="${child!.child.id}"]`)
    .getByText(`申领 ${withoutPolicy.length} 项，共 ${formatYuan(claimFen)}${policyHint}`)
    .click();
  await settle(page);
  await choose(page, 'account.bankName', '中国农业银行');
  await fill(page, 'account.accountNumber', ACCOUNT_NUMBER);
  await expect(current(page).getByText('6228 4801 2345 6789 012')).toBeVisible();
  await shot(page, '42-subsidy-apply');
  await tap(page, `提交申领（${formatYuan(claimFen)}）`);
  await expect(current(page).getByText('个人信息保护提示')).toBeVisible();
  await current(page).getByText('同意并继续').click();
  await expect(page.getByText('核对收款账户')).toBeVisible();
  await expect(page.getByText('6228 4801 2345 6789 012', { exact: false }).last()).toBeVisible();
  await page.getByText('确认提交').click();
  await expect(current(page).getByText('已提交！', { exact: false })).toBeVisible();
  const applicationId = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!;
  const submitted = await api<SubsidyApplicationView>(request, token, 'subsidy', 'get', { id: applicationId });
  expect(submitted.totalFen).toBe(claimFen);
  await expect(current(page).locator('.sa-due')).toContainText(`${chineseDate(submitted.reviewDueBy)}前`);
  await expect(current(page).getByText('尾号9012', { exact: false })).toBeVisible();
  await shot(page, '43-subsidy-submitted');

  // 我的补贴 now shows the claimed lines as 审核中.
  await page.goto('/#/packages/subsidy/index/index');
  await settle(page);
  await expect(current(page).locator('[data-line="county-birth-once:once"]')).toContainText('审核中');

  // 卫健 (health bureau): the queue, the review beside the engine's explanation, 受理, 审核通过.
  const bureau = await staff(browser, 'health_bureau', '/packages/staff/subsidy-queue/index');
  const item = current(bureau).locator(`[data-application="${submitted.number}"]`);
  await expect(item).toContainText(formatYuan(claimFen));
  await shot(bureau, '44-subsidy-queue');
  await item.click();
  await settle(bureau);
  await expect(current(bureau).getByText('系统核算')).toBeVisible();
  await expect(current(bureau).locator('[data-entitlement="county-birth-once:once"]')).toContainText('本次申领');
  await tap(bureau, '受理');
  await expect(current(bureau).getByText('审核通过', { exact: true })).toBeVisible();
  await toastGone(bureau);
  await shot(bureau, '45-subsidy-review');
  await tap(bureau, '审核通过');
  // Public money: the amount is shown once more before it goes to finance.
  await expect(bureau.locator('.taro-modal__text')).toContainText(`合计${formatYuan(claimFen)}`);
  await bureau.getByText('确认通过').click();
  await expect(current(bureau).getByText('返回待办')).toBeVisible();

  // Finance: the quarter's batch, its CSV for the bank, then 已发放.
  const finance = await staff(browser, 'finance', '/packages/staff/payout/index');
  await expect(current(finance).locator('.pb-approved')).toContainText('已审核通过');
  await tap(finance, '生成本季度发放批次');
  const batch = current(finance).locator('.pb-batch', { hasText: '待发放' }).first();
  await expect(batch).toBeVisible();
  const batchNumber = (await batch.getAttribute('data-batch'))!;
  const payout = await api<PayoutOverview>(request, await tokenOf(finance), 'subsidy', 'payoutOverview', {});
  const made = payout.batches.find((b) => b.number === batchNumber)!;
  await expect(batch).toContainText(formatYuan(made.totalFen));
  await batch.getByText(/查看明细/).click();
  await expect(batch.locator(`[data-application="${submitted.number}"]`)).toContainText(formatYuan(claimFen));
  const [download] = await Promise.all([finance.waitForEvent('download'), batch.getByText('导出 CSV').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain(submitted.number);
  expect(csv).toContain(yuanDecimal(claimFen));
  expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(new RegExp(`^合计,.*,${yuanDecimal(made.totalFen)}$`));
  // Written ="…" so Excel and WPS keep all 19 digits as text.
  expect(csv).toContain(`"=""${ACCOUNT_NUMBER}"""`);
  await batch.getByText('标记已发放').click();
  await expect(batch.locator('[data-field="paidOn"] input')).toHaveValue(today);
  await batch.getByText('确认已发放').click();
  await expect(current(finance).locator(`[data-batch="${batchNumber}"]`)).toContainText('已发放');
  await toastGone(finance);
  await shot(finance, '46-payout');

  // The parent: paid, with the batch and the date; and in 办件.
  await page.goto(`/#/packages/subsidy/application/index?id=${applicationId}`);
  await settle(page);
  await expect(current(page).locator('.sa-batch')).toContainText(batchNumber);
  await expect(current(page).locator('.sa-batch')).toContainText(`${chineseDate(today)}已发放`);
  await shot(page, '47-subsidy-paid');
  await page.goto('/#/pages/cases/index');
  await settle(page);
  await expect(current(page).locator('[data-case="subsidy"]').first()).toContainText('已发放');
  await shot(page, '48-cases-subsidy');
});
