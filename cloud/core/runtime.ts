// Assembles the long-lived services from options and the environment, with the checks that must
// stop a production start (missing field keys, no real identity provider).
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { createFileStore, type FileStore } from '../adapters/files';
import { createIdentityVerifier, type IdentityVerifier } from '../adapters/identity';
import { createFieldCrypto, fieldKeysFromEnv, type FieldCrypto } from '../security/fieldCrypto';
import { defaultNotifierFactory, type NotifierFactory, type Runtime } from './context';
import { systemClock, type Clock } from './clock';
import { createLogger, type Logger } from './logger';
import type { Env } from './env';
import type { SessionPolicy } from '../../domain/account/sessionPolicy';
import type { CloudFileExchange } from '../adapters/files/cloudStorage';
import { createWechatClient, wechatConfigFromEnv, type WechatClient } from '../adapters/wechat/client';
import { inboxNotifier } from '../adapters/notify/inbox';
import { composeNotifiers } from '../adapters/notify/notifier';
import { subscribeNotifier, subscribeTemplatesFromEnv } from '../adapters/notify/wechatSubscribe';
import { PRODUCTION_LIMITS, type RateLimits } from '../security/rateLimits';

export interface RuntimeOptions {
  db: Kysely<Database>;
  devLogin: boolean;
  clock?: Clock;
  identity?: IdentityVerifier;
  notifier?: NotifierFactory;
  crypto?: FieldCrypto;
  /** Defaults to the local disk under env FILES_DIR (`.data/files`). */
  files?: FileStore;
  log?: Logger;
  env?: Env;
  /** Defaults to the WeChat server API when WECHAT_APPID and WECHAT_SECRET are set; `null` = none. */
  wechat?: WechatClient | null;
  platformIdentity?: boolean;
  cloudFiles?: CloudFileExchange;
  /** Tests only: other session limits than domain/account/sessionPolicy.ts. */
  sessionPolicy?: SessionPolicy;
  /** Rate limits and quotas; the production table unless given. */
  limits?: RateLimits;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const env = options.env ?? process.env;
  const log = options.log ?? createLogger();
  const clock = options.clock ?? systemClock;
  const crypto = options.crypto ?? createFieldCrypto(fieldKeysFromEnv(env, (m) => log.warn(m)));
  const wechatConfig = options.wechat === undefined ? wechatConfigFromEnv(env) : undefined;
  const wechat =
    options.wechat ?? (wechatConfig ? createWechatClient({ config: wechatConfig, crypto, log, clock, tokenDb: options.db }) : undefined);
  return {
    db: options.db,
    devLogin: options.devLogin,
    clock,
    identity: options.identity ?? createIdentityVerifier(env),
    notifier: options.notifier ?? (wechat ? gatewayWechatNotifier(wechat, options.db, env, log) : defaultNotifierFactory),
    crypto,
    files: options.files ?? createFileStore(env),
    log,
    ...(wechat ? { wechat } : {}),
    ...(options.platformIdentity ? { platformIdentity: true } : {}),
    ...(options.sessionPolicy ? { sessionPolicy: options.sessionPolicy } : {}),
    ...(options.cloudFiles ? { cloudFiles: options.cloudFiles } : {}),
    limits: options.limits ?? PRODUCTION_LIMITS,
  };
}

/**
 * The gateway with WeChat configured: the inbox plus subscribe messages sent over HTTPS
 * (subscribeMessage.send) after commit, on the runtime's own handle (the transaction is over).
 */
function gatewayWechatNotifier(wechat: WechatClient, db: Kysely<Database>, env: Env, log: Logger): NotifierFactory {
  const templates = subscribeTemplatesFromEnv(env);
  return (trx, clock) =>
    composeNotifiers(
      inboxNotifier(trx, () => clock.now()),
      subscribeNotifier(trx, { send: (m) => wechat.sendSubscribeMessage(db, m), templates, log, now: () => clock.now() }),
    );
}
