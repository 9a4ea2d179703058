import { View } from '@tarojs/components';
import type { PersonInput, RegistrationInput } from '@domain/registration/types';
import { childOrder, childOrderText } from '@domain/registration/childOrder';
import { maskIdNumber, maskPhone } from '@domain/identity/idNumber';
import { ethnicityName } from '@domain/people/ethnicities';
import { townshipName } from '@domain/place/townships';

function hukouText(p: PersonInput): string {
  const township = p.hukouTownship === 'outside' ? '盈江县以外' : townshipName(p.hukouTownship);
  return `${township ?? ''} ${p.hukouAddress}`;
}

function Person({ who, p }: { who: string; p: PersonInput }) {
  return (
    <View className='review-block'>
      <View className='review-title'>{who}</View>
      <View className='kv'>
        <View className='kv-key'>姓名</View>
        <View className='kv-value'>{p.name}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>公民身份号码</View>
        <View className='kv-value'>{p.idNumber ? maskIdNumber(p.idNumber) : ''}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>民族</View>
        <View className='kv-value'>{ethnicityName(p.ethnicity) ?? ''}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>手机号码</View>
        <View className='kv-value'>{p.phone ? maskPhone(p.phone) : ''}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>户籍</View>
        <View className='kv-value'>{hukouText(p)}</View>
      </View>
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
        <View className='kv'>
          <View className='kv-key'>结婚登记日期</View>
          <View className='kv-value'>{input.marriageDate}</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>已有子女</View>
          <View className='kv-value'>{input.existingChildren.length} 个</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>本次孩次</View>
          <View className='kv-value'>{childOrderText(counted)}</View>
        </View>
      </View>
      <View className='review-block'>
        <View className='review-title'>本次生育</View>
        {input.stage === 'pregnant' ? (
          <View className='kv'>
            <View className='kv-key'>预产期</View>
            <View className='kv-value'>{input.dueDate}</View>
          </View>
        ) : (
          <View className='kv'>
            <View className='kv-key'>出生日期</View>
            <View className='kv-value'>{input.birthDate}</View>
          </View>
        )}
        <View className='kv'>
          <View className='kv-key'>现居住乡镇</View>
          <View className='kv-value'>{townshipName(input.township) ?? ''}</View>
        </View>
      </View>
    </View>
  );
}
