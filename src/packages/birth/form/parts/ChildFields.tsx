import { View } from '@tarojs/components';
import type { ChildInput } from '@domain/birth/types';
import { bundleBirthDateWindow } from '@domain/birth/bundleRules';
import { ETHNICITIES } from '@domain/people/ethnicities';
import type { FieldErrors } from '@domain/validation';
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
  const set = <K extends keyof ChildInput>(key: K, value: ChildInput[K]) => onChange({ ...child, [key]: value });
  const window = bundleBirthDateWindow(today);
  const known = parentEthnicities.filter(Boolean);
  const ethnicityOptions =
    known.length > 0 ? ETHNICITIES.filter((e) => known.includes(e.code)).map((e) => ({ value: e.code, label: e.name })) : ETHNICITY_OPTIONS;

  return (
    <View>
      <TextField
        name='child.name'
        label='孩子姓名'
        required
        value={child.name}
        onChange={(v) => set('name', v)}
        error={errors['child.name']}
        maxlength={50}
        hint='少数民族姓名可用“·”分隔'
      />
      <ChoiceField
        name='child.sex'
        label='性别'
        required
        value={child.sex}
        options={SEX_OPTIONS}
        onChange={(v) => set('sex', v as ChildInput['sex'])}
        error={errors['child.sex']}
      />
      <DateField
        name='child.birthDate'
        label='出生日期'
        required
        value={child.birthDate}
        start={window.earliest}
        end={window.latest}
        onChange={(v) => set('birthDate', v)}
        error={errors['child.birthDate']}
      />
      <TimeField
        name='child.birthTime'
        label='出生时间'
        required
        value={child.birthTime}
        onChange={(v) => set('birthTime', v)}
        error={errors['child.birthTime']}
      />
      <TextField
        name='child.weightGrams'
        label='出生体重（克）'
        required
        type='number'
        maxlength={4}
        value={child.weightGrams ? String(child.weightGrams) : ''}
        onChange={(v) => set('weightGrams', asNumber(v))}
        error={errors['child.weightGrams']}
        placeholder='如 3250'
      />
      <TextField
        name='child.lengthCm'
        label='出生身长（厘米）'
        required
        type='digit'
        maxlength={4}
        value={child.lengthCm ? String(child.lengthCm) : ''}
        onChange={(v) => set('lengthCm', asNumber(v))}
        error={errors['child.lengthCm']}
        placeholder='如 50'
      />
      <SelectField
        name='child.hospitalId'
        label='出生医院'
        required
        value={child.hospitalId}
        options={HOSPITAL_OPTIONS}
        onChange={(v) => set('hospitalId', v)}
        error={errors['child.hospitalId']}
      />
      <SelectField
        name='child.ethnicity'
        label='孩子的民族'
        required
        value={child.ethnicity}
        options={ethnicityOptions}
        onChange={(v) => set('ethnicity', v)}
        error={errors['child.ethnicity']}
        hint='随父亲或母亲的民族'
      />
    </View>
  );
}
