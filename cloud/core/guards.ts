// Who may call. Each handler states its requirement on the first line.
import type { StaffRoleCode } from '../../domain/api/contract';
import type { Caller, Ctx } from './context';
import { forbidden, notVerified, unauthenticated } from './errors';

export type SignedInCaller = NonNullable<Caller>;

export function requireCaller(ctx: Ctx): SignedInCaller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}

export function requireVerified(ctx: Ctx): SignedInCaller {
  const caller = requireCaller(ctx);
  if (!caller.verified) throw notVerified();
  return caller;
}

export function hasRole(caller: Caller, role: StaffRoleCode): boolean {
  return !!caller && caller.roles.some((r) => r.role === role);
}

/** Staff roles are held by verified people only; a role alone is not enough. */
export function requireRole(ctx: Ctx, role: StaffRoleCode, message?: string): SignedInCaller {
  const caller = requireCaller(ctx);
  if (!hasRole(caller, role)) throw forbidden(message);
  if (!caller.verified) throw notVerified();
  return caller;
}
