// The compiled weapp (dist/, built with --mode development: HTTP transport) signs in with WeChat:
// on launch wx.login gives a code, the app sends it to account.signIn, and the gateway — the real
// one from the api harness, answering the app's wx.request — exchanges it with the WeChat stand-in.
// A verified parent then sees their home page; sign-out ends the session on the server; a session
// that ended is replaced by a silent sign-in. (Fastify's inject does not work under jsdom: the
// gateway listens on a loopback port and the app's wx.request is forwarded to it over HTTP.)
import { TextDecoder, TextEncoder } from 'node:util';
import type { Harness } from '../api/harness';
import type { WechatStandIn } from '../wechat/standIn';
import {
  apiCalls,
  closest,
  findByText,
  loadPage,
  onRequest,
  queueLoginCodes,
  renderPage,
  requests,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
} from './harness';

let stand: WechatStandIn;
let h: Harness;
let home: string;
let me: string;
const openid = 'oNATIVE_parent_0001';

function wireGateway(): void {
  onRequest((req) => httpJson(new URL(req.url).pathname, req.header, req.data));
}

function storedToken(): string | null {
  const raw = storage.get('yj.session');
  return raw ? (JSON.parse(String(raw)).state.token as string | null) : null;
}

// The gateway (Fastify, multipart) needs what jsdom leaves out; loaded after these are in place.
Object.assign(globalThis, { TextDecoder, TextEncoder });
const { createHarness, NOW } = require('../api/harness') as typeof import('../api/harness');
const { father, mother, newKey, registrationInput } = require('../api/people') as typeof import('../api/people');
const { startWechatStandIn } = require('../wechat/standIn') as typeof import('../wechat/standIn');

let base = '';

/** One API call to the listening gateway, as the test (not the app). */
async function api(token: string | undefined, fn: string, action: string, input: unknown = {}, idempotencyKey?: string): Promise<any> {
  const res = await httpJson(`/api/${fn}`, token ? { authorization: `Bearer ${token}` } : {}, {
    action,
    input,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
  return res.data;
}

async function httpJson(path: string, headers: Record<string, string>, body: unknown): Promise<{ statusCode: number; data: any }> {
  const { request } = require('node:http') as typeof import('node:http');
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(base + path),
      { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, data: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

async function ok(token: string | undefined, fn: string, action: string, input: unknown = {}, key?: string): Promise<any> {
  const r = await api(token, fn, action, input, key);
  if (!r.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(r.error)}`);
  return r.data;
}

beforeAll(async () => {
  stand = await startWechatStandIn();
  h = await createHarness({
    seed: 'townships',
    wechat: { appid: stand.appid, secret: stand.secret, apiBase: stand.base },
    sessions: 'real',
  });
  stand.setNow(() => Math.floor(h.clock.now().getTime() / 1000));
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  // The parent used the app before: verified, with a 生育登记 on file.
  const first = await ok(undefined, 'account', 'signIn', { code: stand.loginCode({ openid }) });
  const applicant = mother('线翠香');
  await ok(first.token, 'account', 'verifyIdentity', applicant);
  await ok(first.token, 'registration', 'submit', registrationInput(applicant, father()), newKey());

  storage.clear(); // a fresh phone: no stored session
  queueLoginCodes(stand.loginCode({ openid }));
  wireGateway();
  home = await loadPage('pages/home/index'); // launches the app: silent sign-in
  me = await loadPage('pages/me/index');
}, 60_000);

afterAll(async () => {
  await h.close();
  await stand.close();
});

afterEach(() => unmountAll());

test('on launch: wx.login → account.signIn → the verified parent’s home page', async () => {
  expect(wx.login).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(storedToken()).toEqual(expect.any(String)));
  expect(apiCalls('account')[0]).toMatchObject({ action: 'signIn', input: { code: expect.stringMatching(/^LOGIN_/) } });
  const page = await renderPage(home);
  await waitFor(() => expect(page.text()).toContain('我家正在办理'));
  expect(page.text()).not.toContain('登录后可以办理业务');
  expect(page.text()).not.toContain('先完成实名认证');
  // No secret in the client: the request carried only the code.
  expect(JSON.stringify(requests.map((r) => r.data))).not.toContain(stand.secret);
});

test('a session that ended (8 days idle) is replaced by a silent sign-in, and the page still loads', async () => {
  const before = storedToken()!;
  h.clock.set(new Date(NOW.getTime() + 8 * 24 * 3600_000));
  queueLoginCodes(stand.loginCode({ openid })); // what wx.login will give now
  expect(await api(before, 'account', 'me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  const signIns = () => apiCalls('account').filter((c) => c.action === 'signIn').length;
  const already = signIns();
  const page = await renderPage(home);
  await waitFor(() => expect(signIns()).toBe(already + 1));
  await waitFor(() => expect(storedToken()).not.toBe(before));
  await waitFor(() => expect(page.text()).toContain('我家正在办理'));
  expect(wx.login).toHaveBeenCalledTimes(2);
});

test('sign-out ends the session on the server: the old token then gets UNAUTHENTICATED', async () => {
  const token = storedToken()!;
  const page = await renderPage(me);
  await waitFor(() => expect(page.text()).toContain('退出登录'));
  await tap(closest(findByText(page.root, '退出登录'), 'button'));
  await waitFor(() => expect(apiCalls('account').some((c) => c.action === 'signOut')).toBe(true));
  await waitFor(() => expect(storedToken()).toBeNull());
  expect(await api(token, 'account', 'me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await api(token, 'registration', 'mine')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('the login page says why (its query still encoded, as WeChat passes it) and goes on to the task after 微信一键登录', async () => {
  const login = await loadPage('packages/account/login/index');
  const next = '/packages/nursery/visit/index?id=n1';
  const page = await renderPage(login, { reason: encodeURIComponent('登录后继续预约参观'), next: encodeURIComponent(next) });
  expect(page.text()).toContain('登录后继续预约参观');
  queueLoginCodes(stand.loginCode({ openid }));
  await tap(closest(findByText(page.root, '微信一键登录'), 'button'));
  await waitFor(() => expect(wx.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: next })));
  expect(wx.switchTab).not.toHaveBeenCalled();
  expect(storedToken()).not.toBeNull();
});
