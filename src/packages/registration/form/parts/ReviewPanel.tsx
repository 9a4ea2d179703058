import { View } from '@tarojs/components';
import type { PersonInput, RegistrationInput } from '@domain/registration/types';
import { childOrder, childOrderText } from '@domain/registration/childOrder';
import { maskIdNumber, maskPhone } from '@domain/identity/idNumber';
import { ethnicityName } from '@domain/people/ethnicities';
import { townshipName } from '@domain/place/townships';
import { KvRow } from '@/components/KvRow';

function hukouText(p: PersonInput): string {
  const township = p.hukouTownship === 'outside' ? '盈江县以外' : townshipName(p.hukouTownship);
  return `${township ?? ''} ${p.hukouAddress}`;
}

function Person({ who, p }: { who: string; p: PersonInput }) {
  return (
    <View className='review-block'>
      <View className='review-title'>{who}</View>
      <KvRow label='姓名'>{p.name}</KvRow>
      <KvRow label='公民身份号码'>{p.idNumber ? maskIdNumber(p.idNumber) : ''}</KvRow>
      <KvRow label='民族'>{ethnicityName(p.ethnicity) ?? ''}</KvRow>
      <KvRow label='手机号码'>{p.phone ? maskPhone(p.phone) : ''}</KvRow>
      <KvRow label='户籍'>{hukouText(p)}</KvRow>
    </View>
  );
}

export function ReviewPanel({ input }: { input: RegistrationInput }) {
  const counted = childOrder(input.existingChildren);
  return (
    <View>
      <Person who='申请人' p={input.applicant} />
      <Person who='配偶' p={input.spouse} />
      <View className='review-block'>
        <View className='review-title'>婚育情况</View>
        <KvRow label='结婚登记日期'>{input.marriageDate}</KvRow>
        <KvRow label='已有子女'>{input.existingChildren.length} 个</KvRow>
        <KvRow label='本次孩次'>{childOrderText(counted)}</KvRow>
      </View>
      <View className='review-block'>
        <View className='review-title'>本次生育</View>
        {input.stage === 'pregnant' ? <KvRow label='预产期'>{input.dueDate}</KvRow> : <KvRow label='出生日期'>{input.birthDate}</KvRow>}
        <KvRow label='现居住乡镇'>{townshipName(input.township) ?? ''}</KvRow>
      </View>
    </View>
  );
}
