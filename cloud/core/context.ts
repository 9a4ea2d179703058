// What a handler gets: who is calling, the database (the request's own transaction), the clock and
// the outside world. Handlers know nothing of HTTP or WeChat; the gateway and the CloudBase entry
// each build a Runtime once and a Ctx per request.
import type { Kysely } from 'kysely';
import type { StaffRole } from '../../domain/api/contract';
import type { Database } from '../db/tables';
import type { IdentityVerifier } from '../adapters/identity/verifier';
import type { FileStore } from '../adapters/files/store';
import type { Notifier } from '../adapters/notify/notifier';
import { inboxNotifier } from '../adapters/notify/inbox';
import type { FieldCrypto } from '../security/fieldCrypto';
import type { Logger } from './logger';
import type { Clock } from './clock';
import type { WechatClient } from '../adapters/wechat/client';
import type { CloudFileExchange } from '../adapters/files/cloudStorage';
import type { SessionPolicy } from '../../domain/account/sessionPolicy';
import type { RateLimits } from '../security/rateLimits';

export type Caller = {
  userId: string;
  openid: string;
  verified: boolean;
  roles: StaffRole[];
  /** The gateway session this request came with (its id), for sign-out; none in CloudBase. */
  sessionId?: string;
} | null;

/** Builds the notifier for one transaction, so messages commit or roll back with the change. */
export type NotifierFactory = (db: Kysely<Database>, clock: Clock) => Notifier;

export const defaultNotifierFactory: NotifierFactory = (db, clock) => inboxNotifier(db, () => clock.now());

/** Long-lived services, built once per process. */
export interface Runtime {
  db: Kysely<Database>;
  clock: Clock;
  identity: IdentityVerifier;
  crypto: FieldCrypto;
  notifier: NotifierFactory;
  /** Uploaded files' (sealed) bytes. */
  files: FileStore;
  log: Logger;
  /** Whether account.devLogin may run (never in production). */
  devLogin: boolean;
  /** WeChat's server API (WECHAT_APPID / WECHAT_SECRET); absent when not configured. */
  wechat?: WechatClient;
  /** CloudBase: WeChat itself says who calls (getWXContext), so there are no gateway sessions. */
  platformIdentity?: boolean;
  /** CloudBase: the weapp's uploads and temporary links in cloud storage (absent on the gateway). */
  cloudFiles?: CloudFileExchange;
  /** Session limits (domain/account/sessionPolicy.ts); only tests that jump the clock by weeks pass others. */
  sessionPolicy?: SessionPolicy;
  /** Rate limits and quotas (cloud/security/rateLimits.ts); production unless a caller relaxed them. */
  limits: RateLimits;
}

export interface Ctx {
  caller: Caller;
  /** The transaction this request runs in. */
  db: Kysely<Database>;
  clock: Clock;
  notify: Notifier;
  identity: IdentityVerifier;
  crypto: FieldCrypto;
  files: FileStore;
  log: Logger;
  requestId: string;
  devLogin: boolean;
  wechat?: WechatClient;
  platformIdentity: boolean;
  cloudFiles?: CloudFileExchange;
  limits: RateLimits;
}

/** `wechat` replaces the runtime's client for this request (dispatch: one call per request, see oncePerRequest). */
export function createCtx(
  runtime: Runtime,
  caller: Caller,
  db: Kysely<Database>,
  requestId: string,
  overrides: { wechat?: WechatClient } = {},
): Ctx {
  const wechat = overrides.wechat ?? runtime.wechat;
  return {
    caller,
    db,
    clock: runtime.clock,
    notify: runtime.notifier(db, runtime.clock),
    identity: runtime.identity,
    crypto: runtime.crypto,
    files: runtime.files,
    log: runtime.log,
    requestId,
    devLogin: runtime.devLogin,
    ...(wechat ? { wechat } : {}),
    platformIdentity: runtime.platformIdentity ?? false,
    ...(runtime.cloudFiles ? { cloudFiles: runtime.cloudFiles } : {}),
    limits: runtime.limits,
  };
}
