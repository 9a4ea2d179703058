import { checkEligibility, eligibilitySchema } from '../../../domain/birth/eligibility';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';

/** The questions before the form: eligible, or the offline guides for every condition not met. */
export const eligibility = action(
  (ctx) => eligibilitySchema(todayIn(ctx.clock.now())),
  async (input, ctx) => checkEligibility(input, todayIn(ctx.clock.now())),
  requireVerified,
);
