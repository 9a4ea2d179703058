import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevIdentityVerifier } from '../../cloud/adapters/identity/dev';
import { createIdentityVerifier } from '../../cloud/adapters/identity';
import { silentLogger } from '../../cloud/core/logger';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import { migrate } from '../../cloud/db/migrate';
import { buildServer } from '../../cloud/gateway/server';
import { createHarness, testCrypto, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

function post(url: string, payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return h.app.inject({ method: 'POST', url, payload, headers });
}

describe('envelopes for everything', () => {
  test('malformed JSON → 400 envelope', async () => {
    const res = await post('/api/account', '{"action":');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确' } });
  });

  test('no action / empty body / wrong content type → 4xx envelope', async () => {
    const noAction = await post('/api/account', '{"input":{}}');
    expect(noAction.statusCode).toBe(400);
    expect(noAction.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const empty = await post('/api/account', '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ ok: false });
    const xml = await post('/api/account', '<a/>', { 'content-type': 'application/xml' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('a body over 1 MB → 413 envelope', async () => {
    const res = await post('/api/account', JSON.stringify({ action: 'me', input: { pad: 'x'.repeat(1024 * 1024) } }));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容过大' } });
  });

  test('unknown function → 404 envelope; unknown action → UNKNOWN_ACTION', async () => {
    const fn = await post('/api/payroll', JSON.stringify({ action: 'x', input: {} }));
    expect(fn.statusCode).toBe(404);
    expect(fn.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '请求的服务不存在' } });
    const proto = await post('/api/__proto__', JSON.stringify({ action: 'x', input: {} }));
    expect(proto.statusCode).toBe(404);

    const action = await post('/api/account', JSON.stringify({ action: 'selfDestruct', input: {} }));
    expect(action.statusCode).toBe(200);
    expect(action.json()).toEqual({ ok: false, error: { code: 'UNKNOWN_ACTION', message: '未知的操作' } });
    const inherited = await post('/api/account', JSON.stringify({ action: 'toString', input: {} }));
    expect(inherited.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });

  test('no token → UNAUTHENTICATED (HTTP 200 envelope); an expired session too', async () => {
    const res = await post('/api/account', JSON.stringify({ action: 'me', input: {} }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });

    const { token } = await h.login();
    // Past the harness's lenient session limits (the real ones: test/api/sessions.test.ts).
    h.clock.set(new Date(h.clock.now().getTime() + 400 * 24 * 60 * 60 * 1000));
    expect(await h.call(token, 'account', 'me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    h.clock.set(new Date('2026-11-28T02:00:00Z'));
    expect(await h.call(token, 'account', 'me')).toMatchObject({ ok: true });
  });

  test('the session token is stored hashed', async () => {
    const { token } = await h.login();
    const rows = await h.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  test('GET /healthz', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  test('an unexpected failure is INTERNAL with no details, and the log has a request id', async () => {
    const failing = {
      verify: async () => {
        throw new Error('boom at 533123199001011234');
      },
    };
    const dir = mkdtempSync(join(tmpdir(), 'yingjiang-gw-'));
    const db = createSqliteDatabase(join(dir, 'x.sqlite'));
    await migrate(db);
    const logs: unknown[] = [];
    const log = { ...silentLogger, error: (message: string, fields?: Record<string, unknown>) => void logs.push({ message, fields }) };
    const app = buildServer({ db, devLogin: true, crypto: testCrypto(), identity: failing, log, reminders: false });
    const login = (await app.inject({ method: 'POST', url: '/api/account', payload: { action: 'devLogin', input: {} } })).json();
    const res = await app.inject({
      method: 'POST',
      url: '/api/account',
      headers: { authorization: `Bearer ${login.data.token}` },
      payload: { action: 'verifyIdentity', input: { name: '测试', idNumber: '11010519491231002X' } },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
    expect(res.body).not.toContain('boom');
    expect(logs).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({ requestId: res.headers['x-request-id'], fn: 'account', action: 'verifyIdentity' }),
      }),
    ]);
    await app.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('dev login switch', () => {
  test('a server built with devLogin false refuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yingjiang-gw-'));
    const db = createSqliteDatabase(join(dir, 'x.sqlite'));
    await migrate(db);
    const app = buildServer({
      db,
      devLogin: false,
      crypto: testCrypto(),
      identity: createDevIdentityVerifier(),
      log: silentLogger,
      reminders: false,
    });
    const res = await app.inject({ method: 'POST', url: '/api/account', payload: { action: 'devLogin', input: { demo: 'parent' } } });
    expect(res.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '生产环境不提供演示登录' } });
    await app.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  test('production refuses the dev identity verifier', () => {
    expect(() => createIdentityVerifier({ NODE_ENV: 'production' })).toThrow(/IDENTITY_PROVIDER/);
    expect(() => createIdentityVerifier({ NODE_ENV: 'production', IDENTITY_PROVIDER: 'dev' })).toThrow();
    expect(createIdentityVerifier({ NODE_ENV: 'development' })).toBeDefined();
  });
});

describe('static h5 build', () => {
  test('served at / when staticDir is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yingjiang-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>盈江</title>');
    const db = createSqliteDatabase(join(dir, 'x.sqlite'));
    await migrate(db);
    const app = buildServer({ db, devLogin: true, crypto: testCrypto(), log: silentLogger, staticDir: dir, reminders: false });
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('盈江');
    const api = await app.inject({ method: 'POST', url: '/api/nothing', payload: { action: 'x' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ ok: false });
    await app.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
});
