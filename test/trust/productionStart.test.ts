// NODE_ENV=production refuses to start the real gateway (cloud/gateway/main.ts, as a process)
// without real keys, with dev login on, or with the demo data in its database. (Missing keys and the dev identity verifier
// are refused by fieldKeysFromEnv / createIdentityVerifier: test/api/crypto.test.ts, gateway.test.ts.)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_OPENID_PREFIX } from '../../cloud/handlers/account/demoAccounts';
import { migrate } from '../../cloud/db/migrate';
import { hasUsersWithOpenidPrefix } from '../../cloud/db/repos/users';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import { seedDemo } from '../../scripts/seed';
import { createIdentityVerifier } from '../../cloud/adapters/identity';
import { devLoginFromEnv, isDevelopment } from '../../cloud/core/mode';
import { fieldKeysFromEnv } from '../../cloud/security/fieldCrypto';
import { testCrypto } from '../api/harness';

const ROOT = join(__dirname, '..', '..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yingjiang-prod-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(env: Record<string, string>): { status: number | null; output: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'cloud/gateway/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '8976',
      HOST: '127.0.0.1',
      FILES_DIR: join(dir, 'files'),
      ...env,
    } as unknown as NodeJS.ProcessEnv, // nothing inherited: no stray keys
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

const realKeys = { FIELD_KEY: randomBytes(32).toString('base64'), FIELD_HASH_KEY: randomBytes(32).toString('base64') };

test('production without real keys stops before touching a database', () => {
  const r = start({ NODE_ENV: 'production', DEV_LOGIN: '0', DATABASE_FILE: join(dir, 'none.sqlite') });
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/FIELD_KEY/);
});

// Production is the default: a misspelt, differently cased or missing NODE_ENV gets the same refusals.
test.each([['prod'], ['Production'], ['developement'], ['']])('NODE_ENV=%j is production: no start without real keys', (nodeEnv) => {
  const r = start({ ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}), DATABASE_FILE: join(dir, 'none.sqlite') });
  expect(r.status).toBe(1);
  expect(r.output).toMatch(/FIELD_KEY/);
  expect(r.output).not.toContain('gateway listening');
});

test('only an explicit development NODE_ENV gets dev login, dev keys and the dev identity check', () => {
  for (const nodeEnv of [undefined, '', 'prod', 'production', 'PRODUCTION', 'dev', 'staging']) {
    const env = nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv };
    expect(isDevelopment(env)).toBe(false);
    expect(devLoginFromEnv(env)).toBe(false);
    expect(() => fieldKeysFromEnv(env, () => {})).toThrow(/FIELD_KEY/);
    expect(() => createIdentityVerifier(env)).toThrow();
  }
  for (const nodeEnv of ['development', 'test']) {
    expect(isDevelopment({ NODE_ENV: nodeEnv })).toBe(true);
    expect(devLoginFromEnv({ NODE_ENV: nodeEnv })).toBe(true);
    expect(devLoginFromEnv({ NODE_ENV: nodeEnv, DEV_LOGIN: '0' })).toBe(false);
  }
});

test('keys that cannot be secret are refused: all zeros, the development key, one key for two jobs', () => {
  const zero = Buffer.alloc(32).toString('base64');
  const key = randomBytes(32).toString('base64');
  expect(() => fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: zero, FIELD_HASH_KEY: key }, () => {})).toThrow(/全为零/);
  expect(() => fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: key, FIELD_HASH_KEY: zero }, () => {})).toThrow(/全为零/);
  expect(() => fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: key, FIELD_HASH_KEY: key }, () => {})).toThrow(/相同/);
  expect(() =>
    fieldKeysFromEnv(
      { NODE_ENV: 'production', FIELD_KEY: key, FIELD_HASH_KEY: randomBytes(32).toString('base64'), FIELD_KEYS_OLD: `k0=${key}` },
      () => {},
    ),
  ).toThrow(/相同/);
  const dev = fieldKeysFromEnv({ NODE_ENV: 'development' }, () => {});
  expect(() =>
    fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: dev.keys.k1!.toString('base64'), FIELD_HASH_KEY: key }, () => {}),
  ).toThrow(/仅供开发/);
  expect(() =>
    fieldKeysFromEnv({ NODE_ENV: 'production', FIELD_KEY: key, FIELD_HASH_KEY: randomBytes(32).toString('base64') }, () => {}),
  ).not.toThrow();
});

test('production with dev login on refuses to start', () => {
  const r = start({
    NODE_ENV: 'production',
    DEV_LOGIN: '1',
    IDENTITY_PROVIDER: 'wechat',
    DATABASE_FILE: join(dir, 'a.sqlite'),
    ...realKeys,
  });
  expect(r.status).toBe(1);
  expect(r.output).toContain('生产环境不能开启演示登录');
});

// The condition main.ts uses, on a real database; the start below then meets it.
test('the demo-data check main.ts runs in production finds a seeded database and passes a clean one', async () => {
  const db = createSqliteDatabase(join(dir, 'demo.sqlite'));
  try {
    await migrate(db);
    expect(await hasUsersWithOpenidPrefix(db, DEMO_OPENID_PREFIX)).toBe(false);
    await seedDemo(db, { now: () => new Date('2026-11-28T02:00:00Z') }, { crypto: testCrypto() });
    expect(await hasUsersWithOpenidPrefix(db, DEMO_OPENID_PREFIX)).toBe(true);
  } finally {
    await db.destroy();
  }
});

test('production with the demo data and real keys still does not start', () => {
  const wechat = { IDENTITY_PROVIDER: 'wechat', WECHAT_APPID: 'wx0000000000000000', WECHAT_SECRET: 'not-a-real-secret' };
  const r = start({ NODE_ENV: 'production', DEV_LOGIN: '0', ...wechat, DATABASE_FILE: join(dir, 'demo.sqlite'), ...realKeys });
  expect(r.status).toBe(1);
  expect(r.output).toContain('数据库中有演示数据');
  expect(r.output).not.toContain('gateway listening');
});
