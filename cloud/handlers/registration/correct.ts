import { todayIn } from '../../../domain/dates';
import { registrationSchema } from '../../../domain/registration/schema';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { requireCaller } from '../../core/guards';
import { recordId } from '../common/schemas';
import { ownRegistration } from './access';
import { assertApplicantIsUser } from './applicantIdentity';
import { applyCorrection } from './applyCorrection';

/** The applicant corrects their own registration; the input is validated exactly like a submit. */
export const correct = action(
  (ctx) => strictFields('更正信息', { id: recordId(), input: registrationSchema(todayIn(ctx.clock.now())) }),
  async ({ id, input }, ctx) => {
    const { user, row } = await ownRegistration(ctx, id);
    assertApplicantIsUser(input.applicant, user, ctx.crypto, 'input.');
    const { view } = await applyCorrection(ctx, row, input, { role: 'applicant', userId: user.id });
    return view;
  },
  requireCaller,
);
