// Staff roles are granted and revoked by an admin only, to a verified person, and every change is
// written to the audit log.
import * as v from 'valibot';
import { STAFF_ROLE_CODES } from '../../../domain/account/roles';
import { idNumberField, oneOf, requiredText, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { conflict, invalidInput, notFound } from '../../core/errors';
import { requireRole } from '../../core/guards';
import { appendAudit } from '../../db/repos/audit';
import { findInstitution } from '../../db/repos/nurseries';
import { findUser, findUserByIdHash, grantStaffRole, revokeStaffRole, rolesOf } from '../../db/repos/users';
import { recordId } from '../common/schemas';

export const SCOPE_NO_INSTITUTION = '授权范围中的托育机构不存在，请核对机构标识';
export const SCOPE_NOT_USED = '该岗位不按机构授权，请不要填写授权范围';
const ADMIN_ONLY = '仅管理员可以授予或撤销工作人员角色';
const requireAdmin = (ctx: Ctx) => requireRole(ctx, 'admin', ADMIN_ONLY);

export const grantRole = action(
  strictFields('授权信息', {
    idNumber: idNumberField('公民身份号码'),
    role: oneOf('角色', STAFF_ROLE_CODES),
    scope: v.optional(requiredText('授权范围', 64)),
  }),
  async ({ idNumber, role, scope }, ctx) => {
    const admin = requireAdmin(ctx);
    if (role === 'nursery_operator' && !scope) throw invalidInput({ scope: '托育机构运营者须指定所属机构' });
    // A scope names something real: the operator's institution. No other role is scoped.
    if (role !== 'nursery_operator' && scope) throw invalidInput({ scope: SCOPE_NOT_USED });
    if (role === 'nursery_operator' && scope && !(await findInstitution(ctx.db, scope)))
      throw invalidInput({ scope: SCOPE_NO_INSTITUTION });
    const target = await findUserByIdHash(ctx.db, ctx.crypto.hash(idNumber));
    if (!target || target.verified_at === null) throw notFound('未找到已实名认证的该用户，请对方先在小程序中完成实名认证');
    const now = ctx.clock.now();
    await grantStaffRole(ctx.db, { userId: target.id, role, scope: scope ?? null, grantedBy: admin.userId, at: now.toISOString() });
    await appendAudit(
      ctx.db,
      {
        actorUserId: admin.userId,
        actorRole: 'admin',
        action: 'role.grant',
        targetType: 'user',
        targetId: target.id,
        detail: { role, scope: scope ?? null },
      },
      now,
    );
    return { userId: target.id, roles: await rolesOf(ctx.db, target.id) };
  },
  requireAdmin,
);

export const revokeRole = action(
  strictFields('撤销信息', { userId: recordId('用户标识'), role: oneOf('角色', STAFF_ROLE_CODES) }),
  async ({ userId, role }, ctx) => {
    const admin = requireAdmin(ctx);
    if (userId === admin.userId && role === 'admin') throw conflict('不能撤销自己的管理员角色');
    const target = await findUser(ctx.db, userId);
    if (!target) throw notFound('未找到该用户');
    if (await revokeStaffRole(ctx.db, userId, role)) {
      await appendAudit(
        ctx.db,
        { actorUserId: admin.userId, actorRole: 'admin', action: 'role.revoke', targetType: 'user', targetId: userId, detail: { role } },
        ctx.clock.now(),
      );
    }
    return { userId, roles: await rolesOf(ctx.db, userId) };
  },
  requireAdmin,
);
