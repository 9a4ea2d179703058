// The audit log is append-only: this module inserts, and nothing in the code base updates or
// deletes its rows. It also answers the bureau's queries over the log, and the numbers records are
// known by (to name an entry's target).
import type { Kysely, Selectable } from 'kysely';
import { newId } from '../../core/ids';
import type { AuditLogTable, Database } from '../tables';

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

export interface AuditFilter {
  actorUserId?: string | null | undefined;
  actorRole?: string | null | undefined;
  action?: string | null | undefined;
  /** Any of these actions. */
  actions?: readonly string[] | undefined;
  targetType?: string | null | undefined;
  targetId?: string | null | undefined;
  /** [fromAt, beforeAt) as ISO instants. */
  fromAt?: string | null | undefined;
  beforeAt?: string | null | undefined;
}

export type AuditEntryRow = Selectable<AuditLogTable> & { verified_name: string | null };

/** One page of the entries matching the filter, newest first, with the actor's verified name; and how many match. */
export async function findAuditEntries(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: AuditEntryRow[] }> {
  let query = db.selectFrom('audit_log');
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.actorRole) query = query.where('actor_role', '=', filter.actorRole);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
  if (filter.fromAt) query = query.where('at', '>=', filter.fromAt);
  if (filter.beforeAt) query = query.where('at', '<', filter.beforeAt);
  if (filter.actions) query = query.where('action', 'in', filter.actions);

  const { total } = await query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_user_id',
      'audit_log.actor_role',
      'audit_log.action',
      'audit_log.target_type',
      'audit_log.target_id',
      'audit_log.detail_json',
      'users.verified_name',
    ])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total), rows };
}

/** The tables whose records clerks know by a number (生育登记, 办件, 申领, 发放批次, 托育申请). */
export type NumberedTable = 'registrations' | 'birth_cases' | 'subsidy_applications' | 'payout_batches' | 'nursery_requests';

/** id → number of these records of one table. */
export async function recordNumbers(db: Kysely<Database>, table: NumberedTable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'number']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.number]));
}
