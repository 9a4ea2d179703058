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
import type { RateLimits } from '../security/rateLimits';

export type Caller = { userId: string; openid: string; verified: boolean; roles: StaffRole[] } | null;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

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
  limits: RateLimits;
}

export function createCtx(runtime: Runtime, caller: Caller, db: Kysely<Database>, requestId: string): Ctx {
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
    limits: runtime.limits,
  };
}
