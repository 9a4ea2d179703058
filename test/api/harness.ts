// Every API test runs the real gateway (Fastify inject, no port) over a real database of its own —
// a SQLite file in a fresh temp folder, or a fresh PostgreSQL database when the suite runs under
// `scripts/pgCluster.mjs` (test/support/testDatabase.ts) — with a fixed clock and the demo seed.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { ActionName, DemoAccount, FunctionName, InputOf, Me, OutputOf } from '../../domain/api/contract';
import type { ApiResult } from '../../domain/api/envelope';
import { createLocalDiskFileStore } from '../../cloud/adapters/files';
import type { IdentityVerifier } from '../../cloud/adapters/identity';
import { defaultNotifierFactory, type NotifierFactory } from '../../cloud/core/context';
import { runReminders, type ReminderRun } from '../../cloud/jobs/reminders';
import type { Clock } from '../../cloud/core/clock';
import type { Logger } from '../../cloud/core/logger';
import { applicationTables } from '../../cloud/db/engine';
import { createWechatClient, type WechatClient, type WechatConfig } from '../../cloud/adapters/wechat/client';
import { migrate } from '../../cloud/db/migrate';
import type { Database } from '../../cloud/db/tables';
import { buildServer } from '../../cloud/gateway/server';
import { createFieldCrypto, type FieldCrypto } from '../../cloud/security/fieldCrypto';
import { scaledLimits, type RateLimits } from '../../cloud/security/rateLimits';
import type { PressureOptions, Timeouts } from '../../cloud/gateway/hardening';
import { seedDemo, seedTownships } from '../../scripts/seed';
import { createTestDatabase, everythingAtRest, type TestDatabase, type TestEngine } from '../support/testDatabase';

export const NOW = new Date('2026-11-28T02:00:00Z');
/** NOW as a Shanghai calendar date. */
export const TODAY = '2026-11-28';

export interface LogRecord {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

export interface Upload {
  bytes: Buffer;
  kind?: string;
  filename?: string;
  contentType?: string;
  /** Put the `kind` field after the file part (some clients do). */
  kindLast?: boolean;
}

export interface RawResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: Buffer;
  json(): any;
}

export interface Harness {
  app: FastifyInstance;
  db: Kysely<Database>;
  crypto: FieldCrypto;
  clock: Clock & { set(d: Date): void };
  /** The database: the SQLite file, or the PostgreSQL connection string. */
  file: string;
  /** Where the database lives and how to open a second connection to it. */
  database: TestDatabase;
  /** Everything the database holds at rest, as bytes: the SQLite file and its WAL, or every PostgreSQL row as text. */
  atRest(): Promise<Buffer>;
  /** Where uploads are stored (sealed). */
  filesDir: string;
  logs: LogRecord[];
  login(demo?: DemoAccount): Promise<{ token: string; me: Me }>;
  /** One action, typed by the contract like the app's client (src/services/transport.ts). */
  call<F extends FunctionName, A extends ActionName<F>>(
    token: string | undefined,
    fn: F,
    action: A,
    ...args: CallArgs<F, A>
  ): Promise<ApiResult<OutputOf<F, A>>>;
  /** Like `call`, but fails the test unless the answer is ok, and returns the data. */
  ok<F extends FunctionName, A extends ActionName<F>>(
    token: string | undefined,
    fn: F,
    action: A,
    ...args: CallArgs<F, A>
  ): Promise<OutputOf<F, A>>;
  /**
   * Untyped on purpose: for tests that send what the contract forbids (bad input, unknown functions
   * or actions) or that go over actions by name (the access table, fuzzing). The answer is unchecked.
   */
  callRaw(token: string | undefined, fn: string, action: string, input?: unknown, idempotencyKey?: string): Promise<ApiResult<any>>;
  /** POST /api/files as multipart. */
  upload(token: string | undefined, upload: Upload): Promise<RawResponse>;
  /** GET /api/files/:id. */
  download(token: string | undefined, fileId: string): Promise<RawResponse>;
  /** One run of the reminder job over this database, on the harness clock. */
  runReminders(): Promise<ReminderRun>;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: T has no required field
type NothingRequired<T> = {} extends T ? true : false;

/** An action's input (optional when it takes none) and an idempotency key. */
export type CallArgs<F extends FunctionName, A extends ActionName<F>> =
  NothingRequired<InputOf<F, A>> extends true
    ? [input?: InputOf<F, A>, idempotencyKey?: string]
    : [input: InputOf<F, A>, idempotencyKey?: string];

export interface HarnessOptions {
  seed?: 'demo' | 'townships';
  devLogin?: boolean;
  identity?: IdentityVerifier;
  notifier?: NotifierFactory;
  /** Overrides the run's engine (test/support/testDatabase.ts), e.g. a SQLite source in the PostgreSQL run. */
  engine?: TestEngine;
  /** WeChat's server API (usually the stand-in, test/wechat/standIn.ts); no backoff waits in tests. */
  wechat?: WechatConfig;
  /**
   * 'real': the session limits of domain/account/sessionPolicy.ts. Default 'lenient' (a year for
   * everyone), because most suites move the clock by days and weeks while keeping one sign-in.
   */
  sessions?: 'real' | 'lenient';
  /**
   * Rate limits and quotas. Suites call far more often than a person, so the default is the
   * production table × 1000; the trust tests pass PRODUCTION_LIMITS to see the real ones.
   */
  limits?: RateLimits;
  timeouts?: Partial<Timeouts>;
  /**
   * Overload shedding. Off unless asked for: three test runs share two cores here, and a GC pause
   * in a test process is not an overloaded gateway (test/trust/overload.test.ts turns it on).
   */
  pressure?: PressureOptions;
}

export const LENIENT_SESSIONS = {
  staff: { idleMinutes: 366 * 24 * 60, absoluteHours: 366 * 24 },
  parent: { idleMinutes: 366 * 24 * 60, absoluteHours: 366 * 24 },
};

/** A multipart/form-data body by hand: `kind` as a field, the bytes as the part `file`. */
export function multipartBody(upload: Upload): { body: Buffer; contentType: string } {
  const boundary = `----yingjiang${randomBytes(8).toString('hex')}`;
  const field =
    upload.kind === undefined
      ? Buffer.alloc(0)
      : Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${upload.kind}\r\n`);
  const fileHead = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${upload.filename ?? 'hukou.jpg'}"\r\n` +
      `Content-Type: ${upload.contentType ?? 'image/jpeg'}\r\n\r\n`,
  );
  const filePart = Buffer.concat([fileHead, upload.bytes, Buffer.from('\r\n')]);
  const parts = upload.kindLast ? [filePart, field] : [field, filePart];
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function testCrypto(): FieldCrypto {
  return createFieldCrypto({ currentId: 't1', keys: { t1: randomBytes(32) }, hashKey: randomBytes(32) });
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-api-'));
  const database = await createTestDatabase(dir, options.engine);
  const file = database.location;
  const filesDir = join(dir, 'files');
  const db = database.connect();
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
  const wechat: WechatClient | null = options.wechat
    ? createWechatClient({ config: options.wechat, crypto, log, clock, sleep: async () => {}, tokenDb: db })
    : null;
  const app = buildServer({
    db,
    clock,
    crypto,
    log,
    wechat,
    ...(options.sessions === 'real' ? {} : { sessionPolicy: LENIENT_SESSIONS }),
    devLogin: options.devLogin ?? true,
    // The hourly reminder job stays off: tests run it themselves (runReminders) with the fixed clock.
    reminders: false,
    files: createLocalDiskFileStore(filesDir),
    limits: options.limits ?? scaledLimits(1000),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    pressure: options.pressure ?? false,
    ...(options.identity ? { identity: options.identity } : {}),
    ...(options.notifier ? { notifier: options.notifier } : {}),
  });

  const raw = (res: { statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer; json(): any }): RawResponse => ({
    statusCode: res.statusCode,
    headers: res.headers,
    body: res.rawPayload,
    json: () => res.json(),
  });
  const upload: Harness['upload'] = async (token, u) => {
    const { body, contentType } = multipartBody(u);
    const res = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: body,
    });
    return raw(res);
  };
  const download: Harness['download'] = async (token, fileId) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/files/${encodeURIComponent(fileId)}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return raw(res);
  };

  const callRaw: Harness['callRaw'] = async (token, fn, action, input = {}, idempotencyKey) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/${fn}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: { action, input, ...(idempotencyKey ? { idempotencyKey } : {}) },
    });
    return res.json();
  };

  const call: Harness['call'] = (token, fn, action, ...[input, idempotencyKey]) => callRaw(token, fn, action, input, idempotencyKey);

  const ok: Harness['ok'] = async (token, fn, action, ...args) => {
    const result = await call(token, fn, action, ...args);
    if (!result.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  };

  return {
    app,
    db,
    crypto,
    clock,
    file,
    database,
    filesDir,
    async atRest() {
      if (database.engine === 'postgres') return Buffer.from(await everythingAtRest(db, await applicationTables(db)), 'utf8');
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      return Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);
    },
    logs,
    upload,
    download,
    runReminders: () => runReminders({ db, clock, crypto, log, notifier: options.notifier ?? defaultNotifierFactory }),
    call,
    ok,
    callRaw,
    login: (demo) => ok(undefined, 'account', 'devLogin', demo ? { demo } : {}),
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
