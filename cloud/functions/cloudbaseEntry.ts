// What every CloudBase function's `exports.main` does: ask WeChat who is calling (OPENID), make
// sure that person has a user row, and dispatch the event over PostgreSQL (DATABASE_URL).
// `wx-server-sdk` is required lazily here and nowhere else, so no local code path (gateway, tests,
// seed) ever loads it.
import type { Kysely } from 'kysely';
import type { ApiResult } from '../../domain/api/envelope';
import type { Database } from '../db/tables';
import { inboxNotifier } from '../adapters/notify/inbox';
import { createCloudFileExchange, createCloudStorageFileStore, type CloudExchangeSdk } from '../adapters/files/cloudStorage';
import { composeNotifiers } from '../adapters/notify/notifier';
import { subscribeNotifier, subscribeTemplatesFromEnv, type SubscribeMessage } from '../adapters/notify/wechatSubscribe';
import type { NotifierFactory, Runtime } from '../core/context';
import { dispatch, type FunctionDef } from '../core/dispatch';
import { INTERNAL_MESSAGE } from '../core/errors';
import { createLogger, errorFields } from '../core/logger';
import { isProduction } from '../core/mode';
import { createRuntime } from '../core/runtime';
import { migrate } from '../db/migrate';
import { createPostgresDatabase } from '../db/postgres';
import { loadCaller, userForOpenid } from '../db/repos/users';
import { DEV_LOGIN_REFUSED } from '../handlers/account/devLogin';
import { fillChildIdNumbers } from '../handlers/children/idNumbers';
import { fillMonitoringFacts } from '../handlers/dashboard/birthFacts';

interface WxServerSdk {
  init(options: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  getWXContext(): { OPENID?: string; UNIONID?: string };
  openapi: { subscribeMessage: { send(message: SubscribeMessage): Promise<{ errCode?: number; errMsg?: string }> } };
  uploadFile: CloudExchangeSdk['uploadFile'];
  downloadFile: CloudExchangeSdk['downloadFile'];
  deleteFile: CloudExchangeSdk['deleteFile'];
  getTempFileURL: CloudExchangeSdk['getTempFileURL'];
}

let sdk: WxServerSdk | undefined;
export function wxServerSdk(): WxServerSdk {
  if (!sdk) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk = require('wx-server-sdk') as WxServerSdk;
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  }
  return sdk;
}

export const log = createLogger();
let runtime: Promise<Runtime> | undefined;

/** The inbox (in the transaction) plus WeChat subscribe messages (after commit, never throwing). */
function cloudNotifier(): NotifierFactory {
  const templates = subscribeTemplatesFromEnv(process.env);
  return (db, clock) =>
    composeNotifiers(
      inboxNotifier(db, () => clock.now()),
      subscribeNotifier(db, { send: (m) => wxServerSdk().openapi.subscribeMessage.send(m), templates, log, now: () => clock.now() }),
    );
}

/**
 * The CloudBase harness (test/cloudbase/) runs each bundled function over a local SQLite file:
 * DATABASE_URL=file:/path. Required lazily so the real bundle never loads better-sqlite3, and
 * refused in production.
 */
function localSqlite(url: string): Kysely<Database> {
  if (isProduction(process.env)) throw new Error('生产环境的云函数必须使用 PostgreSQL（DATABASE_URL=postgres://…）');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createSqliteDatabase } = require('../db/sqlite') as typeof import('../db/sqlite');
  return createSqliteDatabase(url.slice('file:'.length));
}

/** One runtime per warm instance; a failed start is retried by the next invocation. */
export function cloudRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('云函数缺少 DATABASE_URL 环境变量');
    const db = url.startsWith('file:') ? localSqlite(url) : createPostgresDatabase(url);
    await migrate(db);
    // Files: sealed bytes in CloudBase cloud storage (CLOUD_FILE_PREFIX = cloud://<env>.<bucket>),
    // so retention deletes them there; the weapp uploads through incoming/ and opens through
    // temporary links (account.attachUpload / openUpload).
    const prefix = process.env.CLOUD_FILE_PREFIX;
    const files = prefix ? createCloudStorageFileStore(wxServerSdk(), prefix) : undefined;
    const cloudFiles = prefix ? createCloudFileExchange(wxServerSdk(), prefix) : undefined;
    // platformIdentity: account.signIn answers from getWXContext (no code, no session). The WeChat
    // client (WECHAT_APPID / WECHAT_SECRET) is still needed for the face check and the phone number:
    // getVerifyId / queryVerifyInfo are not offered as cloud calls.
    const rt = createRuntime({
      db,
      devLogin: false,
      log,
      notifier: cloudNotifier(),
      platformIdentity: true,
      ...(files ? { files } : {}),
      ...(cloudFiles ? { cloudFiles } : {}),
    });
    await fillChildIdNumbers(db, rt.crypto);
    await fillMonitoringFacts(db, rt.crypto);
    return rt;
  })().catch((e: unknown) => {
    runtime = undefined;
    throw e;
  });
  return runtime;
}

export function cloudbaseMain(fn: FunctionDef): (event: unknown, context: unknown) => Promise<ApiResult<unknown>> {
  return async (event) => {
    try {
      const { OPENID, UNIONID } = wxServerSdk().getWXContext();
      if (!OPENID) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '无法识别微信用户，请重新打开小程序' } };
      if (fn.name === 'account' && (event as { action?: unknown } | null)?.action === 'devLogin') {
        return { ok: false, error: { code: 'FORBIDDEN', message: DEV_LOGIN_REFUSED } };
      }
      const rt = await cloudRuntime();
      const user = await userForOpenid(rt.db, OPENID, rt.clock.now(), UNIONID);
      return await dispatch(fn, event, { runtime: rt, caller: await loadCaller(rt.db, user.id) });
    } catch (e) {
      log.error('cloud function failed before dispatch', { fn: fn.name, ...errorFields(e) });
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  };
}
