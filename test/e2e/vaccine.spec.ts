import { expect, test, type APIRequestContext } from '@playwright/test';
import { sampleIdNumber } from '../fixtures/people';
import { current, daysAgo, fill, settle, shot, signIn, tap } from './journey';

const CHILD = '岩·小鹿';
const birthDate = daysAgo(5);

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown, idempotencyKey?: string) {
  const res = await request.post(`/api/${fn}`, {
    data: { action, input, idempotencyKey },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

test('a parent with a newborn sees what is due next and the calendar; the clinic records the birth doses', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // A new family applied for 出生一件事 (through the API here; the bundle journey drives the form).
  const { token } = await api(request, null, 'account', 'devLogin', {});
  const me = await api(request, token, 'account', 'verifyIdentity', { name: '岩温', idNumber: sampleIdNumber('1996-02-14', 327) });
  const known = {
    applicant: {
      name: '岩温',
      idNumber: sampleIdNumber('1996-02-14', 327),
      ethnicity: 'dai',
      phone: '13700001111',
      hukouTownship: 'nongzhang',
      hukouAddress: '弄璋镇弄璋村',
    },
    otherParent: {
      name: '玉香',
      idNumber: sampleIdNumber('1997-05-02', 228),
      ethnicity: 'dai',
      phone: '13700002222',
      hukouTownship: 'nongzhang',
      hukouAddress: '弄璋镇弄璋村',
    },
  };
  await api(
    request,
    token,
    'birth',
    'submit',
    {
      applicant: known.applicant,
      otherParent: known.otherParent,
      child: {
        name: CHILD,
        sex: 'M',
        birthDate,
        birthTime: '10:05',
        weightGrams: 3400,
        lengthCm: 51,
        hospitalId: 'yj-people',
        ethnicity: known.applicant.ethnicity,
      },
      household: {
        joins: 'applicant',
        headName: known.applicant.name,
        headRelation: 'father',
        hukouTownship: known.applicant.hukouTownship,
        address: known.applicant.hukouAddress,
      },
      insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
      card: { delivery: 'pickup', pickupTownship: 'nongzhang' },
      services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
      attachments: [],
    },
    'e2e-vaccine-journey-0001',
  );

  // The parent's home: the due-next card first, with the hukou deadline and the birth doses.
  // The parent's phone holds that session (Taro h5 keeps storage as {"data": …} in localStorage).
  const session = JSON.stringify({ state: { token, userId: me.userId }, version: 0 });
  await page.addInitScript((value) => window.localStorage.setItem('yj.session', JSON.stringify({ data: value })), session);
  await page.goto('/#/pages/home/index');
  const card = current(page).locator('.due-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('户口登记');
  // The birth doses are not on record yet (no 接种证): one item to have them checked, never 已逾期.
  await expect(card).toContainText('带预防接种证到接种单位核对接种记录');
  await expect(card).not.toContainText('已逾期');
  await shot(page, '30-home-due-next');

  // The calendar.
  await current(page).locator('[data-service="vaccine"]').click();
  await settle(page);
  await current(page).locator('.card', { hasText: CHILD }).click();
  await settle(page);
  await expect(current(page).locator('[data-dose="hepb-1"]')).toBeVisible();
  await expect(current(page).locator('[data-dose="bcg-1"]')).toBeVisible();
  await expect(current(page).locator('[data-group="unrecorded"] [data-dose="hepb-1"]')).toBeVisible();
  await expect(current(page).locator('[data-group="overdue"]')).toHaveCount(0);
  await shot(page, '31-vaccine-calendar');

  // The clinic finds the child and records the birth doses.
  const clinic = await (await browser.newContext()).newPage();
  await signIn(clinic, 'clinic');
  await clinic.goto('/#/packages/staff/children/index');
  await settle(clinic);
  await fill(clinic, 'name', CHILD);
  await current(clinic).locator('[data-field="birthDate"] input').fill(birthDate);
  await tap(clinic, '查找');
  await current(clinic).locator('.card', { hasText: CHILD }).click();
  await settle(clinic);
  for (const dose of ['hepb-1', 'bcg-1']) {
    await current(clinic).locator(`[data-dose="${dose}"]`).click();
    await current(clinic).locator('[data-field="date"] input').fill(birthDate);
    await fill(clinic, 'batch', `2026${dose.toUpperCase()}`);
    await fill(clinic, 'clinic', '盈江县人民医院预防接种门诊');
    await tap(clinic, '确认录入');
    await expect(current(clinic).locator(`[data-group="given"] [data-dose="${dose}"]`)).toBeVisible();
  }
  await shot(clinic, '32-clinic-recorded');

  // The parent's list updates: the birth doses are done.
  await page.goto('/#/pages/home/index');
  await settle(page);
  await expect(current(page).locator('.due-card')).not.toContainText('乙肝疫苗 第1剂');
  await expect(current(page).locator('.due-card')).not.toContainText('核对接种记录');
  await expect(current(page).locator('.due-card')).toContainText('户口登记');
  await shot(page, '33-home-due-next-updated');
});
