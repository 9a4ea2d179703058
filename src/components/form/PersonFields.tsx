import { View } from '@tarojs/components';
import type { PersonInput } from '@domain/registration/types';
import type { FieldErrors } from '@domain/validation';
import { maskIdNumber } from '@domain/identity/idNumber';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { ETHNICITY_OPTIONS, HUKOU_OPTIONS } from '@/content/options';

interface Props {
  /** The field path of this person in the form, e.g. 'spouse' or 'otherParent'. */
  prefix: string;
  who: string; // e.g. '申请人', '配偶'
  person: PersonInput;
  errors: FieldErrors;
  onChange: (person: PersonInput) => void;
  /** The applicant's name and number come from the real-name check and are not asked again. */
  identityLocked?: boolean;
}

export function PersonFields({ prefix, who, person, errors, onChange, identityLocked }: Props) {
  const set =
    <K extends keyof PersonInput>(key: K) =>
    (value: string) =>
      onChange({ ...person, [key]: value });
  const err = (key: keyof PersonInput) => errors[`${prefix}.${key}`];

  return (
    <View>
      {identityLocked ? (
        <View className='kv'>
          <View className='kv-key'>{who}</View>
          <View className='kv-value'>
            <View>{person.name}</View>
            <View className='muted'>{person.idNumber ? maskIdNumber(person.idNumber) : ''}（来自实名认证）</View>
            {err('name') || err('idNumber') ? <View className='field-error'>{err('name') ?? err('idNumber')}</View> : null}
          </View>
        </View>
      ) : (
        <>
          <TextField
            name={`${prefix}.name`}
            label={`${who}姓名`}
            required
            value={person.name}
            onChange={set('name')}
            error={err('name')}
            maxlength={50}
            hint='少数民族姓名可用“·”分隔'
          />
          <TextField
            name={`${prefix}.idNumber`}
            label={`${who}公民身份号码`}
            required
            type='idcard'
            maxlength={18}
            value={person.idNumber}
            onChange={set('idNumber')}
            error={err('idNumber')}
          />
        </>
      )}
      <SelectField
        name={`${prefix}.ethnicity`}
        label={`${who}民族`}
        required
        value={person.ethnicity}
        options={ETHNICITY_OPTIONS}
        onChange={set('ethnicity')}
        error={err('ethnicity')}
      />
      <TextField
        name={`${prefix}.phone`}
        label={`${who}手机号码`}
        required
        type='number'
        maxlength={11}
        value={person.phone}
        onChange={set('phone')}
        error={err('phone')}
      />
      <SelectField
        name={`${prefix}.hukouTownship`}
        label={`${who}户籍乡镇`}
        required
        value={person.hukouTownship}
        options={HUKOU_OPTIONS}
        onChange={set('hukouTownship')}
        error={err('hukouTownship')}
      />
      <TextField
        name={`${prefix}.hukouAddress`}
        label={`${who}户籍地址`}
        required
        value={person.hukouAddress}
        onChange={set('hukouAddress')}
        error={err('hukouAddress')}
        maxlength={100}
        placeholder='如：平原镇某某村某组'
      />
    </View>
  );
}
