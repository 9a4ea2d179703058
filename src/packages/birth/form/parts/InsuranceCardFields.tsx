import { View } from '@tarojs/components';
import type { BirthApplicationInput, CardInput } from '@domain/birth/types';
import type { FieldErrors } from '@domain/validation';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { DELIVERY_OPTIONS, TOWNSHIP_OPTIONS } from '@/content/options';

interface Props {
  input: BirthApplicationInput;
  errors: FieldErrors;
  onChange: (patch: Partial<BirthApplicationInput>) => void;
}

export function InsuranceCardFields({ input, errors, onChange }: Props) {
  const payerOptions = [
    { value: 'applicant', label: input.applicant.name || '申请人' },
    { value: 'otherParent', label: input.otherParent.name || '配偶' },
  ];
  const card = input.card;
  const setCard = (patch: Partial<CardInput>) => onChange({ card: { ...card, ...patch } });

  return (
    <View>
      <View className='kv'>
        <View className='kv-key'>参保险种</View>
        <View className='kv-value'>城乡居民基本医疗保险（新生儿）</View>
      </View>
      <ChoiceField
        name='insurance.payer'
        label='由谁缴纳保费'
        required
        value={input.insurance.payer}
        options={payerOptions}
        onChange={(v) => onChange({ insurance: { ...input.insurance, payer: v as BirthApplicationInput['insurance']['payer'] } })}
        error={errors['insurance.payer']}
        hint='出生90天内缴费，从出生之日起享受医保待遇'
      />
      <ChoiceField
        name='card.delivery'
        label='社保卡怎么领'
        required
        value={card.delivery}
        options={DELIVERY_OPTIONS}
        onChange={(v) => setCard({ delivery: v as CardInput['delivery'] })}
        error={errors['card.delivery']}
      />
      {card.delivery === 'post' ? (
        <TextField
          name='card.postAddress'
          label='邮寄地址'
          required
          value={card.postAddress ?? ''}
          onChange={(postAddress) => setCard({ postAddress })}
          error={errors['card.postAddress']}
          maxlength={100}
        />
      ) : (
        <SelectField
          name='card.pickupTownship'
          label='领取乡镇'
          required
          value={card.pickupTownship ?? ''}
          options={TOWNSHIP_OPTIONS}
          onChange={(v) => setCard({ pickupTownship: v as CardInput['pickupTownship'] })}
          error={errors['card.pickupTownship']}
        />
      )}
    </View>
  );
}
