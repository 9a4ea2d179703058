// The spouse's answer to being named in a 生育登记, as the applicant and the spouse read it.
import type { SpouseConsent } from '../api/contract';

export const SPOUSE_CONSENT_TEXT: Readonly<Record<SpouseConsent, string>> = {
  pending: '待配偶确认',
  confirmed: '配偶已确认',
  refused: '配偶表示不是本人',
};
