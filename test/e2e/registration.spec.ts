import { expect, test } from '@playwright/test';
import { FATHER_ID, MOTHER_ID, withWrongCheckDigit } from '../fixtures/people';
import { choose, current, fill, settle, shot, tap } from './journey';

test('a new parent verifies, registers a pregnancy, gets the 凭证 and finds it in 办件', async ({ page }) => {
  await page.goto('/#/pages/home/index');
  await expect(current(page).getByText('出生一件事 · 盈江').first()).toBeVisible();
  await expect(current(page).getByText('生育登记', { exact: true })).toBeVisible();
  await shot(page, '01-home-signed-out');

  // Sign in as a brand-new user through the development login.
  await tap(page, '登录');
  await settle(page);
  await current(page).locator('[data-demo="new"]').click();

  // Real-name check: a wrong check digit first, then the right number.
  await expect(current(page).getByText('核验您的身份')).toBeVisible();
  await fill(page, 'name', '王芳');
  await fill(page, 'idNumber', withWrongCheckDigit(MOTHER_ID));
  await tap(page, '提交认证');
  await expect(
    current(page)
      .getByText(/校验位不正确/)
      .first(),
  ).toBeVisible();
  await shot(page, '02-verify-wrong-id');
  await fill(page, 'idNumber', MOTHER_ID);
  await tap(page, '提交认证');
  await expect(current(page).getByText('个人信息保护提示')).toBeVisible();
  await shot(page, '03-privacy-consent');
  await current(page).getByText('同意并继续').click();
  // 认证成功 is said before the app moves on.
  await expect(current(page).getByText('认证成功', { exact: true })).toBeVisible();

  // Home, now verified: start 生育登记.
  await expect(current(page).getByText('可以办理的服务')).toBeVisible();
  await current(page).locator('[data-service="registration"]').click();
  await expect(current(page).getByText('1 / 5')).toBeVisible();
  await expect(current(page).getByText('王芳')).toBeVisible();
  await shot(page, '04-form-applicant');

  await choose(page, 'applicant.ethnicity', 'dai');
  await fill(page, 'applicant.phone', '13812345678');
  await choose(page, 'applicant.hukouTownship', 'pingyuan');
  await fill(page, 'applicant.hukouAddress', '平原镇允燕社区3组');
  await tap(page, '下一步');

  // Spouse, with a wrong ID number first.
  await expect(current(page).getByText('2 / 5')).toBeVisible();
  await fill(page, 'spouse.name', '木然·排早·勒干');
  await fill(page, 'spouse.idNumber', withWrongCheckDigit(FATHER_ID));
  await choose(page, 'spouse.ethnicity', 'jingpo');
  await fill(page, 'spouse.phone', '13987654321');
  await choose(page, 'spouse.hukouTownship', 'nabang');
  await fill(page, 'spouse.hukouAddress', '那邦镇那邦村');
  await tap(page, '下一步');
  await expect(current(page).locator('[data-field="spouse.idNumber"] .field-error')).toContainText('配偶公民身份号码');
  await shot(page, '05-form-spouse-wrong-id');
  await fill(page, 'spouse.idNumber', FATHER_ID);
  await tap(page, '下一步');

  // Marriage and the children they already have.
  await expect(current(page).getByText('3 / 5')).toBeVisible();
  await current(page).locator('[data-field="marriageDate"] input').fill('2019-10-01');
  await tap(page, '＋ 添加一个已有子女');
  await fill(page, 'existingChildren.0.name', '王小雨');
  await current(page).locator('[data-field="existingChildren.0.birthDate"] input').fill('2021-06-18');
  await expect(current(page).getByTestId('child-order')).toContainText('二孩');
  await shot(page, '06-form-family');
  await tap(page, '下一步');

  // This pregnancy.
  await expect(current(page).getByText('4 / 5')).toBeVisible();
  await current(page).locator('[data-field="dueDate"] input').fill('2027-04-20');
  await choose(page, 'township', 'pingyuan');
  await tap(page, '下一步');

  // Review and submit.
  await expect(current(page).getByText('5 / 5')).toBeVisible();
  await shot(page, '07-form-review');
  await tap(page, '提交登记');

  await expect(current(page).getByText('登记成功', { exact: false })).toBeVisible();
  await expect(current(page).getByText('生育服务登记凭证').first()).toBeVisible();
  const number = await current(page).locator('.cert-number-value').innerText();
  expect(number).toMatch(/^SY533123\d{10}$/);
  await expect(current(page).getByText('二孩')).toBeVisible();
  await expect(current(page).getByText(MOTHER_ID)).toHaveCount(0);
  await shot(page, '08-certificate');

  // 办件 lists it.
  await page.goto('/#/pages/cases/index');
  await expect(current(page).getByText('生育登记（二孩）')).toBeVisible();
  await shot(page, '09-cases');

  // The draft is gone: a new form starts empty on the first step.
  const drafts = await page.evaluate(() => window.localStorage.getItem('yj.drafts'));
  expect(drafts === null || !drafts.includes('13812345678')).toBe(true);
});

test('elder mode makes the body text at least 18 px', async ({ page }) => {
  await page.goto('/#/pages/me/index');
  await expect(current(page).getByText('长辈模式')).toBeVisible();
  await current(page).locator('input[role="switch"]').first().click();
  await settle(page);
  const size = await current(page)
    .locator('.page')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  await shot(page, '10-me-elder-mode');
});
