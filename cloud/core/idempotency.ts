// Stored results of writes, keyed by (user, key). Read and written inside the write's own
// transaction, so a stored result exists exactly when the write committed.
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { conflict } from './errors';

export interface IdempotencyScope {
  userId: string;
  key: string;
  fn: string;
  action: string;
}

export type StoredResult = { found: true; result: unknown } | { found: false };

/** Throws CONFLICT when the key was already used for another action. */
export async function findIdempotentResult(db: Kysely<Database>, scope: IdempotencyScope): Promise<StoredResult> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['fn', 'action', 'result_json'])
    .where('user_id', '=', scope.userId)
    .where('key', '=', scope.key)
    .executeTakeFirst();
  if (!row) return { found: false };
  if (row.fn !== scope.fn || row.action !== scope.action) {
    throw conflict('该请求标识已用于其他操作，请刷新页面后重试');
  }
  return { found: true, result: JSON.parse(row.result_json) as unknown };
}

export async function saveIdempotentResult(db: Kysely<Database>, scope: IdempotencyScope, result: unknown, now: Date): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({
      user_id: scope.userId,
      key: scope.key,
      fn: scope.fn,
      action: scope.action,
      result_json: JSON.stringify(result ?? null),
      created_at: now.toISOString(),
    })
    .execute();
}
