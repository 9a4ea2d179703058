// The applicant of a registration is a verified person, and the form's applicant must be them:
// nobody registers in someone else's name.
import type { PersonInput } from '../../../domain/registration/types';
import { invalidInput } from '../../core/errors';
import type { UserRow } from '../../db/repos/users';
import type { FieldCrypto } from '../../security/fieldCrypto';

/** `pathPrefix` is where the registration input sits in the action's input ('' or 'input.'). */
export function assertApplicantIsUser(applicant: PersonInput, user: UserRow, crypto: FieldCrypto, pathPrefix = ''): void {
  if (user.id_number_hash === null || crypto.hash(applicant.idNumber) !== user.id_number_hash) {
    throw invalidInput({ [`${pathPrefix}applicant.idNumber`]: '申请人公民身份号码须与实名认证一致' });
  }
  if (applicant.name !== user.verified_name) {
    throw invalidInput({ [`${pathPrefix}applicant.name`]: '申请人姓名须与实名认证一致' });
  }
}
