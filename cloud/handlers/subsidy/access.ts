// A parent sees the subsidies of their own family's children and nothing else: another family's
// child or application is NOT_FOUND, so ids cannot be probed.
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { requireVerified } from '../../core/guards';
import { findChild, type ChildRow } from '../../db/repos/children';
import { findApplication, type SubsidyApplicationRow } from '../../db/repos/subsidies';
import { findUser, type UserRow } from '../../db/repos/users';
import { APPLICATION_NOT_FOUND } from './record';

export const CHILD_NOT_IN_FAMILY = '未找到该孩子，只能为本家庭的孩子申领补贴';

/** The verified caller's user row (with their family, which may be null). */
export async function verifiedParent(ctx: Ctx): Promise<UserRow> {
  const caller = requireVerified(ctx);
  const user = await findUser(ctx.db, caller.userId);
  if (!user) throw new Error('verified caller without a user row');
  return user;
}

export async function familyChildFor(ctx: Ctx, user: UserRow, childId: string): Promise<ChildRow> {
  const child = await findChild(ctx.db, childId);
  if (!user.family_id || !child || child.family_id !== user.family_id) throw notFound(CHILD_NOT_IN_FAMILY);
  return child;
}

export async function familyApplicationFor(ctx: Ctx, user: UserRow, id: string): Promise<SubsidyApplicationRow> {
  const row = await findApplication(ctx.db, id);
  if (!user.family_id || !row || row.family_id !== user.family_id) throw notFound(APPLICATION_NOT_FOUND);
  return row;
}
