// CloudBase for real, locally: the bundled functions (as `npm run bundle:functions` builds them) run
// with the wx-server-sdk stand-in over a local SQLite file. A parent signs in by WeChat's word
// (getWXContext OPENID, no code, no token), passes the real-name check, files 出生一件事; the hospital
// clerk accepts the step; the parent gets the in-app message and a subscribe message through
// cloud.openapi.subscribeMessage.send.
import { systemClock } from '../../cloud/core/clock';
import { migrate } from '../../cloud/db/migrate';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import { demoOpenid } from '../../cloud/handlers/account/demoAccounts';
import { createFieldCrypto, fieldKeysFromEnv } from '../../cloud/security/fieldCrypto';
import { addDays, todayIn } from '../../domain/dates';
import { seedDemo } from '../../scripts/seed';
import { createCloudHarness, type CloudHarness } from '../cloudbase/harness';
import { BUCKET } from '../cloudbase/wxServerSdk';
import { createCloudStorageFileStore } from '../../cloud/adapters/files/cloudStorage';
import { birthInput, results } from './birthPeople';
import { father, mother, newKey, registrationInput } from './people';

let cloud: CloudHarness;
const PARENT = 'oCLOUD_parent_000001';

beforeAll(async () => {
  cloud = await createCloudHarness(['account', 'registration', 'birth', 'retention'], {
    SUBSCRIBE_TEMPLATE_CASE_UPDATE: 'TPL_case_update',
    CLOUD_FILE_PREFIX: BUCKET,
  });
  // The demo clerks, with the same (development) field keys the functions use.
  const db = createSqliteDatabase(cloud.dbFile);
  await migrate(db);
  await seedDemo(db, systemClock, { crypto: createFieldCrypto(fieldKeysFromEnv(process.env, () => {})) });
  await db.destroy();
}, 120_000);

afterAll(() => cloud.close());

test('no OPENID (not from WeChat) → UNAUTHENTICATED; devLogin refused', async () => {
  expect(await cloud.call(undefined, 'account', { action: 'me', input: {} })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  expect(await cloud.call(PARENT, 'account', { action: 'devLogin', input: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('journey: sign in (getWXContext), real-name check, 出生一件事, a clerk’s step, the subscribe message', async () => {
  const signIn = await cloud.call(PARENT, 'account', { action: 'signIn', input: { code: 'unused-in-cloudbase' } });
  expect(signIn).toMatchObject({ ok: true, data: { me: { verified: false } } });
  expect(signIn.data.token).toBeUndefined();
  // A second first call makes no second user.
  const again = await cloud.call(PARENT, 'account', { action: 'me', input: {} });
  expect(again.data.userId).toBe(signIn.data.me.userId);
  const peek = createSqliteDatabase(cloud.dbFile);
  expect((await peek.selectFrom('users').select('unionid').where('openid', '=', PARENT).executeTakeFirstOrThrow()).unionid).toBe(
    `union-${PARENT}`,
  );
  await peek.destroy();

  const applicant = mother('岩香');
  const verified = await cloud.call(PARENT, 'account', { action: 'verifyIdentity', input: applicant });
  expect(verified).toMatchObject({ ok: true, data: { verified: true, name: '岩香' } });

  const today = todayIn(new Date());
  const input = birthInput(applicant, father(), {});
  input.child.birthDate = addDays(today, -10);
  const submitted = await cloud.call(PARENT, 'birth', { action: 'submit', input, idempotencyKey: newKey() });
  expect(submitted).toMatchObject({ ok: true });
  const caseId = submitted.data.id as string;

  const accepted = await cloud.call(demoOpenid('hospital'), 'birth', {
    action: 'acceptStep',
    input: { caseId, step: 'birth_certificate' },
  });
  expect(accepted).toMatchObject({ ok: true });
  const inbox = await cloud.call(PARENT, 'account', { action: 'inbox', input: {} });
  expect(inbox.data.length).toBeGreaterThan(0);
  expect(cloud.sdk.sent.at(-1)).toMatchObject({
    touser: PARENT,
    templateId: 'TPL_case_update',
    data: { thing1: expect.any(Object), time3: expect.any(Object) },
  });
}, 60_000);

test('a refused subscribe message (43101) never fails the step', async () => {
  cloud.sdk.refuseSubscribe = true;
  try {
    const signIn = await cloud.call('oCLOUD_parent_000002', 'account', { action: 'signIn', input: { code: 'x' } });
    expect(signIn.ok).toBe(true);
    const applicant = mother('岩罕');
    await cloud.call('oCLOUD_parent_000002', 'account', { action: 'verifyIdentity', input: applicant });
    const input = birthInput(applicant, father(), {});
    input.child.birthDate = addDays(todayIn(new Date()), -5);
    const submitted = await cloud.call('oCLOUD_parent_000002', 'birth', { action: 'submit', input, idempotencyKey: newKey() });
    const accepted = await cloud.call(demoOpenid('hospital'), 'birth', {
      action: 'acceptStep',
      input: { caseId: submitted.data.id, step: 'birth_certificate' },
    });
    expect(accepted).toMatchObject({ ok: true });
  } finally {
    cloud.sdk.refuseSubscribe = false;
  }
}, 60_000);

test('cloud storage behind the files adapter: sealed bytes in, out, and deleted by the retention timer', async () => {
  const store = createCloudStorageFileStore(cloud.sdk, BUCKET);
  const key = 'aaaaaaaa-0000-4000-8000-000000000001';
  await store.put(key, Buffer.from('sealed-bytes'));
  expect(cloud.sdk.files.has(`${BUCKET}/uploads/${key}`)).toBe(true);
  expect((await store.get(key))?.toString()).toBe('sealed-bytes');
  expect(await store.get('aaaaaaaa-0000-4000-8000-00000000dead')).toBeUndefined();
  await expect(createCloudStorageFileStore(cloud.sdk, 'cloud://other.bucket').put(key, Buffer.from('x'))).rejects.toThrow(
    /CLOUD_FILE_PREFIX/,
  );

  // An upload nobody attached, 31 days old: the CloudBase retention function removes row and bytes.
  const db = createSqliteDatabase(cloud.dbFile);
  const owner = await db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
  await db
    .insertInto('files')
    .values({
      id: key,
      owner_user_id: owner.id,
      kind: 'hukou_book',
      mime: 'image/jpeg',
      size: 12,
      sha256: '0'.repeat(64),
      storage_key: key,
      created_at: addDays(todayIn(new Date()), -31) + 'T00:00:00.000Z',
    })
    .execute();
  await db.destroy();
  const run = await cloud.call(undefined, 'retention', {});
  expect(run).toMatchObject({ ok: true, data: { filesDeleted: 1 } });
  expect(cloud.sdk.files.has(`${BUCKET}/uploads/${key}`)).toBe(false);
});

test('journey with a 户口簿 photo: sign in, 生育登记, upload through incoming/ (kept sealed), 出生一件事, a clerk’s step and its subscribe message, the police open the photo through a temporary link, the copy deleted', async () => {
  const who = 'oCLOUD_parent_000003';
  const applicant = mother('岩温');
  const spouse = father();
  await cloud.call(who, 'account', { action: 'signIn', input: { code: 'x' } });
  await cloud.call(who, 'account', { action: 'verifyIdentity', input: applicant });
  const registered = await cloud.call(who, 'registration', {
    action: 'submit',
    input: registrationInput(applicant, spouse, { dueDate: addDays(todayIn(new Date()), 90) }),
    idempotencyKey: newKey(),
  });
  expect(registered).toMatchObject({ ok: true, data: { status: 'registered' } });
  const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF 户口簿样例 '.repeat(20))]);
  // wx.cloud.uploadFile from the phone:
  const incoming = (await cloud.sdk.uploadFile({ cloudPath: 'incoming/k3j4h5g6f7d8s9a0p1o2.jpg', fileContent: JPEG })).fileID;
  const attached = await cloud.call(who, 'account', { action: 'attachUpload', input: { kind: 'hukou_book', cloudFileId: incoming } });
  expect(attached).toMatchObject({ ok: true, data: { mime: 'image/jpeg', size: JPEG.length } });
  const fileId = attached.data.fileId as string;
  expect(cloud.sdk.files.has(incoming)).toBe(false); // the clear upload is gone
  const sealed = cloud.sdk.files.get(`${BUCKET}/uploads/${fileId}`)!;
  expect(sealed.includes(Buffer.from('户口簿样例'))).toBe(false); // kept sealed
  // The same incoming file cannot be attached twice; a path outside incoming/ is refused.
  expect(await cloud.call(who, 'account', { action: 'attachUpload', input: { kind: 'hukou_book', cloudFileId: incoming } })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(
    await cloud.call(who, 'account', { action: 'attachUpload', input: { kind: 'hukou_book', cloudFileId: `${BUCKET}/uploads/${fileId}` } }),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

  // The family settles the child outside the county: the 户口簿 page is required (as in birthFiles.test.ts).
  const base = birthInput(applicant, spouse);
  const input = {
    ...base,
    otherParent: { ...base.otherParent, hukouTownship: 'outside' as const, hukouAddress: '云南省芒市测试路2号' },
    household: { ...base.household, hukouTownship: 'outside' as const, address: '云南省芒市测试路2号' },
    child: { ...base.child, birthDate: addDays(todayIn(new Date()), -3) },
    attachments: [{ kind: 'hukou_book' as const, fileId }],
  };
  const submitted = await cloud.call(who, 'birth', { action: 'submit', input, idempotencyKey: newKey() });
  expect(submitted.error).toBeUndefined();

  const police = demoOpenid('police');
  expect(await cloud.call(police, 'account', { action: 'openUpload', input: { fileId } })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const hospital = demoOpenid('hospital');
  const sentBefore = cloud.sdk.sent.length;
  await cloud.call(hospital, 'birth', { action: 'acceptStep', input: { caseId: submitted.data.id, step: 'birth_certificate' } });
  expect(cloud.sdk.sent.length).toBeGreaterThan(sentBefore);
  expect(cloud.sdk.sent.at(-1)).toMatchObject({ touser: who, templateId: 'TPL_case_update' });
  const done = await cloud.call(hospital, 'birth', {
    action: 'completeStep',
    input: { caseId: submitted.data.id, step: 'birth_certificate', result: results().birth_certificate },
  });
  expect(done).toMatchObject({ ok: true });
  const opened = await cloud.call(police, 'account', { action: 'openUpload', input: { fileId } });
  expect(opened).toMatchObject({ ok: true, data: { url: expect.stringContaining('https://'), mime: 'image/jpeg', expiresInSec: 600 } });
  const copies = [...cloud.sdk.files.entries()].filter(([k]) => k.includes('/shared/'));
  expect(copies).toHaveLength(1);
  expect(copies[0]![1].equals(JPEG)).toBe(true);
  // Another parent may not.
  expect(await cloud.call(PARENT, 'account', { action: 'openUpload', input: { fileId } })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });

  // Retention deletes the clear copy once its link has expired (its row is 11 minutes old).
  const db = createSqliteDatabase(cloud.dbFile);
  await db
    .updateTable('cloud_file_shares')
    .set({ created_at: new Date(Date.now() - 11 * 60_000).toISOString() })
    .execute();
  const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'file.read').where('target_id', '=', fileId).execute();
  expect(audit).toHaveLength(1);
  await db.destroy();
  const run = await cloud.call(undefined, 'retention', {});
  expect(run).toMatchObject({ ok: true, data: { sharesDeleted: 1 } });
  expect([...cloud.sdk.files.keys()].filter((k) => k.includes('/shared/'))).toHaveLength(0);
}, 60_000);

test('the retention timer runs; a WeChat user cannot trigger it', async () => {
  expect(await cloud.call(PARENT, 'retention', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await cloud.call(undefined, 'retention', {})).toMatchObject({ ok: true, data: { sessionsDeleted: expect.any(Number) } });
});
