import type { Ctx } from '../../core/context';
import { requireRole, type SignedInCaller } from '../../core/guards';

export const CLINIC_ONLY = '仅预防接种单位工作人员可以查看和录入接种记录';

export const CHILD_FINDERS_ONLY = '仅预防接种单位和派出所工作人员可以查找儿童';

/** The guard of every vaccination action: a verified clerk of a 预防接种单位. */
export function requireClinic(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'clinic', CLINIC_ONLY);
}

/**
 * Finding a child: the clinic (to record doses) and the police (to record a hukou move). Returns the
 * role the caller acts in, for the audit log.
 */
export function requireChildFinder(ctx: Ctx): { caller: SignedInCaller; role: 'clinic' | 'police' } {
  const caller = ctx.caller;
  const role = caller?.roles.some((r) => r.role === 'clinic') ? 'clinic' : caller?.roles.some((r) => r.role === 'police') ? 'police' : null;
  if (!role) return { caller: requireRole(ctx, 'clinic', CHILD_FINDERS_ONLY), role: 'clinic' };
  return { caller: requireRole(ctx, role, CHILD_FINDERS_ONLY), role };
}
