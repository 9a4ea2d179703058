// Who may see a registration: its applicant and the spouse named in it (matched by the hash of the
// verified ID number) while they are in the registration's family — being named by someone is not
// enough, anyone can type anyone's ID number. Anyone else gets NOT_FOUND, so record ids cannot be probed.
import type { Ctx } from '../../core/context';
import { forbidden, notFound } from '../../core/errors';
import { requireCaller, type SignedInCaller } from '../../core/guards';
import { findRegistration, type RegistrationRow } from '../../db/repos/registrations';
import { findUser, type UserRow } from '../../db/repos/users';

export const REGISTRATION_NOT_FOUND = '未找到该生育登记';

export interface Visible {
  caller: SignedInCaller;
  user: UserRow;
  row: RegistrationRow;
  asApplicant: boolean;
}

export async function visibleRegistration(ctx: Ctx, id: string): Promise<Visible> {
  const caller = requireCaller(ctx);
  const user = await findUser(ctx.db, caller.userId);
  const row = await findRegistration(ctx.db, id);
  if (!user || !row) throw notFound(REGISTRATION_NOT_FOUND);
  const asApplicant = row.applicant_user_id === user.id;
  const asSpouse = user.id_number_hash !== null && row.spouse_id_hash === user.id_number_hash && user.family_id === row.family_id;
  if (!asApplicant && !asSpouse) throw notFound(REGISTRATION_NOT_FOUND);
  return { caller, user, row, asApplicant };
}

/** Editing, correcting and cancelling belong to the applicant; the spouse may only look. */
export async function ownRegistration(ctx: Ctx, id: string): Promise<Visible> {
  const visible = await visibleRegistration(ctx, id);
  if (!visible.asApplicant) throw forbidden('只有申请人本人可以修改或注销这份生育登记');
  return visible;
}
