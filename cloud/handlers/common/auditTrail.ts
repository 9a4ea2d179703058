// One way for a staff handler to write its audit rows: the role acting and the kind of record are
// fixed per file, each call says what was done, to which record, with what detail.
import type { Ctx } from '../../core/context';
import { appendAudit } from '../../db/repos/audit';

export type AuditWriter = (
  ctx: Ctx,
  userId: string,
  event: string,
  targetId: string,
  detail?: Record<string, unknown>,
  role?: string,
) => Promise<void>;

/** A writer for `targetType` records, acting as `defaultRole` unless a call names another role. */
export function auditTrail(defaultRole: string, targetType: string): AuditWriter {
  return async (ctx, userId, event, targetId, detail = {}, role = defaultRole) => {
    await appendAudit(ctx.db, { actorUserId: userId, actorRole: role, action: event, targetType, targetId, detail }, ctx.clock.now());
  };
}
