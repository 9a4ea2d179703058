// The person named as spouse in someone's 生育登记 answers here (from their inbox message):
// 这是我 joins them to the applicant's family; 这不是我 keeps them out and tells the applicant.
import { SPOUSE_CONSENT_TEXT } from '@domain/registration/spouseConsent';
import { ConsentPage } from '@/components/consent/ConsentPage';
import { formatInstant } from '@/services/format';
import { registrationService } from '@/services/registration';

export default function SpouseConfirmPage() {
  return (
    <ConsentPage
      load={registrationService.spouseRequest}
      send={registrationService.answerSpouse}
      card={(r) => ({
        ask: `${r.applicantName}在生育登记中填写您为配偶`,
        rows: [
          { label: '登记编号', value: r.number },
          { label: '登记时间', value: formatInstant(r.createdAt) },
        ],
        consent: r.spouseConsent,
        statusText: r.status === 'cancelled' ? '已注销' : SPOUSE_CONSENT_TEXT[r.spouseConsent],
        closed: r.status !== 'registered',
        explanation: '确认“这是我”后，您将与对方组成家庭，共同查看这份登记、孩子的接种和育儿补贴信息。',
        doneText: '您已确认，可在“我的办件”中查看这份生育登记。',
      })}
    />
  );
}
