// Retention (domain/retention.ts): uploaded files that no submitted application attaches, 30 days
// after upload, lose their row and their stored bytes; stored idempotency answers go after 7 days;
// rate-limit counters go once their window is over.
//
// Runs hourly (the gateway's timer; the CloudBase `retention` timer trigger). Safe to run twice or
// on two instances at once: each file's row is deleted by one statement that checks again that
// nothing attaches it, and only the run that deleted the row removes the bytes (after commit, so a
// rolled-back delete never loses bytes a row still points to). Works in batches of RETENTION_BATCH
// rows, giving the event loop back between them: a large backlog never stalls requests.
import { sql, type ExpressionBuilder } from 'kysely';
import { RETENTION, retentionCutoff } from '../../domain/retention';
import type { Runtime } from '../core/context';
import type { Database } from '../db/tables';
import { errorFields } from '../core/logger';
import { HOURLY_MS, leased, scheduleJob, type JobSchedule } from './schedule';
import { purgeSessions } from '../db/repos/sessions';
import { SHARE_SECONDS } from '../handlers/account/cloudFiles';
import { deleteExpiredCounters } from '../db/repos/rateCounters';

export type RetentionRuntime = Pick<Runtime, 'db' | 'clock' | 'files' | 'log'> & Partial<Pick<Runtime, 'sessionPolicy' | 'cloudFiles'>>;

export interface RetentionRun {
  filesDeleted: number;
  idempotencyKeysDeleted: number;
  /** Sessions that can never be used again (domain/account/sessionPolicy.ts). */
  sessionsDeleted: number;
  /** CloudBase: clear copies behind expired temporary links (account.openUpload). */
  sharesDeleted: number;
  countersDeleted: number;
  failed: number;
}

/** No 出生一件事 case and no subsidy application attaches the file (the only two that take uploads). */
function unattached({ not, exists, selectFrom, and }: ExpressionBuilder<Database, 'files'>) {
  return and([
    not(
      exists(
        selectFrom('birth_case_files')
          .select(sql<number>`1`.as('one'))
          .whereRef('birth_case_files.file_id', '=', 'files.id'),
      ),
    ),
    not(
      exists(
        selectFrom('subsidy_applications')
          .select(sql<number>`1`.as('one'))
          .whereRef('subsidy_applications.papers_file_id', '=', 'files.id'),
      ),
    ),
  ]);
}

async function deleteUnattachedFile(rt: RetentionRuntime, id: string, cutoff: string): Promise<string | undefined> {
  const row = await rt.db
    .deleteFrom('files')
    .where('id', '=', id)
    .where('created_at', '<', cutoff)
    .where(unattached)
    .returning('storage_key')
    .executeTakeFirst();
  return row?.storage_key;
}

/** Rows per statement: each holds the connection a few milliseconds, then the event loop is given back. */
export const RETENTION_BATCH = 500;

const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs `step` (one bounded delete, answering how many rows went) until a step deletes less than a batch. */
async function inBatches(step: () => Promise<number>, pause: () => Promise<void>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await step();
    total += n;
    await pause();
    if (n < RETENTION_BATCH) return total;
  }
}

export async function runRetention(rt: RetentionRuntime, options: { pause?: () => Promise<void> } = {}): Promise<RetentionRun> {
  const now = rt.clock.now();
  const pause = options.pause ?? yieldToRequests;
  const run: RetentionRun = {
    filesDeleted: 0,
    idempotencyKeysDeleted: 0,
    sessionsDeleted: 0,
    sharesDeleted: 0,
    countersDeleted: 0,
    failed: 0,
  };

  const fileCutoff = retentionCutoff(now, RETENTION.unattachedUploads.days).toISOString();
  // A page of candidates at a time, by id (a file that could not be removed is not read again this run).
  let after = '';
  for (;;) {
    const candidates = await rt.db
      .selectFrom('files')
      .select('id')
      .where('created_at', '<', fileCutoff)
      .where('id', '>', after)
      .where(unattached)
      .orderBy('id')
      .limit(RETENTION_BATCH)
      .execute();
    for (const { id } of candidates) {
      try {
        const storageKey = await deleteUnattachedFile(rt, id, fileCutoff);
        if (storageKey === undefined) continue;
        run.filesDeleted += 1;
        await rt.files.delete(storageKey);
      } catch (e) {
        run.failed += 1;
        rt.log.error('retention: file not removed', { fileId: id, ...errorFields(e) });
      }
    }
    await pause();
    if (candidates.length < RETENTION_BATCH) break;
    after = candidates[candidates.length - 1]!.id;
  }

  const keyCutoff = retentionCutoff(now, RETENTION.idempotencyKeys.days).toISOString();
  run.idempotencyKeysDeleted = await inBatches(async () => {
    const r = await rt.db
      .deleteFrom('idempotency_keys')
      .where((eb) =>
        eb(
          eb.refTuple('user_id', 'key'),
          'in',
          eb
            .selectFrom('idempotency_keys')
            .select(['user_id', 'key'])
            .where('created_at', '<', keyCutoff)
            .limit(RETENTION_BATCH)
            .$asTuple('user_id', 'key'),
        ),
      )
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }, pause);
  run.sessionsDeleted = await inBatches(() => purgeSessions(rt.db, now, rt.sessionPolicy, RETENTION_BATCH), pause);
  run.sharesDeleted = await deleteExpiredShares(rt, now, run);
  run.countersDeleted = await inBatches(() => deleteExpiredCounters(rt.db, now, RETENTION_BATCH), pause);

  if (run.filesDeleted > 0 || run.idempotencyKeysDeleted > 0 || run.sessionsDeleted > 0 || run.sharesDeleted > 0 || run.failed > 0)
    rt.log.info('retention run', { ...run });
  return run;
}

/** The copy first, the row after: a failed delete keeps the row, so the next run tries again. */
async function deleteExpiredShares(rt: RetentionRuntime, now: Date, run: RetentionRun): Promise<number> {
  if (!rt.cloudFiles) return 0;
  const cutoff = new Date(now.getTime() - SHARE_SECONDS * 1000).toISOString();
  const rows = await rt.db.selectFrom('cloud_file_shares').select('file_id').where('created_at', '<', cutoff).execute();
  let deleted = 0;
  for (const { file_id } of rows) {
    try {
      await rt.cloudFiles.remove(file_id);
      await rt.db.deleteFrom('cloud_file_shares').where('file_id', '=', file_id).execute();
      deleted += 1;
    } catch (e) {
      run.failed += 1;
      rt.log.error('retention: shared copy not removed', { fileId: file_id, ...errorFields(e) });
    }
  }
  return deleted;
}

export function scheduleRetention(rt: RetentionRuntime, intervalMs = HOURLY_MS): JobSchedule {
  return scheduleJob(
    'retention',
    leased('retention', () => runRetention(rt), rt, intervalMs),
    rt.log,
    intervalMs,
  );
}
