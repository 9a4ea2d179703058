// The admin's view of a staff member's sign-ins: list the open ones, end one or all (a lost
// phone, someone leaving). Every ending is audit-logged.
import * as v from 'valibot';
import type { StaffSessionView } from '../../../domain/api/contract';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { requireRole } from '../../core/guards';
import { appendAudit } from '../../db/repos/audit';
import { endSessionsOf, openSessionsOf, sessionEndsAt } from '../../db/repos/sessions';
import { rolesOf } from '../../db/repos/users';
import { recordId } from '../common/schemas';

const ADMIN_ONLY = '仅管理员可以查看或结束工作人员的登录';
const requireAdmin = (ctx: Ctx) => requireRole(ctx, 'admin', ADMIN_ONLY);
const NOT_STAFF = '未找到该工作人员';

async function staffRoleCount(ctx: Ctx, userId: string): Promise<number> {
  const roles = await rolesOf(ctx.db, userId);
  if (roles.length === 0) throw notFound(NOT_STAFF);
  return roles.length;
}

export const staffSessions = action(
  strictFields('请求参数', { userId: recordId('用户标识') }),
  async ({ userId }, ctx): Promise<StaffSessionView[]> => {
    requireAdmin(ctx);
    const roleCount = await staffRoleCount(ctx, userId);
    const now = ctx.clock.now();
    return (await openSessionsOf(ctx.db, userId))
      .map((s) => ({ s, endsAt: sessionEndsAt(s, roleCount) }))
      .filter(({ endsAt }) => endsAt > now)
      .map(({ s, endsAt }) => ({
        id: s.id,
        createdAt: s.created_at,
        lastSeenAt: s.last_seen_at ?? s.created_at,
        endsAt: endsAt.toISOString(),
      }));
  },
  requireAdmin,
);

export const endStaffSessions = action(
  strictFields('请求参数', { userId: recordId('用户标识'), sessionId: v.optional(recordId('登录标识')) }),
  async ({ userId, sessionId }, ctx) => {
    const admin = requireAdmin(ctx);
    await staffRoleCount(ctx, userId);
    const now = ctx.clock.now();
    const ended = await endSessionsOf(ctx.db, userId, now, sessionId);
    if (ended > 0) {
      await appendAudit(
        ctx.db,
        {
          actorUserId: admin.userId,
          actorRole: 'admin',
          action: 'session.end',
          targetType: 'user',
          targetId: userId,
          detail: { ended, ...(sessionId ? { sessionId } : {}) },
        },
        now,
      );
    }
    return { ended };
  },
  requireAdmin,
);
