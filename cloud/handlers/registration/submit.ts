import { todayIn } from '../../../domain/dates';
import { registrationSchema } from '../../../domain/registration/schema';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { findUser } from '../../db/repos/users';
import { assertApplicantIsUser } from './applicantIdentity';
import { createRegistration } from './create';
import { assertNoActiveRegistrationForSameBirth } from './duplicate';

export const submit = action(
  (ctx) => registrationSchema(todayIn(ctx.clock.now())),
  async (input, ctx) => {
    const caller = requireVerified(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user) throw new Error('verified caller without a user row');
    assertApplicantIsUser(input.applicant, user, ctx.crypto);
    await assertNoActiveRegistrationForSameBirth(ctx, input);
    return createRegistration(ctx, user.id, input);
  },
  requireVerified,
);
