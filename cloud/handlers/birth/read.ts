import { action } from '../../core/action';
import { requireCaller } from '../../core/guards';
import { birthCasesOfPerson } from '../../db/repos/birthCases';
import { findUser } from '../../db/repos/users';
import { emptyInput, idInput } from '../common/schemas';
import { ownCase, visibleCase } from './access';
import { applicationOf } from './record';
import { viewOfCase, viewsOfCases } from './view';

/** The caller's cases (as applicant or family member), newest first; the child's ID number masked. */
export const mine = action(
  emptyInput,
  async (_input, ctx) => {
    const caller = requireCaller(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user) return [];
    const rows = await birthCasesOfPerson(ctx.db, { userId: user.id, familyId: user.family_id });
    return viewsOfCases(ctx, rows, false);
  },
  requireCaller,
);

/** The case page: the family's own results in full (see record.ts). */
export const get = action(
  idInput,
  async ({ id }, ctx) => {
    const { row } = await visibleCase(ctx, id);
    return viewOfCase(ctx, row, true);
  },
  requireCaller,
);

/** The applicant's own full input (clear ID numbers and phones), to fix a rejected step. */
export const editable = action(
  idInput,
  async ({ id }, ctx) => {
    const { row } = await ownCase(ctx, id);
    return applicationOf(row, ctx.crypto);
  },
  requireCaller,
);
