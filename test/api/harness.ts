// Every API test runs the real gateway (Fastify inject, no port) over a real SQLite file in a
// fresh temp folder, with a fixed clock and the demo seed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DemoAccount, Me } from '../../domain/api/contract';
import type { ApiResult } from '../../domain/api/envelope';
import type { IdentityVerifier } from '../../cloud/adapters/identity';
import type { Clock } from '../../cloud/core/context';
import type { Logger } from '../../cloud/core/logger';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import { migrate } from '../../cloud/db/migrate';
import type { Database } from '../../cloud/db/tables';
import { buildServer } from '../../cloud/gateway/server';
import { createFieldCrypto, type FieldCrypto } from '../../cloud/security/fieldCrypto';
import { seedDemo, seedTownships } from '../../scripts/seed';

export const NOW = new Date('2026-11-28T02:00:00Z');
/** NOW as a Shanghai calendar date. */
export const TODAY = '2026-11-28';

export interface LogRecord {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

export interface Harness {
  app: FastifyInstance;
  db: Kysely<Database>;
  crypto: FieldCrypto;
  clock: Clock & { set(d: Date): void };
  file: string;
  logs: LogRecord[];
  login(demo?: DemoAccount): Promise<{ token: string; me: Me }>;
  call<T = any>(token: string | undefined, fn: string, action: string, input?: unknown, idempotencyKey?: string): Promise<ApiResult<T>>;
  /** Like `call`, but fails the test unless the answer is ok, and returns the data. */
  ok<T = any>(token: string | undefined, fn: string, action: string, input?: unknown, idempotencyKey?: string): Promise<T>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  seed?: 'demo' | 'townships';
  devLogin?: boolean;
  identity?: IdentityVerifier;
}

export function testCrypto(): FieldCrypto {
  return createFieldCrypto({ currentId: 't1', keys: { t1: randomBytes(32) }, hashKey: randomBytes(32) });
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-api-'));
  const file = join(dir, 'test.sqlite');
  const db = createSqliteDatabase(file);
  await migrate(db);
  const crypto = testCrypto();
  let now = NOW;
  const clock = { now: () => now, set: (d: Date) => (now = d) };
  if ((options.seed ?? 'demo') === 'demo') await seedDemo(db, clock, { crypto });
  else await seedTownships(db);

  const logs: LogRecord[] = [];
  const log: Logger = {
    info: (message, fields) => logs.push({ level: 'info', message, ...(fields ? { fields } : {}) }),
    warn: (message, fields) => logs.push({ level: 'warn', message, ...(fields ? { fields } : {}) }),
    error: (message, fields) => logs.push({ level: 'error', message, ...(fields ? { fields } : {}) }),
  };
  const app = buildServer({
    db,
    clock,
    crypto,
    log,
    devLogin: options.devLogin ?? true,
    ...(options.identity ? { identity: options.identity } : {}),
  });

  const call: Harness['call'] = async (token, fn, action, input = {}, idempotencyKey) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/${fn}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: { action, input, ...(idempotencyKey ? { idempotencyKey } : {}) },
    });
    return res.json();
  };

  const ok: Harness['ok'] = async (token, fn, action, input, idempotencyKey) => {
    const result = await call(token, fn, action, input, idempotencyKey);
    if (!result.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  };

  return {
    app,
    db,
    crypto,
    clock,
    file,
    logs,
    call,
    ok,
    login: (demo) => ok(undefined, 'account', 'devLogin', demo ? { demo } : {}),
    async close() {
      await app.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
