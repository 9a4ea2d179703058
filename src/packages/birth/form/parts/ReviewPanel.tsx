import { View } from '@tarojs/components';
import type { BirthApplicationInput } from '@domain/birth/types';
import { bundleStep } from '@domain/birth/bundleGraph';
import { hukouDueDate, insuranceCoverDueDate } from '@domain/birth/bundleRules';
import { hospitalName } from '@domain/birth/hospitals';
import { maskIdNumber } from '@domain/identity/idNumber';
import { ethnicityName } from '@domain/people/ethnicities';
import { townshipName } from '@domain/place/townships';
import { KvRow } from '@/components/KvRow';

const Row = ({ k, v }: { k: string; v: string }) => <KvRow label={k}>{v}</KvRow>;

/** The whole application on one screen before it is sent. */
export function ReviewPanel({ input }: { input: BirthApplicationInput }) {
  const { child, household, card } = input;
  const joined = household.joins === 'applicant' ? input.applicant : input.otherParent;
  const place = household.hukouTownship === 'outside' ? '盈江县以外' : townshipName(household.hukouTownship);
  return (
    <View className='review'>
      <Row k='孩子' v={`${child.name}，${child.sex === 'M' ? '男' : '女'}，${ethnicityName(child.ethnicity) ?? ''}`} />
      <Row k='出生' v={`${child.birthDate} ${child.birthTime}，${hospitalName(child.hospitalId) ?? ''}`} />
      <Row k='体重 / 身长' v={`${child.weightGrams} 克 / ${child.lengthCm} 厘米`} />
      <Row
        k='父母'
        v={`${input.applicant.name}（${maskIdNumber(input.applicant.idNumber)}）、${input.otherParent.name}（${input.otherParent.idNumber ? maskIdNumber(input.otherParent.idNumber) : ''}）`}
      />
      <Row k='落户' v={`随${joined.name}，户主${household.headName}，${place ?? ''} ${household.address}`} />
      <Row
        k='社保卡'
        v={
          card.delivery === 'post'
            ? `邮寄：${card.postAddress ?? ''}`
            : `到${townshipName(card.pickupTownship ?? 'pingyuan') ?? ''}便民服务中心领取`
        }
      />
      <Row k='办理事项' v={input.services.map((s) => bundleStep(s).title).join('、')} />
      {child.birthDate ? (
        <View className='review-deadlines muted'>
          户口登记请在 {hukouDueDate(child.birthDate)} 前完成；医保在 {insuranceCoverDueDate(child.birthDate)}{' '}
          前缴费，从出生之日起享受待遇。
        </View>
      ) : null}
    </View>
  );
}
