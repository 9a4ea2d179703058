// A clerk opens the photo a parent uploaded: the h5 viewer is not in the first load (issue 18,
// services/openImage.ts), so this proves it still arrives, on first use, and shows the file; and that
// it is a dialog a keyboard user can close (issue 19).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { sampleIdNumber } from '../fixtures/people';
import { current, daysAgo, settle, shot, signIn, tap } from './journey';

const CHILD = '岳小禾';

async function api(request: APIRequestContext, token: string | null, fn: string, action: string, input: unknown, idempotencyKey?: string) {
  const res = await request.post(`/api/${fn}`, {
    data: { action, input, idempotencyKey },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

test('a clerk opens an uploaded 户口簿 photo in the image viewer, loaded on first use', async ({ page, request }) => {
  // The parent (through the API: the form is tested elsewhere) files with the child joining the
  // father's household outside 盈江, which needs the photo.
  const { token } = await api(request, null, 'account', 'devLogin', { demo: 'newborn_parent' });
  const prefill = await api(request, token, 'birth', 'prefill', {});
  const photo = readFileSync(path.join(__dirname, '../../src/assets/tab/home.png'));
  const uploaded = await request.post('/api/files', {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { kind: 'hukou_book', file: { name: 'hukou.png', mimeType: 'image/png', buffer: photo } },
  });
  const { data: file } = await uploaded.json();
  const applicant = {
    ethnicity: 'dai',
    phone: '13800138111',
    hukouTownship: 'pingyuan',
    hukouAddress: '平原镇允燕社区1号',
    ...prefill.applicant,
  };
  await api(
    request,
    token,
    'birth',
    'submit',
    {
      applicant,
      otherParent: {
        name: '岳明',
        idNumber: sampleIdNumber('1992-03-04', 315),
        ethnicity: 'han',
        phone: '13800138222',
        hukouTownship: 'outside',
        hukouAddress: '四川省成都市某街道1号',
      },
      child: {
        name: CHILD,
        sex: 'F',
        birthDate: daysAgo(13),
        birthTime: '10:20',
        weightGrams: 3100,
        lengthCm: 49,
        hospitalId: 'yj-people',
        ethnicity: 'han',
      },
      household: {
        joins: 'otherParent',
        headName: '岳明',
        headRelation: 'father',
        hukouTownship: 'outside',
        address: '四川省成都市某街道1号',
      },
      insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
      card: { delivery: 'post', postAddress: '平原镇允燕社区1号' },
      services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
      attachments: [{ kind: 'hukou_book', fileId: file.fileId }],
    },
    randomUUID(),
  );

  // The police: the 户口 step waits for the 出生医学证明, so the hospital issues it first.
  const { token: hospital } = await api(request, null, 'account', 'devLogin', { demo: 'hospital' });
  const [item] = (await api(request, hospital, 'birth', 'bundleQueue', {})).filter((q: { childName: string }) => q.childName === CHILD);
  await api(request, hospital, 'birth', 'acceptStep', { caseId: item.caseId, step: 'birth_certificate' });
  await api(request, hospital, 'birth', 'completeStep', {
    caseId: item.caseId,
    step: 'birth_certificate',
    result: { certificateNumber: 'Q530099001' },
  });

  await signIn(page, 'police');
  const chunks: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) chunks.push(new URL(r.url()).pathname);
  });
  await page.goto('/#/packages/staff/bundle-queue/index');
  await settle(page);
  await current(page).locator('.queue-item', { hasText: CHILD }).first().click();
  await settle(page);
  const before = chunks.length;
  await tap(page, '查看照片');
  const dialog = page.getByRole('dialog', { name: '户口簿首页及户主页照片' });
  const shown = dialog.getByRole('img', { name: '户口簿首页及户主页照片' });
  await expect(shown).toBeVisible();
  expect(await shown.getAttribute('src')).toMatch(/^blob:/);
  // The viewer came in its own file, fetched only now.
  expect(chunks.length).toBeGreaterThan(before);
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
  await shot(page, '90-clerk-photo-viewer');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
