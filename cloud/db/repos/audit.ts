// The audit log is append-only: this module inserts, and nothing in the code base updates or
// deletes its rows.
import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { Database } from '../tables';

export interface AuditEntry {
  actorUserId: string;
  actorRole: string;
  /** e.g. 'registration.read', 'registration.correct', 'role.grant'. */
  action: string;
  targetType: string;
  targetId: string;
  /** Never a clear ID number or phone. */
  detail?: Record<string, unknown>;
}

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: now.toISOString(),
      actor_user_id: entry.actorUserId,
      actor_role: entry.actorRole,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      detail_json: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
