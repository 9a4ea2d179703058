// CloudBase for real, locally: the bundled functions (as `npm run bundle:functions` builds them) run
// with the wx-server-sdk stand-in over a local SQLite file. A parent signs in by WeChat's word
// (getWXContext OPENID, no code, no token), passes the real-name check, files 出生一件事; the hospital
// clerk accepts the step; the parent gets the in-app message and a subscribe message through
// cloud.openapi.subscribeMessage.send.
import { systemClock } from '../../cloud/core/context';
import { migrate } from '../../cloud/db/migrate';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import { demoOpenid } from '../../cloud/handlers/account/demoAccounts';
import { createFieldCrypto, fieldKeysFromEnv } from '../../cloud/security/fieldCrypto';
import { addDays, todayIn } from '../../domain/dates';
import { seedDemo } from '../../scripts/seed';
import { createCloudHarness, type CloudHarness } from '../cloudbase/harness';
import { BUCKET } from '../cloudbase/wxServerSdk';
import { createCloudStorageFileStore } from '../../cloud/adapters/files/cloudStorage';
import { birthInput } from './birthPeople';
import { father, mother, newKey } from './people';

let cloud: CloudHarness;
const PARENT = 'oCLOUD_parent_000001';

beforeAll(async () => {
  cloud = await createCloudHarness(['account', 'birth', 'staff', 'retention'], { SUBSCRIBE_TEMPLATE_CASE_UPDATE: 'TPL_case_update', CLOUD_FILE_PREFIX: BUCKET });
  // The demo clerks, with the same (development) field keys the functions use.
  const db = createSqliteDatabase(cloud.dbFile);
  await migrate(db);
  await seedDemo(db, systemClock, { crypto: createFieldCrypto(fieldKeysFromEnv(process.env, () => {})) });
  await db.destroy();
}, 120_000);

afterAll(() => cloud.close());

test('no OPENID (not from WeChat) → UNAUTHENTICATED; devLogin refused', async () => {
  expect(await cloud.call(undefined, 'account', { action: 'me', input: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
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
  expect((await peek.selectFrom('users').select('unionid').where('openid', '=', PARENT).executeTakeFirstOrThrow()).unionid).toBe(`union-${PARENT}`);
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

  const accepted = await cloud.call(demoOpenid('hospital'), 'staff', { action: 'acceptStep', input: { caseId, step: 'birth_certificate' } });
  expect(accepted).toMatchObject({ ok: true });
  const inbox = await cloud.call(PARENT, 'account', { action: 'inbox', input: {} });
  expect(inbox.data.length).toBeGreaterThan(0);
  expect(cloud.sdk.sent.at(-1)).toMatchObject({ touser: PARENT, templateId: 'TPL_case_update', data: { thing1: expect.any(Object), time3: expect.any(Object) } });
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
    const accepted = await cloud.call(demoOpenid('hospital'), 'staff', { action: 'acceptStep', input: { caseId: submitted.data.id, step: 'birth_certificate' } });
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
  await expect(createCloudStorageFileStore(cloud.sdk, 'cloud://other.bucket').put(key, Buffer.from('x'))).rejects.toThrow(/CLOUD_FILE_PREFIX/);

  // An upload nobody attached, 31 days old: the CloudBase retention function removes row and bytes.
  const db = createSqliteDatabase(cloud.dbFile);
  const owner = await db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
  await db.insertInto('files').values({ id: key, owner_user_id: owner.id, kind: 'hukou_book', mime: 'image/jpeg', size: 12, sha256: '0'.repeat(64), storage_key: key, created_at: addDays(todayIn(new Date()), -31) + 'T00:00:00.000Z' }).execute();
  await db.destroy();
  const run = await cloud.call(undefined, 'retention', {});
  expect(run).toMatchObject({ ok: true, data: { filesDeleted: 1 } });
  expect(cloud.sdk.files.has(`${BUCKET}/uploads/${key}`)).toBe(false);
});

test('the retention timer runs; a WeChat user cannot trigger it', async () => {
  expect(await cloud.call(PARENT, 'retention', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await cloud.call(undefined, 'retention', {})).toMatchObject({ ok: true, data: { sessionsDeleted: expect.any(Number) } });
});
