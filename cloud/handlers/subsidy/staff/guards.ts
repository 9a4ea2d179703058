// Who works subsidies: the 卫健 reviewers review, the finance department pays; neither does the
// other's work. Checked before the input is looked at.
import type { Ctx } from '../../../core/context';
import { forbidden, notVerified } from '../../../core/errors';
import { hasRole, requireCaller, requireRole, type SignedInCaller } from '../../../core/guards';

export const REVIEWERS_ONLY = '仅卫生健康局工作人员可以审核补贴申请';
export const FINANCE_ONLY = '仅财政部门工作人员可以办理补贴发放';
export const EXPORT_ONLY = '仅财政部门和卫生健康局工作人员可以导出发放清单';
export const POLICE_ONLY = '仅公安派出所工作人员可以登记户口迁出';

export function requireReviewer(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'health_bureau', REVIEWERS_ONLY);
}

export function requireFinance(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'finance', FINANCE_ONLY);
}

export function requirePolice(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'police', POLICE_ONLY);
}

/** The export: finance (full account numbers) or the bureau (last 4 only). */
export function requireExporter(ctx: Ctx): { caller: SignedInCaller; role: 'finance' | 'health_bureau' } {
  const caller = requireCaller(ctx);
  const role = hasRole(caller, 'finance') ? 'finance' : hasRole(caller, 'health_bureau') ? 'health_bureau' : undefined;
  if (!role) throw forbidden(EXPORT_ONLY);
  if (!caller.verified) throw notVerified();
  return { caller, role };
}
