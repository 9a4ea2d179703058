import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { conflict } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { correctionsOf, findRegistration, updateRegistration } from '../../db/repos/registrations';
import { reasonText, recordId } from '../common/schemas';
import { ownRegistration } from './access';
import { recordRegistrationBirth } from '../dashboard/birthFacts';
import { registrationLink, updateRegistrationCase } from './caseRecord';
import { leaveFamily } from './family';
import { viewFromRow } from './record';

export const cancel = action(
  strictFields('注销信息', { id: recordId(), reason: reasonText('注销原因') }),
  async ({ id, reason }, ctx) => {
    const { row } = await ownRegistration(ctx, id);
    if (row.status === 'cancelled') throw conflict('该生育登记已经注销');
    const now = ctx.clock.now();
    await updateRegistration(ctx.db, id, {
      status: 'cancelled',
      cancel_reason: reason,
      cancelled_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await updateRegistrationCase(ctx.db, id, { status: 'cancelled' }, now);
    // The spouse it named (perhaps by mistake) leaves the family, unless another active record names them.
    await leaveFamily(ctx.db, row.family_id, row.spouse_id_hash);
    await ctx.notify.send(row.applicant_user_id, {
      title: '生育登记已注销',
      body: `您的生育登记（编号 ${row.number}）已注销。注销原因：${reason}`,
      link: registrationLink(id),
    });
    const updated = await findRegistration(ctx.db, id);
    if (!updated) throw new Error('registration vanished inside its own transaction');
    await recordRegistrationBirth(ctx.db, updated, now);
    return viewFromRow(updated, await correctionsOf(ctx.db, id), ctx.crypto);
  },
  requireCaller,
);
