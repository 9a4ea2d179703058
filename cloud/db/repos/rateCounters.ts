// Fixed-window counters kept in the database, so a limit holds across every gateway. One atomic
// upsert per hit (INSERT … ON CONFLICT DO UPDATE n = n + by … RETURNING n) on SQLite and PostgreSQL
// alike: two concurrent hits never read the same count.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables';

export interface Hit {
  /** The count in this window after this hit. */
  n: number;
  windowStart: Date;
  windowSeconds: number;
}

/** Windows start at multiples of their length from the epoch, shifted by `offsetSeconds` (e.g. -8 h: Shanghai midnight). */
function windowOf(now: Date, windowSeconds: number, offsetSeconds = 0): Date {
  const ms = windowSeconds * 1000;
  const offset = offsetSeconds * 1000;
  return new Date(Math.floor((now.getTime() - offset) / ms) * ms + offset);
}

/** Shanghai midnight is 16:00 UTC: daily quotas reset when the citizen's day does. */
export const SHANGHAI_DAY_OFFSET_SECONDS = -8 * 60 * 60;

/** Adds `by` (1 for a call, the bytes for an upload) to the bucket's current window; returns the new count. */
export async function hitCounter(
  db: Kysely<Database>,
  bucket: string,
  windowSeconds: number,
  now: Date,
  by = 1,
  offsetSeconds = 0,
): Promise<Hit> {
  const windowStart = windowOf(now, windowSeconds, offsetSeconds);
  const row = await db
    .insertInto('rate_counters')
    .values({
      bucket,
      window_start: windowStart.toISOString(),
      n: by,
      expires_at: new Date(windowStart.getTime() + windowSeconds * 1000).toISOString(),
    })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ n: sql<number>`${sql.ref('rate_counters.n')} + ${by}` }))
    .returning('n')
    .executeTakeFirstOrThrow();
  return { n: Number(row.n), windowStart, windowSeconds };
}

/**
 * Drops windows that are over (the retention job). With `limit`, at most that many rows go in one
 * statement (the retention job loops, pausing between).
 */
export async function deleteExpiredCounters(db: Kysely<Database>, now: Date, limit?: number): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .deleteFrom('rate_counters')
    .where((eb) =>
      limit === undefined
        ? eb('expires_at', '<=', at)
        : eb(
            eb.refTuple('bucket', 'window_start'),
            'in',
            eb
              .selectFrom('rate_counters')
              .select(['bucket', 'window_start'])
              .where('expires_at', '<=', at)
              .limit(limit)
              .$asTuple('bucket', 'window_start'),
          ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
