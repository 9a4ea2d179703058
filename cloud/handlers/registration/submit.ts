import { todayIn } from '../../../domain/dates';
import { registrationSchema } from '../../../domain/registration/schema';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { findUser } from '../../db/repos/users';
import { assertApplicantIsUser } from './applicantIdentity';
import { createRegistration } from './create';
import { activeRegistrationForSameBirth, duplicateRegistration } from './duplicate';
import { joinFamily } from './family';
import { viewFromRow } from './record';
import { correctionsOf, findRegistration, updateRegistration } from '../../db/repos/registrations';

export const submit = action(
  (ctx) => registrationSchema(todayIn(ctx.clock.now())),
  async (input, ctx) => {
    const caller = requireVerified(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user) throw new Error('verified caller without a user row');
    assertApplicantIsUser(input.applicant, user, ctx.crypto);
    const existing = await activeRegistrationForSameBirth(ctx, input);
    if (!existing) return createRegistration(ctx, user.id, input);
    const spouseHash = ctx.crypto.hash(input.spouse.idNumber);
    const namedBack = existing.spouse_id_hash === user.id_number_hash && existing.applicant_id_hash === spouseHash;
    if (!namedBack) throw duplicateRegistration(input, existing);
    // The named spouse files the same pregnancy naming the applicant: that is their 这是我.
    await joinFamily(ctx.db, existing.family_id, user.id, spouseHash);
    if (existing.spouse_consent === 'pending')
      await updateRegistration(ctx.db, existing.id, { spouse_consent: 'confirmed', spouse_answered_at: ctx.clock.now().toISOString() });
    const row = (await findRegistration(ctx.db, existing.id)) ?? existing;
    return viewFromRow(row, await correctionsOf(ctx.db, row.id), ctx.crypto);
  },
  requireVerified,
);
