import { View } from '@tarojs/components';
import { INSURER_MAX_LENGTH, SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import type { InsurancePolicyInput } from '@domain/subsidy/types';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';

interface Props {
  policy: InsurancePolicyInput;
  today: string;
  errors: FieldErrors;
  onChange: (policy: InsurancePolicyInput) => void;
}

/** The accident-insurance policy bought for the child: the 参保补贴 is paid for the years it covers. */
export function InsuranceFields({ policy, today, errors, onChange }: Props) {
  const set = (patch: Partial<InsurancePolicyInput>) => onChange({ ...policy, ...patch });
  const field = bindFields(policy, set, errors, 'insurance.');
  return (
    <View data-part='insurance'>
      <View className='muted'>
        参保补贴按您为孩子购买的意外伤害保险发放（每年50元）。已购买的，请按保单填写；没有购买的可以不填，其他补贴照常申领。
      </View>
      {errors.insurance ? <View className='field-error'>{errors.insurance}</View> : null}
      <TextField {...field('insurer')} label={L.insurer} maxlength={INSURER_MAX_LENGTH} />
      <TextField
        {...field('policyNumber')}
        onChange={(policyNumber) => set({ policyNumber: policyNumber.trim() })}
        label={L.policyNumber}
        maxlength={40}
      />
      <DateField {...field('from')} label={L.policyFrom} end={today} />
      <DateField {...field('to')} label={L.policyTo} />
    </View>
  );
}
