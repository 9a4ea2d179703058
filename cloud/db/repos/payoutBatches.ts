// The finance department's payout batches. Which applications a batch holds is on the application
// rows (batch_id, repos/subsidies.ts).
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, PayoutBatchesTable, PayoutTransferFailuresTable } from '../tables';

export type PayoutBatchRow = Selectable<PayoutBatchesTable>;

export async function findBatch(db: Kysely<Database>, id: string): Promise<PayoutBatchRow | undefined> {
  return db.selectFrom('payout_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBatches(db: Kysely<Database>, ids: readonly string[]): Promise<PayoutBatchRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('payout_batches').selectAll().where('id', 'in', ids).execute();
}

/** Newest first. */
export async function listBatches(db: Kysely<Database>, limit: number): Promise<PayoutBatchRow[]> {
  return db.selectFrom('payout_batches').selectAll().orderBy('created_at', 'desc').orderBy('number', 'desc').limit(limit).execute();
}

export async function insertBatch(db: Kysely<Database>, row: Insertable<PayoutBatchesTable>): Promise<void> {
  await db.insertInto('payout_batches').values(row).execute();
}

/** Changes an open batch only; false when it was not open (paid meanwhile). */
export async function updateOpenBatch(db: Kysely<Database>, id: string, changes: Updateable<PayoutBatchesTable>): Promise<boolean> {
  const result = await db.updateTable('payout_batches').set(changes).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The next 2-digit sequence of a quarter ('2026Q4' → 1, 2, …). Atomic on both engines. */
export async function allocateBatchSequence(db: Kysely<Database>, quarter: string): Promise<number> {
  const row = await db
    .insertInto('payout_batch_sequences')
    .values({ quarter, last_value: 1 })
    .onConflict((oc) => oc.column('quarter').doUpdateSet((eb) => ({ last_value: eb(eb.ref('payout_batch_sequences.last_value'), '+', 1) })))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

// ---- transfers that failed ----

export type TransferFailureRow = Selectable<PayoutTransferFailuresTable>;

export async function insertTransferFailure(db: Kysely<Database>, row: Insertable<PayoutTransferFailuresTable>): Promise<void> {
  await db.insertInto('payout_transfer_failures').values(row).execute();
}

/** Oldest first. */
export async function failuresOfBatches(db: Kysely<Database>, batchIds: readonly string[]): Promise<TransferFailureRow[]> {
  if (batchIds.length === 0) return [];
  return db.selectFrom('payout_transfer_failures').selectAll().where('batch_id', 'in', batchIds).orderBy('recorded_at').execute();
}
