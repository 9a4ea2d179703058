import { View } from '@tarojs/components';
import type { PersonInput } from '@domain/registration/types';
import type { FieldErrors } from '@domain/validation';
import { maskIdNumber } from '@domain/identity/idNumber';
import { bindFields } from './bindFields';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { ETHNICITY_OPTIONS, HUKOU_OPTIONS } from '@/content/options';
import { KvRow } from '@/components/KvRow';

type Holding<K extends string> = { [P in K]: PersonInput };

interface Props<K extends string> {
  /** The form that holds this person, and the person's key in it, also its field path: e.g. 'spouse' or 'otherParent'. */
  form: Holding<K>;
  prefix: K;
  who: string; // e.g. '申请人', '配偶'
  errors: FieldErrors;
  onChange: (patch: Holding<K>) => void;
  /** The applicant's name and number come from the real-name check and are not asked again. */
  identityLocked?: boolean;
}

export function PersonFields<K extends string>({ form, prefix, who, errors, onChange, identityLocked }: Props<K>) {
  const person: PersonInput = form[prefix];
  const field = bindFields(person, (patch) => onChange({ [prefix]: { ...person, ...patch } } as Holding<K>), errors, `${prefix}.`);
  const err = (key: keyof PersonInput) => errors[`${prefix}.${key}`];

  return (
    <View>
      {identityLocked ? (
        <KvRow label={who}>
          <View>{person.name}</View>
          <View className='muted'>{person.idNumber ? maskIdNumber(person.idNumber) : ''}（来自实名认证）</View>
          {err('name') || err('idNumber') ? <View className='field-error'>{err('name') ?? err('idNumber')}</View> : null}
        </KvRow>
      ) : (
        <>
          <TextField {...field('name')} label={`${who}姓名`} required maxlength={50} hint='少数民族姓名可用“·”分隔' />
          <TextField {...field('idNumber')} label={`${who}公民身份号码`} required type='idcard' maxlength={18} />
        </>
      )}
      <SelectField {...field('ethnicity')} label={`${who}民族`} required options={ETHNICITY_OPTIONS} />
      <TextField {...field('phone')} label={`${who}手机号码`} required type='number' maxlength={11} />
      <SelectField {...field('hukouTownship')} label={`${who}户籍乡镇`} required options={HUKOU_OPTIONS} />
      <TextField {...field('hukouAddress')} label={`${who}户籍地址`} required maxlength={100} placeholder='如：平原镇某某村某组' />
    </View>
  );
}
