import { expect, test, type Page } from '@playwright/test';
import { sampleIdNumber } from '../fixtures/people';
import { choose, current, daysAgo, fill, settle, shot, signIn, tap } from './journey';

// Journeys done with the keyboard alone (issue 19): Tab to a control, Enter / Space to press it,
// type into fields, arrow keys in selects. No click, no fill, no selectOption in the journey under test.

// People of their own: an ID number is verified once per account, and the specs share one database.
const MOTHER_ID = sampleIdNumber('1996-03-14', 242); // even sequence digit → female
const FATHER_ID = sampleIdNumber('1994-07-21', 251); // odd → male

/** What has focus: a CSS selector it matches, or its visible text. */
async function focusedIs(page: Page, target: string): Promise<boolean> {
  return page.evaluate((t) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    if (el.getClientRects().length === 0) return false;
    try {
      if (el.matches(t)) return true;
    } catch {
      // not a selector: compare the text
    }
    return (el.textContent ?? '').trim() === t;
  }, target);
}

/** Presses Tab until the target has focus (fails after `max` presses). */
async function tabTo(page: Page, target: string, max = 120) {
  for (let i = 0; i < max; i += 1) {
    if (await focusedIs(page, target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function press(page: Page, target: string, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
  await settle(page);
}

async function type(page: Page, name: string, value: string) {
  await tabTo(page, `[name="${name}"]`);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(value);
}

/** A select by keyboard: ArrowDown until the wanted value is chosen. */
async function pick(page: Page, name: string, value: string) {
  await tabTo(page, `select[name="${name}"]`);
  for (let i = 0; i < 120; i += 1) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${value} in ${name}`);
}

/**
 * A date input: reached by Tab, its value set on the focused input. Typing into its segments
 * follows the browser's UI locale, which headless Chromium does not say reliably; the native date
 * control's own keyboard handling is the browser's.
 */
async function typeDate(page: Page, name: string, isoDate: string) {
  await tabTo(page, `input[type="date"][name="${name}"]`);
  await page.locator(':focus').fill(isoDate);
}

test('by keyboard alone: sign in, accept the notice, 实名认证 and 生育登记 to the 凭证', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/#/pages/home/index');
  await settle(page);
  await press(page, '登录');
  await press(page, '[data-demo="new"]');

  await expect(current(page).getByText('核验您的身份')).toBeVisible();
  await type(page, 'name', '王芳');
  await type(page, 'idNumber', MOTHER_ID);
  await press(page, '提交认证');

  // The notice is a modal dialog: focus moves in, Tab stays in, Escape declines.
  const dialog = current(page).getByRole('dialog', { name: '个人信息保护提示' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await press(page, '提交认证');
  await expect(dialog).toBeVisible();
  await shot(page, '90-keyboard-privacy');
  await press(page, '同意并继续');
  await expect(current(page).getByText('认证成功', { exact: true })).toBeVisible();

  await expect(current(page).getByText('可以办理的服务')).toBeVisible();
  await press(page, '[data-service="registration"]');
  await expect(current(page).getByText('1 / 5')).toBeVisible();

  // A failed 下一步 puts focus on the first invalid field, named and described by its error.
  await press(page, '下一步');
  const invalid = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const described = el.getAttribute('aria-describedby');
    return {
      invalid: el.getAttribute('aria-invalid'),
      name: el.getAttribute('name'),
      error: described ? document.getElementById(described)?.textContent : null,
    };
  });
  expect(invalid.invalid).toBe('true');
  expect(invalid.name).toBe('applicant.ethnicity');
  expect(invalid.error).toBeTruthy();

  await pick(page, 'applicant.ethnicity', 'dai');
  await type(page, 'applicant.phone', '13812345678');
  await pick(page, 'applicant.hukouTownship', 'pingyuan');
  await type(page, 'applicant.hukouAddress', '平原镇允燕社区3组');
  await press(page, '下一步');
  await expect(current(page).getByText('2 / 5')).toBeVisible();
  // After a step change focus is on the step's title.
  expect(await focusedIs(page, '#step-title')).toBe(true);

  await type(page, 'spouse.name', '木然·排早·勒干');
  await type(page, 'spouse.idNumber', FATHER_ID);
  await pick(page, 'spouse.ethnicity', 'jingpo');
  await type(page, 'spouse.phone', '13987654321');
  await pick(page, 'spouse.hukouTownship', 'nabang');
  await type(page, 'spouse.hukouAddress', '那邦镇那邦村');
  await press(page, '下一步');

  await expect(current(page).getByText('3 / 5')).toBeVisible();
  await typeDate(page, 'marriageDate', '2019-10-01');
  await press(page, '下一步');

  await expect(current(page).getByText('4 / 5')).toBeVisible();
  const due = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  await typeDate(page, 'dueDate', due);
  await pick(page, 'township', 'pingyuan');
  await press(page, '下一步');

  await expect(current(page).getByText('5 / 5')).toBeVisible();
  await press(page, '提交登记');
  await expect(current(page).getByText('生育服务登记凭证').first()).toBeVisible();
  await shot(page, '91-keyboard-certificate');
});

test('by keyboard alone: a clerk accepts (受理) and completes (办结) a 出生一件事 step', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const child = '勒干·键盘';
  // Set-up, not under test: the parent applies (as in birthBundle.spec.ts).
  await signIn(page, 'newborn_parent');
  await current(page).locator('[data-service="birth"]').click();
  await settle(page);
  await choose(page, 'hospitalId', 'yj-people');
  await current(page).locator('[data-field="birthDate"] input').fill(daysAgo(5));
  await tap(page, '下一步');
  await expect(current(page).getByText('1 / 5')).toBeVisible();
  await fill(page, 'child.name', child);
  await tap(page, '女');
  await current(page).locator('[data-field="child.birthTime"] input').fill('08:30');
  await fill(page, 'child.weightGrams', '3250');
  await fill(page, 'child.lengthCm', '50');
  await choose(
    page,
    'child.ethnicity',
    (await current(page).locator('[data-field="child.ethnicity"] option').nth(1).getAttribute('value')) ?? '',
  );
  for (const n of ['2 / 5', '3 / 5', '4 / 5', '5 / 5']) {
    await tap(page, '下一步');
    await expect(current(page).getByText(n)).toBeVisible();
  }
  await tap(page, '提交申请');
  await current(page).getByText('同意并继续').click();
  await expect(current(page).getByText('已提交！', { exact: false })).toBeVisible();

  // The hospital clerk, by keyboard.
  const clerk = await (await browser.newContext()).newPage();
  await clerk.goto('/#/packages/account/login/index');
  await settle(clerk);
  await press(clerk, '[data-demo="hospital"]');
  await clerk.goto('/#/packages/staff/bundle-queue/index');
  await settle(clerk);
  await tabTo(clerk, '.queue-item');
  while (!(await clerk.evaluate(() => document.activeElement?.textContent ?? '')).includes(child)) await clerk.keyboard.press('Tab');
  await clerk.keyboard.press('Enter');
  await settle(clerk);
  await press(clerk, '受理');
  await expect(current(clerk).getByText('办结并通知申请人')).toBeVisible();
  await type(clerk, 'result.certificateNumber', 'Q530011223');
  await press(clerk, '办结并通知申请人');
  await expect(current(clerk).getByText('办理结果')).toBeVisible();
  await shot(clerk, '92-keyboard-clerk-done');
});
