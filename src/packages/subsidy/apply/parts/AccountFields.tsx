import { View } from '@tarojs/components';
import { SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import type { PayoutAccountView } from '@domain/subsidy/types';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { accountText } from '@/components/subsidy/display';
import { BANK_OPTIONS } from '../banks';
import { groupDigits, type ApplyForm } from '../form';

interface Props {
  form: ApplyForm;
  previous?: PayoutAccountView;
  applicantName: string;
  childName: string;
  errors: FieldErrors;
  onChange: (patch: Partial<ApplyForm>) => void;
}

const KIND_OPTIONS = [
  { value: 'bank_card', label: '银行卡' },
  { value: 'social_security_card', label: '社保卡' },
];

/** Where the money goes: the account used last time, or a card typed in once and read back. */
export function AccountFields({ form, previous, applicantName, childName, errors, onChange }: Props) {
  const holderOptions = [
    { value: 'applicant', label: `本人（${applicantName || '申请人'}）` },
    { value: 'child', label: `孩子（${childName}）` },
  ];
  const digits = form.accountNumber;
  const field = bindFields(form, onChange, errors, 'account.');
  return (
    <View>
      {previous ? (
        <ChoiceField
          {...field('use')}
          label={L.account}
          required
          options={[
            { value: 'previous', label: `上次的账户 尾号${previous.last4}` },
            { value: 'new', label: '新的账户' },
          ]}
        />
      ) : null}
      {previous && form.use === 'previous' ? (
        <View className='apply-previous muted'>
          {accountText(previous)}，户名 {previous.holderName}
        </View>
      ) : (
        <>
          <ChoiceField {...field('kind')} label={L.accountKind} required options={KIND_OPTIONS} />
          <ChoiceField {...field('holder')} label={L.accountHolder} required options={holderOptions} />
          <SelectField
            {...field('bankName')}
            label={L.bankName}
            required
            options={BANK_OPTIONS}
            hint={form.kind === 'social_security_card' ? '社保卡正面印有银行名称' : undefined}
          />
          <TextField
            {...field('accountNumber')}
            onChange={(v) => onChange({ accountNumber: v.replace(/\D/g, '') })}
            label={L.accountNumber}
            required
            type='number'
            maxlength={19}
            placeholder={form.kind === 'social_security_card' ? '社保卡正面的银行账号' : '银行卡正面的卡号'}
          />
          {digits ? (
            <View className='apply-readback' aria-live='polite'>
              <View className='muted'>请对照卡面核对（{digits.length}位）</View>
              <View className='apply-readback-digits'>{groupDigits(digits)}</View>
            </View>
          ) : null}
        </>
      )}
    </View>
  );
}
