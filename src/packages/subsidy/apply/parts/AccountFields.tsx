import { View } from '@tarojs/components';
import { SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import type { PayoutAccountView } from '@domain/subsidy/types';
import type { FieldErrors } from '@domain/validation';
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
  return (
    <View>
      {previous ? (
        <ChoiceField
          name='account.use'
          label={L.account}
          required
          value={form.use}
          options={[
            { value: 'previous', label: `上次的账户 尾号${previous.last4}` },
            { value: 'new', label: '新的账户' },
          ]}
          onChange={(v) => onChange({ use: v as ApplyForm['use'] })}
        />
      ) : null}
      {previous && form.use === 'previous' ? (
        <View className='apply-previous muted'>
          {accountText(previous)}，户名 {previous.holderName}
        </View>
      ) : (
        <>
          <ChoiceField
            name='account.kind'
            label={L.accountKind}
            required
            value={form.kind}
            options={KIND_OPTIONS}
            onChange={(v) => onChange({ kind: v as ApplyForm['kind'] })}
            error={errors['account.kind']}
          />
          <ChoiceField
            name='account.holder'
            label={L.accountHolder}
            required
            value={form.holder}
            options={holderOptions}
            onChange={(v) => onChange({ holder: v as ApplyForm['holder'] })}
            error={errors['account.holder']}
          />
          <SelectField
            name='account.bankName'
            label={L.bankName}
            required
            value={form.bankName}
            options={BANK_OPTIONS}
            onChange={(bankName) => onChange({ bankName })}
            error={errors['account.bankName']}
            hint={form.kind === 'social_security_card' ? '社保卡正面印有银行名称' : undefined}
          />
          <TextField
            name='account.accountNumber'
            label={L.accountNumber}
            required
            type='number'
            maxlength={19}
            value={digits}
            onChange={(v) => onChange({ accountNumber: v.replace(/\D/g, '') })}
            error={errors['account.accountNumber']}
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
