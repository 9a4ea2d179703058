// The one way to run a unit of work. SQLite runs one transaction at a time, so every rule that a
// handler checks before it writes (one case per child, a slot's capacity, one batch per quarter…)
// holds by itself there. PostgreSQL runs them side by side; at SERIALIZABLE it promises the same
// outcome as some one-at-a-time order, and refuses (SQLSTATE 40001, or 40P01 for a deadlock) a
// transaction that would break that promise. Such a transaction is run again from the start — it then
// sees the winner's rows and gives the answer the handler gives to the second of two requests.
import type { Kysely, Transaction } from 'kysely';
import { engineOf } from './engine';
import type { Database } from './tables';

const MAX_ATTEMPTS = 12;

export function isSerializationFailure(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === '40001' || code === '40P01';
}

function backoffMs(attempt: number): number {
  // 5, 10, 20 … ms (capped at 200), with jitter so that the retried requests do not collide again.
  const base = Math.min(200, 5 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * base;
}

export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (engineOf(db) === 'sqlite') return db.transaction().execute(work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel('serializable').execute(work);
    } catch (e) {
      if (!isSerializationFailure(e) || attempt >= MAX_ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
    }
  }
}
