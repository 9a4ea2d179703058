// The person named as the child's other parent in someone's 出生一件事 application answers here (from
// their inbox message): 这是我 joins them to the applicant's family; 这不是我 keeps them out and tells
// the applicant.
import { OTHER_PARENT_ANSWER_TEXT } from '@domain/registration/spouseConsent';
import { ConsentPage } from '@/components/consent/ConsentPage';
import { birthService } from '@/services/birth';
import { formatDate, formatInstant } from '@/services/format';

export default function OtherParentConfirmPage() {
  return (
    <ConsentPage
      load={birthService.otherParentRequest}
      send={birthService.answerOtherParent}
      card={(r) => ({
        ask: `${r.applicantName}在“出生一件事”申请中填写您为孩子的父亲或母亲`,
        rows: [
          { label: '孩子', value: `${r.childName}（${formatDate(r.childBirthDate)}出生）` },
          { label: '办件编号', value: r.number },
          { label: '申请时间', value: formatInstant(r.createdAt) },
        ],
        consent: r.consent,
        statusText: OTHER_PARENT_ANSWER_TEXT[r.consent],
        explanation: '确认“这是我”后，您将与对方组成家庭，共同查看这份办件、孩子的接种和育儿补贴信息。',
        doneText: '您已确认，可在“我的办件”中查看这份出生一件事办件。',
      })}
    />
  );
}
