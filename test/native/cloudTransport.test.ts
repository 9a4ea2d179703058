// The compiled weapp built with the cloud transport (dist-cloud/, `TARO_APP_API=cloud`, built by
// `npm test`) over the bundled CloudBase functions (test/cloudbase/harness.ts): every call the app
// makes goes through wx.cloud.callFunction, answered by the function's own `main` with the caller's
// OPENID from the wx-server-sdk stand-in — no wx.login, no wx.request, no token. A verified parent
// sees their home page and submits the 生育登记 kept as a draft on the phone.
import { TextDecoder, TextEncoder } from 'node:util';
import type { CloudHarness } from '../cloudbase/harness';
import {
  cloudCalls,
  findByText,
  loadPage,
  onCloudCall,
  renderPage,
  requests,
  storage,
  tap,
  unmountAll,
  useBuild,
  waitFor,
  wx,
} from './harness';

// The functions' bundles (Fastify-free, but Node's crypto and better-sqlite3) need what jsdom leaves out.
Object.assign(globalThis, { TextDecoder, TextEncoder });
const { createCloudHarness } = require('../cloudbase/harness') as typeof import('../cloudbase/harness');
const { createSqliteDatabase } = require('../../cloud/db/sqlite') as typeof import('../../cloud/db/sqlite');
const { migrate } = require('../../cloud/db/migrate') as typeof import('../../cloud/db/migrate');
const { seedTownships } = require('../../scripts/seed') as typeof import('../../scripts/seed');
const { addDays, todayIn } = require('../../domain/dates') as typeof import('../../domain/dates');
const { father, mother, registrationInput } = require('../api/people') as typeof import('../api/people');

const PARENT = 'oNATIVE_cloud_parent_01';
const CLOUD_ENV = 'yj-test-0g1h2'; // the env id scripts/test.mjs builds dist-cloud/ with
let cloud: CloudHarness;
let userId = '';
let home = '';
let form = '';
const applicant = mother('岩温香');

beforeAll(async () => {
  useBuild('dist-cloud');
  cloud = await createCloudHarness(['account', 'registration']);
  const db = createSqliteDatabase(cloud.dbFile);
  await migrate(db);
  await seedTownships(db);
  await db.destroy();

  // The parent passed the real-name check on an earlier day; this phone kept a finished draft.
  const verified = await cloud.call(PARENT, 'account', { action: 'verifyIdentity', input: applicant });
  if (!verified.ok) throw new Error(JSON.stringify(verified.error));
  userId = (await cloud.call(PARENT, 'account', { action: 'me', input: {} })).data.userId;
  const input = registrationInput(applicant, father(), { dueDate: addDays(todayIn(new Date()), 120) });
  storage.clear();
  storage.set('yj.session', JSON.stringify({ state: { token: null, userId }, version: 0 }));
  storage.set(
    'yj.drafts',
    JSON.stringify({
      state: { registration: { userId, input: { ...input, birthDate: '' }, step: 4, idempotencyKey: 'cloud-draft-1' } },
      version: 0,
    }),
  );

  onCloudCall(({ name, data }) => cloud.call(PARENT, name, data));
  home = await loadPage('pages/home/index');
  form = await loadPage('packages/registration/form/index');
}, 120_000);

afterAll(() => cloud?.close());
afterEach(() => unmountAll());

test('the home page of a verified parent comes from wx.cloud.callFunction alone', async () => {
  const page = await renderPage(home);
  await waitFor(() => expect(cloudCalls.some((c) => c.name === 'account' && c.data.action === 'me')).toBe(true));
  await waitFor(() => expect(page.text()).toContain('出生一件事 · 盈江'));
  expect(page.text()).not.toContain('登录后可以办理业务');
  expect(page.text()).not.toContain('先完成实名认证');
  expect(wx.cloud.init).toHaveBeenCalledWith(expect.objectContaining({ env: CLOUD_ENV }));
  // WeChat names the caller: no code exchange, no HTTP, no token in any call.
  expect(wx.login).not.toHaveBeenCalled();
  expect(requests).toHaveLength(0);
  expect(JSON.stringify(cloudCalls)).not.toMatch(/token|Bearer/i);
});

test('a cloud function answer that is not the envelope is one clear error; the draft stays', async () => {
  // e.g. a function that crashed: WeChat gives the caller a result without our envelope.
  onCloudCall(({ name, data }) => (name === 'registration' ? { errMsg: 'function crashed' } : cloud.call(PARENT, name, data)));
  try {
    const page = await renderPage(form);
    await waitFor(() => expect(page.text()).toContain('提交登记'));
    await tap(findByText(page.root, '提交登记'));
    await waitFor(() =>
      expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '未能完成', content: '服务暂时不可用，请稍后再试' })),
    );
    expect(wx.redirectTo).not.toHaveBeenCalled();
    expect(JSON.parse(String(storage.get('yj.drafts'))).state.registration).toMatchObject({ idempotencyKey: 'cloud-draft-1' });
  } finally {
    onCloudCall(({ name, data }) => cloud.call(PARENT, name, data));
    unmountAll();
  }
});

test('提交登记 goes to registration.submit in the cloud and opens the 凭证', async () => {
  const page = await renderPage(form);
  await waitFor(() => expect(page.text()).toContain('提交登记'));
  expect(page.text()).toContain('岩温香');
  await tap(findByText(page.root, '提交登记'));
  await waitFor(() =>
    expect(wx.redirectTo).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/^\/packages\/registration\/certificate\/index\?id=.+&fresh=1$/) }),
    ),
  );
  const submit = cloudCalls.find((c) => c.name === 'registration' && c.data.action === 'submit');
  expect(submit?.data).toMatchObject({ idempotencyKey: 'cloud-draft-1', input: { applicant: { name: '岩温香' } } });

  // The function stored it for this OPENID's user: the parent's own list shows it.
  const mine = await cloud.call(PARENT, 'registration', { action: 'mine', input: {} });
  expect(mine).toMatchObject({ ok: true });
  expect(JSON.stringify(mine.data)).toContain('岩温香');
  // The draft is gone from the phone.
  expect(JSON.parse(String(storage.get('yj.drafts'))).state.registration ?? null).toBeNull();
});
