// What the system already holds, so the form asks none of it again: the caller's verified name and
// ID number; from their current 生育登记 (the latest active one they filed, else the latest of their
// own family naming them — never one that merely names them: currentRegistrationOf) their ethnicity,
// phone and hukou, the other parent (the registration's spouse, or its applicant when the caller is
// the spouse) and, after the birth, the child's birth date.
import type { BirthPrefill } from '../../../domain/birth/types';
import { action } from '../../core/action';
import { requireVerified } from '../../core/guards';
import { currentRegistrationOf } from '../../db/repos/registrations';
import { findUser } from '../../db/repos/users';
import { emptyInput } from '../common/schemas';
import { personInput, type Who } from '../registration/record';

export const prefill = action(
  emptyInput,
  async (_input, ctx) => {
    const caller = requireVerified(ctx);
    const user = await findUser(ctx.db, caller.userId);
    if (!user || user.verified_name === null || user.id_number_enc === null) return {};
    const self = { name: user.verified_name, idNumber: ctx.crypto.decrypt(user.id_number_enc) };
    const latest = await currentRegistrationOf(ctx.db, { userId: user.id, idHash: user.id_number_hash, familyId: user.family_id });
    if (!latest) return { applicant: self };

    const selfIs: Who = latest.applicant_user_id === user.id ? 'applicant' : 'spouse';
    const other: Who = selfIs === 'applicant' ? 'spouse' : 'applicant';
    const result: BirthPrefill = {
      registrationId: latest.id,
      // The verified identity wins over what the registration holds (they are equal unless corrected).
      applicant: { ...personInput(latest, selfIs, ctx.crypto), ...self },
      otherParent: personInput(latest, other, ctx.crypto),
      ...(latest.stage === 'born' && latest.birth_date ? { child: { birthDate: latest.birth_date } } : {}),
    };
    return result;
  },
  requireVerified,
);
