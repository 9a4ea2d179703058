// A parent sees the children of their own family and nothing else: any other child id is NOT_FOUND,
// so ids cannot be probed.
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { findChild, type ChildRow } from '../../db/repos/children';
import { findUser } from '../../db/repos/users';
import { CHILD_NOT_FOUND } from './record';

/** The caller's family, or null when they have none yet (no registration, no case). */
export async function familyOfCaller(ctx: Ctx): Promise<string | null> {
  const caller = requireCaller(ctx);
  const user = await findUser(ctx.db, caller.userId);
  return user?.family_id ?? null;
}

export async function familyChild(ctx: Ctx, childId: string): Promise<ChildRow> {
  const familyId = await familyOfCaller(ctx);
  const child = await findChild(ctx.db, childId);
  if (!familyId || !child || child.family_id !== familyId) throw notFound(CHILD_NOT_FOUND);
  return child;
}
