import { todayIn } from '../../../domain/dates';
import { subsidyApplySchema } from '../../../domain/subsidy/schema';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { familyChildFor, verifiedParent } from './access';
import { submitApplication } from './submit';
import { applicationViewOf } from './views';

/** Claims every payment the child can be claimed for today; the server decides what that is. */
export const apply = action(
  (ctx) => subsidyApplySchema(todayIn(ctx.clock.now())),
  async (input, ctx) => {
    const user = await verifiedParent(ctx);
    const child = await familyChildFor(ctx, user, input.childId);
    const id = await submitApplication(ctx, user, child, input);
    return applicationViewOf(ctx, id);
  },
  requireVerified,
);
