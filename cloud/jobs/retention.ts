// Retention (domain/retention.ts): uploaded files that no submitted application attaches, 30 days
// after upload, lose their row and their stored bytes; stored idempotency answers go after 7 days;
// rate-limit counters go once their window is over.
//
// Runs hourly (the gateway's timer; the CloudBase `retention` timer trigger). Safe to run twice or
// on two instances at once: each file's row is deleted by one statement that checks again that
// nothing attaches it, and only the run that deleted the row removes the bytes (after commit, so a
// rolled-back delete never loses bytes a row still points to).
import { sql, type ExpressionBuilder } from 'kysely';
import { RETENTION, retentionCutoff } from '../../domain/retention';
import type { Runtime } from '../core/context';
import type { Database } from '../db/tables';
import { errorFields } from '../core/logger';
import { deleteExpiredCounters } from '../db/repos/rateCounters';
import { HOURLY_MS, scheduleJob, type JobSchedule } from './schedule';

export type RetentionRuntime = Pick<Runtime, 'db' | 'clock' | 'files' | 'log'>;

export interface RetentionRun {
  filesDeleted: number;
  idempotencyKeysDeleted: number;
  countersDeleted: number;
  failed: number;
}

/** No 出生一件事 case and no subsidy application attaches the file (the only two that take uploads). */
function unattached({ not, exists, selectFrom, and }: ExpressionBuilder<Database, 'files'>) {
  return and([
    not(exists(selectFrom('birth_case_files').select(sql<number>`1`.as('one')).whereRef('birth_case_files.file_id', '=', 'files.id'))),
    not(exists(selectFrom('subsidy_applications').select(sql<number>`1`.as('one')).whereRef('subsidy_applications.papers_file_id', '=', 'files.id'))),
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

export async function runRetention(rt: RetentionRuntime): Promise<RetentionRun> {
  const now = rt.clock.now();
  const run: RetentionRun = { filesDeleted: 0, idempotencyKeysDeleted: 0, countersDeleted: 0, failed: 0 };

  const fileCutoff = retentionCutoff(now, RETENTION.unattachedUploads.days).toISOString();
  const candidates = await rt.db
    .selectFrom('files')
    .select('id')
    .where('created_at', '<', fileCutoff)
    .where(unattached)
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

  const keyCutoff = retentionCutoff(now, RETENTION.idempotencyKeys.days).toISOString();
  const keys = await rt.db.deleteFrom('idempotency_keys').where('created_at', '<', keyCutoff).executeTakeFirst();
  run.idempotencyKeysDeleted = Number(keys.numDeletedRows);
  run.countersDeleted = await deleteExpiredCounters(rt.db, now);

  if (run.filesDeleted > 0 || run.idempotencyKeysDeleted > 0 || run.failed > 0) rt.log.info('retention run', { ...run });
  return run;
}

export function scheduleRetention(rt: RetentionRuntime, intervalMs = HOURLY_MS): JobSchedule {
  return scheduleJob('retention', () => runRetention(rt), rt.log, intervalMs);
}
