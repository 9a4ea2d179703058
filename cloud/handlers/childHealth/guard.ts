import type { Ctx } from '../../core/context';
import { requireRole, type SignedInCaller } from '../../core/guards';

export const MATERNAL_CHILD_ONLY = '仅妇幼保健工作人员可以查看和录入儿童健康检查';

/** The guard of every staff child health action: a verified 妇幼保健 worker. */
export function requireMaternalChild(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'maternal_child', MATERNAL_CHILD_ONLY);
}
