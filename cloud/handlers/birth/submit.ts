import { birthApplicationSchema } from '../../../domain/birth/applicationSchema';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { findUser } from '../../db/repos/users';
import { assertApplicantIsUser } from '../registration/applicantIdentity';
import { assertAttachmentsOwned, assertEligible, assertRegistrationUsable } from './checks';
import { createBirthCase } from './create';
import { viewOfCaseId } from './view';

/** One application, five departments. The applicant is the verified caller; eligibility is checked again here. */
export const submit = action(
  (ctx) => birthApplicationSchema(todayIn(ctx.clock.now())),
  async (input, ctx) => {
    const caller = requireVerified(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user) throw new Error('verified caller without a user row');
    assertApplicantIsUser(input.applicant, user, ctx.crypto);
    assertEligible(input, todayIn(ctx.clock.now()));
    await assertRegistrationUsable(ctx, user, input);
    await assertAttachmentsOwned(ctx, user.id, input);
    const id = await createBirthCase(ctx, user.id, input);
    return viewOfCaseId(ctx, id, true);
  },
  requireVerified,
);
