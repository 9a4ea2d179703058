// Who may run the nursery's staff actions: an operator only for the one institution their role is
// scoped to; the health bureau for every institution.
import type { Ctx } from '../../core/context';
import { forbidden } from '../../core/errors';
import { requireRole, type SignedInCaller } from '../../core/guards';

export const OPERATOR_ONLY = '仅托育机构工作人员可以进行此操作';
export const BUREAU_NURSERY_ONLY = '仅卫生健康局工作人员可以管理托育机构备案';
export const NOT_YOUR_INSTITUTION = '该记录不属于您所在的托育机构，不能操作';

export function requireOperatorRole(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'nursery_operator', OPERATOR_ONLY);
}

/** The operator and the institution their role is scoped to. */
export function requireOperator(ctx: Ctx): { caller: SignedInCaller; institutionId: string } {
  const caller = requireOperatorRole(ctx);
  const scope = caller.roles.find((r) => r.role === 'nursery_operator')?.scope;
  if (!scope) throw forbidden('您的托育机构工作人员角色未指定所属机构，请联系管理员');
  return { caller, institutionId: scope };
}

/** Refuses a record of another institution than the operator's own. */
export function assertOwnInstitution(own: string, recordInstitutionId: string): void {
  if (own !== recordInstitutionId) throw forbidden(NOT_YOUR_INSTITUTION);
}

export function requireNurseryBureau(ctx: Ctx): SignedInCaller {
  return requireRole(ctx, 'health_bureau', BUREAU_NURSERY_ONLY);
}
