// Uploads (a 户口簿 page when the household is outside 盈江), attaching them, and who may fetch them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHarness, type Harness } from './harness';
import { birthInput, clerks, results, work, type Clerks } from './birthPeople';
import { father, mother, newKey, verifiedUser } from './people';

let h: Harness;
let c: Clerks;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
});
afterAll(async () => {
  await h.close();
});

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF 户口簿样例 533123199401010000 '.repeat(20))]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

function storedFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...storedFiles(path));
    else out.push(path);
  }
  return out;
}

/** An application whose child joins a household outside 盈江 (so a 户口簿 page is needed). */
function outsideInput(applicant: { name: string; idNumber: string }, fileIds: string[]) {
  const base = birthInput(applicant, father());
  return {
    ...base,
    otherParent: { ...base.otherParent, hukouTownship: 'outside' as const, hukouAddress: '云南省芒市测试路2号' },
    household: { ...base.household, hukouTownship: 'outside' as const, address: '云南省芒市测试路2号' },
    attachments: fileIds.map((fileId) => ({ kind: 'hukou_book' as const, fileId })),
  };
}

describe('POST /api/files', () => {
  test('JPEG, PNG and PDF by their bytes; stored sealed', async () => {
    const { token } = await verifiedUser(h, mother());
    for (const [bytes, mime] of [
      [JPEG, 'image/jpeg'],
      [PNG, 'image/png'],
      [PDF, 'application/pdf'],
    ] as const) {
      const res = await h.upload(token, { bytes, kind: 'hukou_book', contentType: 'application/octet-stream' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true, data: { fileId: expect.any(String), size: bytes.length, mime } });
      const back = await h.download(token, res.json().data.fileId);
      expect(back.statusCode).toBe(200);
      expect(back.headers['content-type']).toBe(mime);
      expect(back.headers['cache-control']).toBe('private, no-store');
      expect(back.body.equals(bytes)).toBe(true);
    }
    // The field may come after the file.
    expect((await h.upload(token, { bytes: PNG, kind: 'hukou_book', kindLast: true })).json()).toMatchObject({ ok: true });
    // On disk: no clear bytes of any upload.
    for (const file of storedFiles(h.filesDir)) {
      const stored = readFileSync(file);
      expect(stored.includes(JPEG.subarray(0, 32))).toBe(false);
      expect(stored.toString('latin1')).not.toContain('533123199401010000');
      expect(stored.toString('latin1')).not.toContain('%PDF');
    }
    const row = await h.db.selectFrom('files').selectAll().orderBy('created_at').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'hukou_book', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test('too large → 413; wrong type → 415; bad kind, no file, no session, not verified', async () => {
    const { token } = await verifiedUser(h, mother());
    const big = Buffer.concat([JPEG.subarray(0, 4), Buffer.alloc(5 * 1024 * 1024, 1)]);
    const tooBig = await h.upload(token, { bytes: big, kind: 'hukou_book' });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '文件不能超过5MB，请压缩后重新上传', fields: { file: '文件不能超过5MB，请压缩后重新上传' } },
    });
    // Exactly 5 MB is fine.
    const exact = Buffer.concat([JPEG.subarray(0, 4), Buffer.alloc(5 * 1024 * 1024 - 4, 1)]);
    expect((await h.upload(token, { bytes: exact, kind: 'hukou_book' })).statusCode).toBe(200);

    for (const bytes of [
      Buffer.from('GIF89a......'),
      Buffer.from('<html><script>alert(1)</script>'),
      Buffer.from('MZ\x90\x00 not an image'),
    ]) {
      const res = await h.upload(token, { bytes, kind: 'hukou_book', contentType: 'image/jpeg', filename: 'looks-fine.jpg' });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { file: '只能上传JPG、PNG图片或PDF文件' } } });
    }
    expect((await h.upload(token, { bytes: JPEG, kind: 'selfie' })).json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { kind: '请选择附件类型' } },
    });
    expect((await h.upload(token, { bytes: JPEG })).json()).toMatchObject({ ok: false, error: { fields: { kind: expect.any(String) } } });
    expect((await h.upload(token, { bytes: Buffer.alloc(0), kind: 'hukou_book' })).json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { file: '请选择要上传的文件' } },
    });
    const anonymous = await h.upload(undefined, { bytes: JPEG, kind: 'hukou_book' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    const { token: unverified } = await h.login();
    expect((await h.upload(unverified, { bytes: JPEG, kind: 'hukou_book' })).json()).toMatchObject({
      ok: false,
      error: { code: 'NOT_VERIFIED' },
    });
    const json = await h.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { authorization: `Bearer ${token}` },
      payload: { kind: 'hukou_book' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('multipart is for /api/files only', async () => {
    const { token } = await verifiedUser(h, mother());
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/account',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('attachments', () => {
  test('an application may only attach the caller’s own uploads', async () => {
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    const stranger = await verifiedUser(h, mother());
    const theirs = (await h.upload(stranger.token, { bytes: JPEG, kind: 'hukou_book' })).json().data.fileId;
    for (const fileId of [theirs, '00000000-0000-4000-8000-000000000000']) {
      expect(await h.call(token, 'birth', 'submit', outsideInput(applicant, [fileId]), newKey())).toEqual({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: '附件不存在或不属于您，请重新上传',
          fields: { 'attachments.0.fileId': '附件不存在或不属于您，请重新上传' },
        },
      });
    }
    // The schema asks for the 户口簿 page when the household is outside 盈江.
    expect(await h.call(token, 'birth', 'submit', outsideInput(applicant, []), newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { attachments: expect.stringContaining('户口簿') } },
    });
  });

  test('the police working the case can fetch it (audited); another family and other clerks cannot', async () => {
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    const fileId = (await h.upload(token, { bytes: JPEG, kind: 'hukou_book' })).json().data.fileId;
    const view = await h.ok(token, 'birth', 'submit', outsideInput(applicant, [fileId]), newKey());

    // Before the hukou step reaches the police, they cannot see it either.
    expect((await h.download(c.hukou, fileId)).statusCode).toBe(404);
    await work(h, c, view.id, 'birth_certificate', results().birth_certificate);

    const police = await h.download(c.hukou, fileId);
    expect(police.statusCode).toBe(200);
    expect(police.body.equals(JPEG)).toBe(true);
    const hukouWork = await h.ok(c.hukou, 'birth', 'bundleStep', { caseId: view.id, step: 'hukou' });
    expect(hukouWork.data).toContainEqual({ label: '户口簿首页及户主页照片', value: `/api/files/${fileId}`, field: 'attachments' });
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'file.read')
      .where('target_id', '=', fileId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_role: 'police', target_type: 'file' });
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ caseId: view.id, number: view.number, kind: 'hukou_book' });

    const stranger = await verifiedUser(h, mother());
    for (const other of [stranger.token, c.birth_certificate, c.medical_insurance, (await h.login('health_bureau')).token]) {
      const res = await h.download(other, fileId);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '未找到该文件' } });
    }
    expect((await h.download(undefined, fileId)).statusCode).toBe(401);
    expect((await h.download(token, fileId)).statusCode).toBe(200);
    // Only the police read is audited, not the owner's own.
    expect(
      await h.db.selectFrom('audit_log').select('id').where('action', '=', 'file.read').where('target_id', '=', fileId).execute(),
    ).toHaveLength(1);
  });
});
