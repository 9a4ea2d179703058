import { expect, test, type Browser, type Page } from '@playwright/test';
import { sampleIdNumber } from '../fixtures/people';
import { choose, current, daysAgo, fill, settle, shot, signIn, tap } from './journey';

const CHILD = '勒干·小满';
const birthDate = daysAgo(9);

async function clerk(browser: Browser, demo: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demo);
  await page.goto('/#/packages/staff/bundle-queue/index');
  await settle(page);
  return page;
}

async function openCase(page: Page) {
  await page.goto('/#/packages/staff/bundle-queue/index');
  await settle(page);
  await current(page).locator('.queue-item', { hasText: CHILD }).first().click();
  await settle(page);
}

async function acceptAndComplete(page: Page, fields: Record<string, string>) {
  await openCase(page);
  await tap(page, '受理');
  await expect(current(page).getByText('办结并通知申请人')).toBeVisible();
  for (const [name, value] of Object.entries(fields)) await fill(page, `result.${name}`, value);
  await tap(page, '办结并通知申请人');
  await expect(current(page).getByText('办理结果')).toBeVisible();
}

test('出生一件事: a parent applies once, five departments work it, one rejection is fixed', async ({ page, browser }) => {
  test.setTimeout(240_000);

  // The parent: eligibility, then the form prefilled from the 生育登记.
  await signIn(page, 'newborn_parent');
  await current(page).locator('[data-service="birth"]').click();
  await settle(page);
  await choose(page, 'hospitalId', 'yj-people');
  await current(page).locator('[data-field="birthDate"] input').fill(birthDate);
  await tap(page, '下一步');

  await expect(current(page).getByText('1 / 5')).toBeVisible();
  await fill(page, 'child.name', CHILD);
  await tap(page, '女');
  await current(page).locator('[data-field="child.birthTime"] input').fill('08:30');
  await fill(page, 'child.weightGrams', '3250');
  await fill(page, 'child.lengthCm', '50');
  await choose(
    page,
    'child.ethnicity',
    (await current(page).locator('[data-field="child.ethnicity"] option').nth(1).getAttribute('value')) ?? '',
  );
  await shot(page, '20-birth-form-child');
  await tap(page, '下一步');
  await expect(current(page).getByText('2 / 5')).toBeVisible();
  await shot(page, '21-birth-form-parents-prefilled');
  await tap(page, '下一步');
  await expect(current(page).getByText('3 / 5')).toBeVisible();
  await tap(page, '下一步');
  await expect(current(page).getByText('4 / 5')).toBeVisible();
  await tap(page, '下一步');
  await expect(current(page).getByText('5 / 5')).toBeVisible();
  await shot(page, '22-birth-form-review');
  await tap(page, '提交申请');
  await expect(current(page).getByText('个人信息保护提示')).toBeVisible();
  await current(page).getByText('同意并继续').click();
  await expect(current(page).getByText('已提交！', { exact: false })).toBeVisible();
  await shot(page, '23-birth-case-submitted');

  // 助产机构: the birth certificate.
  const hospital = await clerk(browser, 'hospital');
  await expect(current(hospital).locator('.queue-item', { hasText: CHILD })).toBeVisible();
  await shot(hospital, '24-hospital-queue');
  await acceptAndComplete(hospital, { certificateNumber: 'Q530098765' });
  await shot(hospital, '25-hospital-done');

  // 派出所: rejects once.
  const police = await clerk(browser, 'police');
  await openCase(police);
  await expect(current(police).getByText('Q530098765')).toBeVisible();
  await tap(police, '退回补正');
  await fill(police, 'reason', '户主姓名与户籍信息不符，请核对');
  await current(police).locator('[data-field="fields"] [data-value="household.headName"]').click();
  await shot(police, '26a-police-return-with-field');
  await tap(police, '确认退回');
  await expect(current(police).getByText('已退回').first()).toBeVisible();

  // The parent fixes the hukou step alone: the form opens on the field named, the reason beside it.
  await page.reload();
  await settle(page);
  await expect(current(page).getByText('退回原因：户主姓名与户籍信息不符，请核对')).toBeVisible();
  await expect(current(page).getByText('请修改：户主姓名')).toBeVisible();
  await shot(page, '26b-birth-case-rejected');
  await tap(page, '修改并重新提交');
  await expect(current(page).getByText('1 / 2')).toBeVisible();
  await expect(current(page).locator('[data-field="household.headName"] .field-error')).toHaveText(
    '退回原因：户主姓名与户籍信息不符，请核对',
  );
  await shot(page, '26c-birth-fix-opens-on-field');
  const head = current(page).locator('[data-field="household.headName"] input');
  const headBefore = (await head.inputValue()).trim();
  await head.fill('勒干·帅');
  await tap(page, '下一步');
  await expect(current(page).getByText('2 / 2')).toBeVisible();
  await tap(page, '重新提交');
  await expect(current(page).locator('[data-step="hukou"]')).toContainText('待受理');

  // The police get it back with the change marked.
  await openCase(police);
  await expect(current(police).getByText(`已修改，原为：${headBefore}`)).toBeVisible();
  await shot(police, '26d-police-sees-change');

  // 派出所 registers the child: a new 公民身份号码 whose birth date is the child's.
  await acceptAndComplete(police, {
    childIdNumber: sampleIdNumber(birthDate, 402),
    policeStation: '盈江县公安局平原派出所',
  });

  // 医保, 人社 and the clinic.
  await acceptAndComplete(await clerk(browser, 'medical_insurance'), { insuranceNumber: 'YB53312300001' });
  const card = await clerk(browser, 'social_security');
  await acceptAndComplete(card, { cardNumber: 'A53312345', pickupPlace: '平原镇便民服务中心' });
  const clinic = await clerk(browser, 'clinic');
  await expect(current(clinic).locator('.queue-item', { hasText: CHILD })).toBeVisible();
  await shot(clinic, '27-clinic-queue');
  await acceptAndComplete(clinic, { certificateNumber: 'JZ-5331-000123', clinicName: '盈江县人民医院预防接种门诊' });

  // The finished case opens on its summary: each result, where and when to collect it, what to bring.
  await page.reload();
  await settle(page);
  await expect(current(page).getByText('已全部办结')).toBeVisible();
  await expect(current(page).getByText('全部办好了，接下来这样领取')).toBeVisible();
  for (const step of ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination']) {
    await expect(current(page).locator(`[data-summary="${step}"]`)).toBeVisible();
  }
  await expect(current(page).locator('[data-summary="social_security"]')).toContainText('平原镇便民服务中心');
  await expect(current(page).locator('[data-summary="medical_insurance"]')).toContainText('缴');
  await shot(page, '28-birth-case-summary');
  // The departments' timeline is one tap away.
  await tap(page, '查看各部门办理经过');
  for (const step of ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination']) {
    await expect(current(page).locator(`[data-step="${step}"]`)).toContainText('已办结');
  }
  await expect(current(page).locator('[data-step="birth_certificate"]').getByText('Q530098765', { exact: true })).toBeVisible();
  await expect(current(page).locator('[data-step="social_security"]').getByText('A53312345', { exact: true })).toBeVisible();
  await shot(page, '28b-birth-case-completed');
});
