// Assembles the long-lived services from options and the environment, with the checks that must
// stop a production start (missing field keys, no real identity provider).
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { createFileStore, type FileStore } from '../adapters/files';
import { createIdentityVerifier, type IdentityVerifier } from '../adapters/identity';
import { createFieldCrypto, fieldKeysFromEnv, type FieldCrypto } from '../security/fieldCrypto';
import { defaultNotifierFactory, systemClock, type Clock, type NotifierFactory, type Runtime } from './context';
import { createLogger, type Logger } from './logger';
import type { Env } from './env';
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
  /** Rate limits and quotas; the production table unless given. */
  limits?: RateLimits;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const env = options.env ?? process.env;
  const log = options.log ?? createLogger();
  return {
    db: options.db,
    devLogin: options.devLogin,
    clock: options.clock ?? systemClock,
    identity: options.identity ?? createIdentityVerifier(env),
    notifier: options.notifier ?? defaultNotifierFactory,
    crypto: options.crypto ?? createFieldCrypto(fieldKeysFromEnv(env, (m) => log.warn(m))),
    files: options.files ?? createFileStore(env),
    log,
    limits: options.limits ?? PRODUCTION_LIMITS,
  };
}
