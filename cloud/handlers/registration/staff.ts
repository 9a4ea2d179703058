// The bureau reads and corrects one registration. Both are written to the audit log: who, when,
// which record, and (for a correction) which fields and why — never the values themselves.
import { todayIn } from '../../../domain/dates';
import { registrationSchema } from '../../../domain/registration/schema';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { notFound } from '../../core/errors';
import { appendAudit } from '../../db/repos/audit';
import { correctionsOf, findRegistration } from '../../db/repos/registrations';
import { findUser } from '../../db/repos/users';
import { idInput, reasonText, recordId } from '../common/schemas';
import { REGISTRATION_NOT_FOUND } from './access';
import { assertApplicantIsUser } from './applicantIdentity';
import { applyCorrection } from './applyCorrection';
import { inputFromRow, viewFromRow } from './record';
import { requireBureau } from './bureau';

export const getRegistration = action(
  idInput,
  async ({ id }, ctx) => {
    const clerk = requireBureau(ctx);
    const row = await findRegistration(ctx.db, id);
    if (!row) throw notFound(REGISTRATION_NOT_FOUND);
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: 'health_bureau',
        action: 'registration.read',
        targetType: 'registration',
        targetId: row.id,
        detail: { number: row.number },
      },
      ctx.clock.now(),
    );
    return { view: viewFromRow(row, await correctionsOf(ctx.db, row.id), ctx.crypto), input: inputFromRow(row, ctx.crypto) };
  },
  requireBureau,
);

export const correctRegistration = action(
  (ctx) =>
    strictFields('更正信息', {
      id: recordId(),
      input: registrationSchema(todayIn(ctx.clock.now())),
      reason: reasonText('更正原因'),
    }),
  async ({ id, input, reason }, ctx) => {
    const clerk = requireBureau(ctx);
    const row = await findRegistration(ctx.db, id);
    if (!row) throw notFound(REGISTRATION_NOT_FOUND);
    // The applicant is a verified person; a correction may not put someone else in their place.
    const applicant = await findUser(ctx.db, row.applicant_user_id);
    if (!applicant) throw new Error('registration without its applicant');
    assertApplicantIsUser(input.applicant, applicant, ctx.crypto, 'input.');

    const { view, fields } = await applyCorrection(ctx, row, input, { role: 'health_bureau', userId: clerk.userId, reason });
    await appendAudit(
      ctx.db,
      {
        actorUserId: clerk.userId,
        actorRole: 'health_bureau',
        action: 'registration.correct',
        targetType: 'registration',
        targetId: row.id,
        detail: { number: row.number, fields, reason },
      },
      ctx.clock.now(),
    );
    return view;
  },
  requireBureau,
);
