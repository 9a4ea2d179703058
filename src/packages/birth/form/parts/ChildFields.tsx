import { View } from '@tarojs/components';
import type { ChildInput } from '@domain/birth/types';
import { bundleBirthDateWindow } from '@domain/birth/bundleRules';
import { ETHNICITIES } from '@domain/people/ethnicities';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { TimeField } from '@/components/form/TimeField';
import { ETHNICITY_OPTIONS, HOSPITAL_OPTIONS, SEX_OPTIONS } from '@/content/options';

interface Props {
  child: ChildInput;
  /** The parents' 民族: a child takes one of them. */
  parentEthnicities: string[];
  errors: FieldErrors;
  today: string;
  onChange: (child: ChildInput) => void;
}

const asNumber = (s: string) => (s.trim() === '' ? 0 : Number(s));

export function ChildFields({ child, parentEthnicities, errors, today, onChange }: Props) {
  const patch = (p: Partial<ChildInput>) => onChange({ ...child, ...p });
  const field = bindFields(child, patch, errors, 'child.');
  // 体重 and 身长 are typed as text and kept as numbers (0 while empty).
  const measure = (key: 'weightGrams' | 'lengthCm') => ({
    name: `child.${key}`,
    value: child[key] ? String(child[key]) : '',
    onChange: (v: string) => patch({ [key]: asNumber(v) }),
    error: errors[`child.${key}`],
  });
  const window = bundleBirthDateWindow(today);
  const known = parentEthnicities.filter(Boolean);
  const ethnicityOptions =
    known.length > 0 ? ETHNICITIES.filter((e) => known.includes(e.code)).map((e) => ({ value: e.code, label: e.name })) : ETHNICITY_OPTIONS;

  return (
    <View>
      <TextField {...field('name')} label='孩子姓名' required maxlength={50} hint='少数民族姓名可用“·”分隔' />
      <ChoiceField {...field('sex')} label='性别' required options={SEX_OPTIONS} />
      <DateField {...field('birthDate')} label='出生日期' required start={window.earliest} end={window.latest} />
      <TimeField {...field('birthTime')} label='出生时间' required />
      <TextField {...measure('weightGrams')} label='出生体重（克）' required type='number' maxlength={4} placeholder='如 3250' />
      <TextField {...measure('lengthCm')} label='出生身长（厘米）' required type='digit' maxlength={4} placeholder='如 50' />
      <SelectField {...field('hospitalId')} label='出生医院' required options={HOSPITAL_OPTIONS} />
      <SelectField {...field('ethnicity')} label='孩子的民族' required options={ethnicityOptions} hint='随父亲或母亲的民族' />
    </View>
  );
}
