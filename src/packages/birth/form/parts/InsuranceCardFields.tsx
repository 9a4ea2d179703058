import { View } from '@tarojs/components';
import type { BirthApplicationInput, CardInput } from '@domain/birth/types';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { DELIVERY_OPTIONS, TOWNSHIP_OPTIONS } from '@/content/options';
import { KvRow } from '@/components/KvRow';

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
  const cardField = bindFields(card, setCard, errors, 'card.');
  const insuranceField = bindFields(
    input.insurance,
    (patch) => onChange({ insurance: { ...input.insurance, ...patch } }),
    errors,
    'insurance.',
  );

  return (
    <View>
      <KvRow label='参保险种'>城乡居民基本医疗保险（新生儿）</KvRow>
      <ChoiceField
        {...insuranceField('payer')}
        label='由谁缴纳保费'
        required
        options={payerOptions}
        hint='出生90天内缴费，从出生之日起享受医保待遇'
      />
      <ChoiceField {...cardField('delivery')} label='社保卡怎么领' required options={DELIVERY_OPTIONS} />
      {card.delivery === 'post' ? (
        <TextField {...cardField('postAddress')} label='邮寄地址' required maxlength={100} />
      ) : (
        <SelectField {...cardField('pickupTownship')} label='领取乡镇' required options={TOWNSHIP_OPTIONS} />
      )}
    </View>
  );
}
