// Stored results of writes, keyed by (user, key). Read and written inside the write's own
// transaction, so a stored result exists exactly when the write committed. Only actions that declare
// idempotency get here (dispatch.ts). A result is what the caller was answered, so it is sealed with
// the field key like any other personal data at rest (docs/decisions.md §7), and opened again on replay.
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import type { FieldCrypto } from '../security/fieldCrypto';
import { conflict } from './errors';

export interface IdempotencyScope {
  userId: string;
  key: string;
  fn: string;
  action: string;
}

export type StoredResult = { found: true; result: unknown } | { found: false };

/**
 * Actions that declare idempotency and moved to another function when `staff` was split by feature
 * (issue 17), by their old name: a key stored before the move still answers a retry after it.
 */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  'subsidy.createPayoutBatch': 'staff.createPayoutBatch',
};

function sameAction(row: { fn: string; action: string }, scope: IdempotencyScope): boolean {
  if (row.fn === scope.fn && row.action === scope.action) return true;
  return FORMER_NAMES[`${scope.fn}.${scope.action}`] === `${row.fn}.${row.action}`;
}

/** Throws CONFLICT when the key was already used for another action. */
export async function findIdempotentResult(db: Kysely<Database>, crypto: FieldCrypto, scope: IdempotencyScope): Promise<StoredResult> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['fn', 'action', 'result_json'])
    .where('user_id', '=', scope.userId)
    .where('key', '=', scope.key)
    .executeTakeFirst();
  if (!row) return { found: false };
  if (!sameAction(row, scope)) {
    throw conflict('该请求标识已用于其他操作，请刷新页面后重试');
  }
  return { found: true, result: JSON.parse(crypto.decrypt(row.result_json)) as unknown };
}

export async function saveIdempotentResult(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  scope: IdempotencyScope,
  result: unknown,
  now: Date,
): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({
      user_id: scope.userId,
      key: scope.key,
      fn: scope.fn,
      action: scope.action,
      result_json: crypto.encrypt(JSON.stringify(result ?? null)),
      created_at: now.toISOString(),
    })
    .execute();
}
