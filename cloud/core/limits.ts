// The shared (database-kept) side of the rate limits, run by dispatch before an action's transaction
// so the gateway and the CloudBase entry count alike; and the capped audit of refused calls. The
// limits themselves are data: cloud/security/rateLimits.ts.
import type { ErrorCode } from '../../domain/api/envelope';
import { appendAudit } from '../db/repos/audit';
import { hitCounter, SHANGHAI_DAY_OFFSET_SECONDS } from '../db/repos/rateCounters';
import { actionLimit, rateLimitedMessage, type Limit } from '../security/rateLimits';
import type { Caller, Runtime } from './context';
import { rateLimited } from './errors';
import { errorFields } from './logger';

export const VOLUME_FLAG = 'volume.flag';
export const ACCESS_REFUSED = 'access.refused';
export const ACCESS_REFUSED_CAPPED = 'access.refused.capped';

function actorRoleOf(caller: NonNullable<Caller>): string {
  return caller.roles[0]?.role ?? 'parent';
}

/**
 * Counts this call against the action's shared limits (per person, per address) and refuses it
 * with RATE_LIMITED once a limit is passed. Refused calls count too: hammering does not reset it.
 * A staff member reaching the action's `flagAt`, and again when stopped, leaves a `volume.flag`
 * entry for the health bureau.
 */
export async function enforceSharedLimits(
  runtime: Runtime,
  fn: string,
  action: string,
  caller: Caller,
  address: string | undefined,
): Promise<void> {
  const row = actionLimit(runtime.limits, fn, action);
  if (!row?.shared) return;
  const now = runtime.clock.now();
  const name = `${fn}.${action}`;
  const check = async (limit: Limit | undefined, who: string | undefined, kind: 'caller' | 'address') => {
    if (!limit || who === undefined) return;
    const hit = await hitCounter(runtime.db, `${name}|${kind}:${who}`, limit.windowSeconds, now);
    if (kind === 'caller' && caller && (hit.n === row.flagAt || hit.n === limit.max + 1)) {
      await appendAudit(
        runtime.db,
        {
          actorUserId: caller.userId,
          actorRole: actorRoleOf(caller),
          action: VOLUME_FLAG,
          targetType: 'user',
          targetId: caller.userId,
          detail: { call: name, count: hit.n, limit: limit.max, windowMinutes: limit.windowSeconds / 60, stopped: hit.n > limit.max },
        },
        now,
      );
    }
    if (hit.n > limit.max) throw rateLimited(rateLimitedMessage(limit.windowSeconds));
  };
  await check(row.perCaller, caller?.userId, 'caller');
  await check(row.perAddress, address, 'address');
}

/** Codes that mean "not yours": wrong role, another family's id. Sign-in and validation are not audited. */
const AUDITED_REFUSALS: readonly ErrorCode[] = ['FORBIDDEN', 'NOT_FOUND'];

/**
 * A signed-in caller refused (FORBIDDEN / NOT_FOUND) leaves an `access.refused` entry, at most
 * `refusedAudit.max` per person per window; the first one over leaves a single `capped` note, the
 * rest are counted only. Written outside the (rolled back) action transaction; never fails the call.
 */
export async function auditRefusal(
  runtime: Runtime,
  caller: Caller,
  fn: string,
  action: string | undefined,
  code: ErrorCode,
  requestId: string,
): Promise<void> {
  if (!caller || !AUDITED_REFUSALS.includes(code)) return;
  try {
    const now = runtime.clock.now();
    const limit = runtime.limits.refusedAudit;
    const hit = await hitCounter(runtime.db, `refused|caller:${caller.userId}`, limit.windowSeconds, now);
    if (hit.n > limit.max + 1) return;
    const call = `${fn}.${action ?? ''}`;
    await appendAudit(
      runtime.db,
      hit.n <= limit.max
        ? {
            actorUserId: caller.userId,
            actorRole: actorRoleOf(caller),
            action: ACCESS_REFUSED,
            targetType: 'action',
            targetId: call,
            detail: { call, code, requestId },
          }
        : {
            actorUserId: caller.userId,
            actorRole: actorRoleOf(caller),
            action: ACCESS_REFUSED_CAPPED,
            targetType: 'action',
            targetId: call,
            detail: { call, limit: limit.max, windowMinutes: limit.windowSeconds / 60 },
          },
      now,
    );
  } catch (e) {
    runtime.log.warn('refused call not audited', { requestId, ...errorFields(e) });
  }
}

const DAY_SECONDS = 24 * 60 * 60;

export function uploadCountMessage(max: number): string {
  return `今天上传的文件已达${max}个，请明天再试`;
}

export function uploadBytesMessage(maxBytes: number): string {
  return `今天上传的文件总大小已达${Math.floor(maxBytes / (1024 * 1024))}MB，请明天再试`;
}

/** Before an upload's body is read: one more file for this person today, one more from this address this hour. */
export async function chargeUploadCount(runtime: Runtime, userId: string, address: string | undefined): Promise<void> {
  const { uploads } = runtime.limits;
  const now = runtime.clock.now();
  const files = await hitCounter(runtime.db, `files.upload|count:${userId}`, DAY_SECONDS, now, 1, SHANGHAI_DAY_OFFSET_SECONDS);
  if (files.n > uploads.perDayCount) throw rateLimited(uploadCountMessage(uploads.perDayCount));
  if (address !== undefined) {
    const fromAddress = await hitCounter(runtime.db, `files.upload|address:${address}`, uploads.perAddress.windowSeconds, now);
    if (fromAddress.n > uploads.perAddress.max) throw rateLimited(rateLimitedMessage(uploads.perAddress.windowSeconds));
  }
}

/** Once the bytes are in: this person's bytes today, refused past the daily total. */
export async function chargeUploadBytes(runtime: Runtime, userId: string, bytes: number): Promise<void> {
  const { uploads } = runtime.limits;
  const total = await hitCounter(
    runtime.db,
    `files.upload|bytes:${userId}`,
    DAY_SECONDS,
    runtime.clock.now(),
    bytes,
    SHANGHAI_DAY_OFFSET_SECONDS,
  );
  if (total.n > uploads.perDayBytes) throw rateLimited(uploadBytesMessage(uploads.perDayBytes));
}
