import type { Ctx } from '../../core/context';
import { forbidden } from '../../core/errors';
import { hasRole, requireRole, type SignedInCaller } from '../../core/guards';

export const MATERNAL_ONLY = '仅妇幼保健工作人员可以查看和录入孕产妇保健记录';
export const HIGH_RISK_READERS_ONLY = '仅妇幼保健和卫生健康局工作人员可以查看高危孕产妇专案';

/** Every recording and every read of one mother's file: a verified 妇幼保健 clerk. */
export function requireMaternal(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'maternal_child', MATERNAL_ONLY);
}

/** The 高危孕产妇专案 list: 妇幼保健 and the health bureau. Returns the role acted in, for the audit log. */
export function requireHighRiskReader(ctx: Ctx): { caller: SignedInCaller; role: 'maternal_child' | 'health_bureau' } {
  if (hasRole(ctx.caller, 'maternal_child'))
    return { caller: requireRole(ctx, 'maternal_child', HIGH_RISK_READERS_ONLY), role: 'maternal_child' };
  if (hasRole(ctx.caller, 'health_bureau'))
    return { caller: requireRole(ctx, 'health_bureau', HIGH_RISK_READERS_ONLY), role: 'health_bureau' };
  requireRole(ctx, 'maternal_child', HIGH_RISK_READERS_ONLY);
  throw forbidden(HIGH_RISK_READERS_ONLY);
}
