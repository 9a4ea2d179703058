// Document numbers the departments return, each held by one case.
import type { Kysely } from 'kysely';
import type { Database, IssuedNumbersTable } from '../tables';

export type IssuedNumberKind = IssuedNumbersTable['kind'];

/**
 * Records that `caseId` holds the number; false when another case holds it already. The check and
 * the insert run in the caller's transaction (serialisable on PostgreSQL), and the primary key
 * refuses whatever slips past both.
 */
export async function claimIssuedNumber(
  db: Kysely<Database>,
  kind: IssuedNumberKind,
  numberHash: string,
  caseId: string,
  now: Date,
): Promise<boolean> {
  const holder = await db
    .selectFrom('issued_numbers')
    .select('case_id')
    .where('kind', '=', kind)
    .where('number_hash', '=', numberHash)
    .executeTakeFirst();
  if (holder) return holder.case_id === caseId;
  await db.insertInto('issued_numbers').values({ kind, number_hash: numberHash, case_id: caseId, created_at: now.toISOString() }).execute();
  return true;
}
