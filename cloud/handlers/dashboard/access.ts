// 人口监测 is the health bureau's alone (docs/decisions.md §6): no department clerk, no parent.
import type { Ctx } from '../../core/context';
import { requireRole, type SignedInCaller } from '../../core/guards';

export const BUREAU_ONLY = '仅卫生健康局工作人员可以查看人口监测数据';

export function requireMonitoring(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'health_bureau', BUREAU_ONLY);
}
