// Leases for the hourly jobs: with several gateways on one database, one of them runs each job.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

/** This process, as a lease holder. */
export const THIS_PROCESS: string = randomUUID();

/**
 * Takes the job for `forMs` when nobody holds it (or this process does); false while another
 * gateway's lease runs. One conditional UPDATE: on PostgreSQL the second of two racing gateways waits
 * for the first's row lock, then finds the lease taken.
 */
export async function takeJobLease(
  db: Kysely<Database>,
  job: string,
  now: Date,
  forMs: number,
  holder: string = THIS_PROCESS,
): Promise<boolean> {
  await db
    .insertInto('job_leases')
    .values({ job, holder: '', until: new Date(0).toISOString() })
    .onConflict((oc) => oc.column('job').doNothing())
    .execute();
  const taken = await db
    .updateTable('job_leases')
    .set({ holder, until: new Date(now.getTime() + forMs).toISOString() })
    .where('job', '=', job)
    .where((eb) => eb.or([eb('until', '<=', now.toISOString()), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}
