import { correctionsOf, registrationsOfPerson, type RegistrationRow } from '../../db/repos/registrations';
import type { Ctx } from '../../core/context';
import { familyRecordReads } from '../common/familyRecordReads';
import { ownRegistration, visibleRegistration } from './access';
import { inputFromRow, viewFromRow } from './record';

async function viewOf(ctx: Ctx, row: RegistrationRow) {
  return viewFromRow(row, await correctionsOf(ctx.db, row.id), ctx.crypto);
}

/**
 * `mine`: the caller's registrations as applicant or as spouse (in their family), newest first,
 * cancelled ones included. `get`: one of them. `editable`: the applicant's own full input (clear ID
 * numbers and phones), to prefill the correction form.
 */
export const { mine, get, editable } = familyRecordReads({
  rowsOf: (ctx, user) => registrationsOfPerson(ctx.db, { userId: user.id, idHash: user.id_number_hash, familyId: user.family_id }),
  listed: (ctx, rows) => Promise.all(rows.map((row) => viewOf(ctx, row))),
  visible: visibleRegistration,
  view: viewOf,
  own: ownRegistration,
  input: (ctx, row) => inputFromRow(row, ctx.crypto),
});
