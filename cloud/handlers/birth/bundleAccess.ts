// Which clerk may work which step: the one holding that step's department role (roleForStep).
// A parent, the bureau or another department gets FORBIDDEN, before anything about the input or the
// case is looked at.
import { BUNDLE_STEPS, isBundleRole, roleForStep, type BundleRole } from '../../../domain/birth/bundleGraph';
import type { BundleStepKey, StepStatus } from '../../../domain/birth/types';
import type { Ctx } from '../../core/context';
import { forbidden, notVerified } from '../../core/errors';
import { hasRole, requireCaller, type SignedInCaller } from '../../core/guards';

export const NOT_YOUR_STEP = '您没有办理该事项的权限';

/** The guard of every bundle action: a verified clerk of at least one bundle department. */
export function requireBundleClerk(ctx: Ctx): SignedInCaller {
  const caller = requireCaller(ctx);
  if (!caller.roles.some((r) => isBundleRole(r.role))) throw forbidden(NOT_YOUR_STEP);
  if (!caller.verified) throw notVerified();
  return caller;
}

/** The clerk's role for this step, or FORBIDDEN. */
export function requireStepRole(ctx: Ctx, step: BundleStepKey): { caller: SignedInCaller; role: BundleRole } {
  const caller = requireBundleClerk(ctx);
  const role = roleForStep(step);
  if (!hasRole(caller, role)) throw forbidden(NOT_YOUR_STEP);
  return { caller, role };
}

/** The steps of every bundle department the clerk belongs to. */
export function stepsOfClerk(caller: SignedInCaller): BundleStepKey[] {
  return BUNDLE_STEPS.filter((s) => hasRole(caller, s.role)).map((s) => s.key);
}

/** A department sees a step once it has reached it; a waiting or excluded step is nothing of theirs yet. */
export function departmentCanSee(status: StepStatus): boolean {
  return status === 'pending' || status === 'accepted' || status === 'done' || status === 'rejected';
}
