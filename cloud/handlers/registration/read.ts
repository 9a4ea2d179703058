import { action } from '../../core/action';
import { requireCaller } from '../../core/guards';
import { correctionsOf, registrationsOfPerson } from '../../db/repos/registrations';
import { findUser } from '../../db/repos/users';
import { emptyInput, idInput } from '../common/schemas';
import { ownRegistration, visibleRegistration } from './access';
import { inputFromRow, viewFromRow } from './record';

/** The caller's registrations as applicant or as spouse (in their family), newest first, cancelled ones included. */
export const mine = action(
  emptyInput,
  async (_input, ctx) => {
    const caller = requireCaller(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user) return [];
    const rows = await registrationsOfPerson(ctx.db, { userId: user.id, idHash: user.id_number_hash, familyId: user.family_id });
    return Promise.all(rows.map(async (row) => viewFromRow(row, await correctionsOf(ctx.db, row.id), ctx.crypto)));
  },
  requireCaller,
);

export const get = action(
  idInput,
  async ({ id }, ctx) => {
    const { row } = await visibleRegistration(ctx, id);
    return viewFromRow(row, await correctionsOf(ctx.db, row.id), ctx.crypto);
  },
  requireCaller,
);

/** The applicant's own full input (clear ID numbers and phones), to prefill the correction form. */
export const editable = action(
  idInput,
  async ({ id }, ctx) => {
    const { row } = await ownRegistration(ctx, id);
    return inputFromRow(row, ctx.crypto);
  },
  requireCaller,
);
