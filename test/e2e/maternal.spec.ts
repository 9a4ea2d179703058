import { expect, test, type APIRequestContext } from '@playwright/test';
import { sampleIdNumber } from '../fixtures/people';
import { current, daysAgo, fill, settle, shot, signIn, tap } from './journey';

const MOTHER = { name: '玉罕·孕检', idNumber: sampleIdNumber('1996-03-08', 542) };
const FATHER = { name: '岩恩', idNumber: sampleIdNumber('1994-09-21', 553) };

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown, idempotencyKey?: string) {
  const res = await request.post(`/api/${fn}`, {
    data: { action, input, idempotencyKey },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

test('a pregnant parent follows her checks while the hospital records a 黄 assessment', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  // A pregnant mother with a 生育登记 (through the API here; registration.spec drives that form), due in 20 weeks.
  const { token } = await api(request, null, 'account', 'devLogin', {});
  const me = await api(request, token, 'account', 'verifyIdentity', MOTHER);
  const dueDate = daysAgo(-140);
  await api(
    request,
    token,
    'registration',
    'submit',
    {
      applicant: { ...MOTHER, ethnicity: 'dai', phone: '13700003333', hukouTownship: 'pingyuan', hukouAddress: '平原镇样例村3号' },
      spouse: { ...FATHER, ethnicity: 'dai', phone: '13700004444', hukouTownship: 'pingyuan', hukouAddress: '平原镇样例村3号' },
      marriageDate: '2021-01-18',
      existingChildren: [],
      stage: 'pregnant',
      dueDate,
      township: 'pingyuan',
    },
    'e2e-maternal-registration-0001',
  );
  const session = JSON.stringify({ state: { token, userId: me.userId }, version: 0 });
  await page.addInitScript((value) => window.localStorage.setItem('yj.session', JSON.stringify({ data: value })), session);

  // She starts her pregnancy from the 生育登记: the week and the calendar.
  await page.goto('/#/pages/home/index');
  await settle(page);
  await current(page).locator('[data-service="maternal"]').click();
  await settle(page);
  await expect(current(page)).toContainText(`预产期是 ${dueDate}`);
  await shot(page, '60-pregnancy-start');
  await tap(page, '用这个预产期开始');
  await expect(current(page).locator('[data-week]')).toHaveText('孕20周');
  await expect(current(page)).toContainText(`预产期 ${dueDate}`);
  await expect(current(page).locator('[data-check="prenatal-2"]')).toContainText('现在该做');
  await expect(current(page).locator('[data-check="prenatal-2"]')).toContainText('免费');
  await current(page).locator('[data-check="prenatal-2"]').getByText('包括哪些检查 ›').click();
  await expect(current(page).locator('[data-check="prenatal-2"]')).toContainText('依据：《国家基本公共卫生服务规范（第三版）》');
  await shot(page, '61-pregnancy-calendar');

  // The hospital (another browser) finds her by her ID number and records 建册 and a 黄 assessment.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, 'maternal_child');
  await staff.goto('/#/packages/staff-health/pregnancies/index');
  await settle(staff);
  await fill(staff, 'idNumber', MOTHER.idNumber);
  await tap(staff, '查找');
  await current(staff).locator('[data-found]', { hasText: MOTHER.name }).click();
  await settle(staff);
  await expect(current(staff)).toContainText('孕20周');
  await current(staff).locator('[data-check="prenatal-1"]').getByText('录入 ›').click();
  await current(staff).locator('[data-field="date"] input').fill(daysAgo(1));
  await fill(staff, 'facility', '平原镇卫生院');
  await tap(staff, '确认录入');
  await expect(current(staff).locator('[data-check="prenatal-1"]')).toContainText('已完成');
  await expect(current(staff)).toContainText('建册：');

  await tap(staff, '录入妊娠风险评估');
  await current(staff).locator('[data-field="colours"]').getByText('黄色（一般风险）').click();
  await fill(staff, 'riskFacility', '盈江县人民医院');
  await tap(staff, '确认录入');
  await expect(current(staff).locator('.risk-card')).toContainText('黄色（一般风险）');
  await shot(staff, '62-staff-recorded-yellow');

  // Her page now shows the colour in plain words, where to deliver, and 建册 done.
  await page.reload();
  await settle(page);
  const risk = current(page).locator('.risk-card');
  await expect(risk).toContainText('妊娠风险评估：黄色（一般风险）');
  await expect(risk).toContainText('二级以上医疗机构');
  await expect(current(page).locator('[data-check="prenatal-1"]')).toContainText('已完成');
  await expect(current(page)).toContainText('已建册');
  await shot(page, '63-pregnancy-yellow');

  // 接下来要办 on her home page has the check that is due now; her inbox has the hospital's messages.
  await page.goto('/#/pages/home/index');
  await settle(page);
  await expect(current(page).locator('.due-card')).toContainText('孕中期第1次产前随访（孕16～20周）');
  await page.goto('/#/packages/account/inbox/index');
  await settle(page);
  await expect(current(page)).toContainText('妊娠风险评估已记录');
  await expect(current(page)).toContainText('孕期检查记录已更新');
});
