// The spouse's answer to being named in a 生育登记, as the applicant and the spouse read it.
import type { SpouseConsent } from '../api/contract';

export const SPOUSE_CONSENT_TEXT: Readonly<Record<SpouseConsent, string>> = {
  pending: '待配偶确认',
  confirmed: '配偶已确认',
  refused: '配偶表示不是本人',
};

/** The other parent's answer to being named in a 出生一件事 application, as the applicant reads it. */
export const OTHER_PARENT_CONSENT_TEXT: Readonly<Record<SpouseConsent, string>> = {
  pending: '孩子的另一位家长尚未确认：对方实名认证后会收到确认提醒，确认后可共同查看办件',
  confirmed: '孩子的另一位家长已确认',
  refused: '您填写的孩子的另一位家长表示“这不是我”，对方不会加入您的家庭；请核对姓名和公民身份号码',
};

/** The same answer as the person named reads it. */
export const OTHER_PARENT_ANSWER_TEXT: Readonly<Record<SpouseConsent, string>> = {
  pending: '待您确认',
  confirmed: '已确认',
  refused: '您已表示不是本人',
};
