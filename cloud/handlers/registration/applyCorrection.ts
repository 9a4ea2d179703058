// A correction, by the applicant or by the health bureau: re-store the (already validated) input,
// recompute 孩次, record which fields changed, update the 办件 and tell the applicant.
import type { RegistrationView } from '../../../domain/api/contract';
import type { RegistrationInput } from '../../../domain/registration/types';
import type { Ctx } from '../../core/context';
import { conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import { correctionsOf, findRegistration, insertCorrection, updateRegistration, type RegistrationRow } from '../../db/repos/registrations';
import { syncRegistrationChildren } from '../children/upsert';
import { recordRegistrationBirth } from '../dashboard/birthFacts';
import { registrationLink, updateRegistrationCase } from './caseRecord';
import { changedFields } from './changedFields';
import { leaveFamily } from './family';
import { askSpouse } from './spouseConsent';
import { inputColumns, inputFromRow, viewFromRow } from './record';

export interface CorrectionBy {
  role: 'applicant' | 'health_bureau';
  userId: string;
  reason?: string;
}

export interface CorrectionOutcome {
  view: RegistrationView;
  fields: string[];
}

export async function applyCorrection(
  ctx: Ctx,
  row: RegistrationRow,
  input: RegistrationInput,
  by: CorrectionBy,
): Promise<CorrectionOutcome> {
  if (row.status === 'cancelled') throw conflict('该生育登记已注销，不能更正');
  const fields = changedFields(inputFromRow(row, ctx.crypto), input);
  if (fields.length === 0) return { view: viewFromRow(row, await correctionsOf(ctx.db, row.id), ctx.crypto), fields };

  const now = ctx.clock.now();
  const columns = inputColumns(input, ctx.crypto);
  await updateRegistration(ctx.db, row.id, { ...columns, updated_at: now.toISOString() });
  await insertCorrection(ctx.db, {
    id: newId(),
    registration_id: row.id,
    at: now.toISOString(),
    by_role: by.role,
    actor_user_id: by.userId,
    fields_json: JSON.stringify(fields),
    reason: by.reason ?? null,
  });
  if (columns.spouse_id_hash !== row.spouse_id_hash) {
    // The person who was named as spouse by mistake leaves the family (unless another active record
    // of it names them); the newly named one is asked, and joins only when they confirm.
    await leaveFamily(ctx.db, row.family_id, row.spouse_id_hash);
    await askSpouse(ctx, { ...row, spouse_id_hash: columns.spouse_id_hash, applicant_name: columns.applicant_name });
  }
  await updateRegistrationCase(ctx.db, row.id, { childOrder: columns.child_order }, now);

  const body =
    by.role === 'health_bureau'
      ? `卫生健康局更正了您的生育登记（编号 ${row.number}）。更正原因：${by.reason ?? ''}`
      : `您已更正生育登记（编号 ${row.number}），共修改 ${fields.length} 项信息。`;
  await ctx.notify.send(row.applicant_user_id, { title: '生育登记信息已更正', body, link: registrationLink(row.id) });

  const updated = await findRegistration(ctx.db, row.id);
  if (!updated) throw new Error('registration vanished inside its own transaction');
  await syncRegistrationChildren(ctx, updated);
  await recordRegistrationBirth(ctx.db, updated, now);
  return { view: viewFromRow(updated, await correctionsOf(ctx.db, row.id), ctx.crypto), fields };
}
