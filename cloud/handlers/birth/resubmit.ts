import { birthApplicationSchema } from '../../../domain/birth/applicationSchema';
import { BUNDLE_STEP_KEYS } from '../../../domain/birth/bundleGraph';
import { todayIn } from '../../../domain/dates';
import { oneOf, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { recordId } from '../common/schemas';
import { assertApplicantIsUser } from '../registration/applicantIdentity';
import { ownCase } from './access';
import { assertAttachmentsOwned, assertEligible, assertRegistrationUsable } from './checks';
import { resubmitBundleStep } from './stepFlow';
import { viewOfCaseId } from './view';

/** Fix and resubmit one rejected step: the full input is validated again; the other steps keep their progress. */
export const resubmitStep = action(
  (ctx) =>
    strictFields('补正信息', {
      id: recordId('办件标识'),
      step: oneOf('补正的事项', BUNDLE_STEP_KEYS),
      input: birthApplicationSchema(todayIn(ctx.clock.now())),
    }),
  async ({ id, step, input }, ctx) => {
    const { user } = await ownCase(ctx, id);
    assertApplicantIsUser(input.applicant, user, ctx.crypto, 'input.');
    assertEligible(input, todayIn(ctx.clock.now()), 'input.');
    await assertRegistrationUsable(ctx, user, input, 'input.');
    await assertAttachmentsOwned(ctx, user.id, input, 'input.');
    await resubmitBundleStep(ctx, id, step, input, user.id, 'input.');
    return viewOfCaseId(ctx, id, true);
  },
  requireVerified,
);
