import type { Ctx } from '../../core/context';
import { requireRole, type SignedInCaller } from '../../core/guards';

export const CLINIC_ONLY = '仅预防接种单位工作人员可以查看和录入接种记录';

/** The guard of every vaccination action: a verified clerk of a 预防接种单位. */
export function requireClinic(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'clinic', CLINIC_ONLY);
}
