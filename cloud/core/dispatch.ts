// From an ApiRequest to an ApiResult, the same for the HTTP gateway and the CloudBase entry:
// find the action, run it inside one transaction (an action that only reads: on a handle that refuses
// writes, without one), store its result under the idempotency key in that same transaction, and
// turn every failure into the envelope.
//
// Keys are honoured only for actions whose spec declares idempotency (the writes that create
// records). On any other action a key is ignored: storing a read's answer would keep it (clear ID
// numbers, say) and hand it back later without asking whether the caller may still see it.
import { randomUUID } from 'node:crypto';
import type { ApiResult } from '../../domain/api/envelope';
import type { ActionName, FunctionName, OutputOf } from '../../domain/api/contract';
import type { ActionSpec, Handler } from './action';
import { createCtx, type Caller, type Ctx, type Runtime } from './context';
import { AppError, INTERNAL_MESSAGE, invalidInput, isAppError, unauthenticated, unknownAction } from './errors';
import { errorFields } from './logger';
import { findIdempotentResult, saveIdempotentResult, type IdempotencyScope } from './idempotency';
import { isUniqueViolation } from '../db/uniqueViolation';
import { inTransaction, readOnly } from '../db/transaction';
import { oncePerRequest } from '../adapters/wechat/oncePerRequest';
import type { WechatClient } from '../adapters/wechat/client';
import { auditRefusal, enforceSharedLimits } from './limits';

type Entry<O> = Handler<O> | ActionSpec<O>;

export interface FunctionDef {
  name: FunctionName;
  actions: Readonly<Record<string, ActionSpec<unknown>>>;
}

/** Typed against the contract: every action of `name` must be present and return its output type. */
export function defineFunction<F extends FunctionName>(name: F, actions: { [A in ActionName<F>]: Entry<OutputOf<F, A>> }): FunctionDef {
  const specs: Record<string, ActionSpec<unknown>> = {};
  for (const [action, entry] of Object.entries(actions) as [string, Entry<unknown>][]) {
    specs[action] = typeof entry === 'function' ? { handler: entry } : entry;
  }
  return { name, actions: specs };
}

export interface DispatchContext {
  runtime: Runtime;
  caller: Caller;
  requestId?: string;
  /** The client's address, when the call came over HTTP: shared limits count per address too. */
  address?: string;
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function dispatch(fn: FunctionDef, request: unknown, dc: DispatchContext): Promise<ApiResult<unknown>> {
  const requestId = dc.requestId ?? randomUUID();
  const actionName = isRecord(request) && typeof request.action === 'string' ? request.action : undefined;
  try {
    if (!isRecord(request) || actionName === undefined) throw new AppError('INVALID_INPUT', '请求格式不正确');
    const spec = Object.prototype.hasOwnProperty.call(fn.actions, actionName) ? fn.actions[actionName] : undefined;
    if (!spec) throw unknownAction();
    await enforceSharedLimits(dc.runtime, fn.name, actionName, dc.caller, dc.address);

    const input = request.input === undefined ? {} : request.input;
    // JSON clients may send null for "no key"; an action that declares no idempotency ignores one.
    const key = request.idempotencyKey === null || spec.idempotency === undefined ? undefined : request.idempotencyKey;
    if (key !== undefined && (typeof key !== 'string' || !KEY_PATTERN.test(key))) {
      throw invalidInput({ idempotencyKey: '防重复提交标识格式不正确' });
    }
    if (key === undefined && spec.idempotency === 'required') {
      throw invalidInput({ idempotencyKey: '缺少防重复提交标识，请刷新页面后重试' });
    }

    // One call to WeChat per request, however often the transaction runs (single-use codes).
    const overrides = dc.runtime.wechat ? { wechat: oncePerRequest(dc.runtime.wechat) } : {};
    if (key === undefined && spec.reads === 'only') {
      const ctx = createCtx(dc.runtime, dc.caller, readOnly(dc.runtime.db), requestId, overrides);
      return { ok: true, data: await spec.handler(input, ctx) };
    }
    if (key === undefined) {
      let ctx: Ctx | undefined;
      const data = await inTransaction(
        dc.runtime.db,
        (trx) => {
          ctx = createCtx(dc.runtime, dc.caller, trx, requestId, overrides);
          return spec.handler(input, ctx);
        },
        `${fn.name}.${actionName}`,
      );
      await afterCommit(ctx, dc, requestId);
      return { ok: true, data };
    }

    // A key belongs to a signed-in person: anonymous calls have nothing to scope it by.
    if (!dc.caller) throw unauthenticated();
    const scope: IdempotencyScope = { userId: dc.caller.userId, key, fn: fn.name, action: actionName };
    return { ok: true, data: await runIdempotent(fn, spec, input, scope, dc, requestId, overrides) };
  } catch (e) {
    if (isAppError(e)) await auditRefusal(dc.runtime, dc.caller, fn.name, actionName, e.code, requestId);
    return failure(e, dc, requestId, fn.name, actionName);
  }
}

async function runIdempotent(
  fn: FunctionDef,
  spec: ActionSpec<unknown>,
  input: unknown,
  scope: IdempotencyScope,
  dc: DispatchContext,
  requestId: string,
  overrides: { wechat?: WechatClient },
): Promise<unknown> {
  try {
    let ctx: Ctx | undefined;
    const result = await inTransaction(
      dc.runtime.db,
      async (trx) => {
        const stored = await findIdempotentResult(trx, dc.runtime.crypto, scope);
        if (stored.found) return stored.result;
        ctx = createCtx(dc.runtime, dc.caller, trx, requestId, overrides);
        const data = await spec.handler(input, ctx);
        await saveIdempotentResult(trx, dc.runtime.crypto, scope, data, dc.runtime.clock.now());
        return data;
      },
      `${fn.name}.${scope.action}`,
    );
    await afterCommit(ctx, dc, requestId);
    return result;
  } catch (e) {
    // Two requests with one key raced (possible on PostgreSQL): the loser answers with the winner's
    // result. It lost either on the key's own unique index or on the record's (the same child twice,
    // which the handler reports as CONFLICT).
    const lostRace = isUniqueViolation(e) || (isAppError(e) && e.code === 'CONFLICT');
    if (!lostRace) throw e;
    const stored = await findIdempotentResult(dc.runtime.db, dc.runtime.crypto, scope);
    if (stored.found) return stored.result;
    if (isAppError(e)) throw e;
    dc.runtime.log.warn('idempotency race without a stored result', { requestId, fn: fn.name });
    throw e;
  }
}

/** Delivers notices held until commit (WeChat subscribe messages). Never fails the request: it has committed. */
async function afterCommit(ctx: Ctx | undefined, dc: DispatchContext, requestId: string): Promise<void> {
  if (!ctx?.notify.afterCommit) return;
  try {
    await ctx.notify.afterCommit();
  } catch (e) {
    dc.runtime.log.warn('after-commit notification failed', { requestId, ...errorFields(e) });
  }
}

function failure(e: unknown, dc: DispatchContext, requestId: string, fn: string, action: string | undefined): ApiResult<never> {
  if (isAppError(e)) return { ok: false, error: e.toApiError() };
  dc.runtime.log.error('unhandled error in action', { requestId, fn, action, ...errorFields(e) });
  return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
}
