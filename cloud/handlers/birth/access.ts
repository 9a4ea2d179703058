// Who may see a 出生一件事 case: its applicant and members of its family — the other parent named in
// it sees it once they are in that family (verifying brings them in, cloud/handlers/registration/
// family.ts); being named is not enough, anyone can type anyone's ID number. Anyone else gets
// NOT_FOUND, so ids cannot be probed.
import type { Ctx } from '../../core/context';
import { forbidden, notFound } from '../../core/errors';
import { requireCaller, type SignedInCaller } from '../../core/guards';
import { findBirthCase, type BirthCaseRow } from '../../db/repos/birthCases';
import { findUser, type UserRow } from '../../db/repos/users';

export const CASE_NOT_FOUND = '未找到该办件';

export interface VisibleCase {
  caller: SignedInCaller;
  user: UserRow;
  row: BirthCaseRow;
  asApplicant: boolean;
}

export function canSeeCase(user: UserRow, row: BirthCaseRow): boolean {
  return row.applicant_user_id === user.id || (user.family_id !== null && row.family_id === user.family_id);
}

export async function visibleCase(ctx: Ctx, id: string): Promise<VisibleCase> {
  const caller = requireCaller(ctx);
  const user = await findUser(ctx.db, caller.userId);
  const row = await findBirthCase(ctx.db, id);
  if (!user || !row || !canSeeCase(user, row)) throw notFound(CASE_NOT_FOUND);
  return { caller, user, row, asApplicant: row.applicant_user_id === user.id };
}

/** Fixing and resubmitting belong to the applicant; the other parent may only look. */
export async function ownCase(ctx: Ctx, id: string): Promise<VisibleCase> {
  const visible = await visibleCase(ctx, id);
  if (!visible.asApplicant) throw forbidden('只有申请人本人可以修改这份申请');
  return visible;
}
