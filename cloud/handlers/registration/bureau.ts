import type { Ctx } from '../../core/context';
import { requireRole, type SignedInCaller } from '../../core/guards';

export const BUREAU_ONLY = '仅卫生健康局工作人员可以查询生育登记';

export function requireBureau(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'health_bureau', BUREAU_ONLY);
}
