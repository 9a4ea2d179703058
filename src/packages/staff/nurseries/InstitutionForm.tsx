import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';
import { institutionSchema } from '@domain/nursery/schema';
import { FILING_NUMBER_EXAMPLE } from '@domain/nursery/limits';
import { validate, type FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { CheckListField } from '@/components/form/CheckListField';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { nurseryBureauService } from '@/services/nursery';
import { TOWNSHIP_OPTIONS, YES_NO_OPTIONS } from '@/content/options';
import { CARE_TYPE_OPTIONS, OWNERSHIP_OPTIONS } from '@/content/nursery';
import { useSubmit } from '@/hooks/useSubmit';
import { EMPTY_INSTITUTION, institutionFormOf, institutionInputOf, townshipCentre, type InstitutionForm as Form } from './institutionForm';

const GRADE_OPTIONS = ['一级', '二级', '三级'].map((g) => ({ value: g, label: g }));

interface Props {
  /** Absent: a new 备案. */
  editing?: NurseryDetail;
  onDone: (saved: NurseryDetail) => void;
  onCancel: () => void;
}

/** 备案 a new institution, or correct one already on file. */
export function InstitutionForm({ editing, onDone, onCancel }: Props) {
  const [form, setForm] = useState<Form>(() => (editing ? institutionFormOf(editing) : EMPTY_INSTITUTION));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const field = bindFields(form, set, errors);
  const located = bindFields(form, set, errors, 'location.');

  const pickTownship = (township: string) => {
    // A new institution starts at the township's centre until its own coordinates are typed.
    const centre = !form.lat && !form.lng ? townshipCentre(township) : null;
    set({ township, ...(centre ?? {}) });
  };

  const save = async () => {
    const input = institutionInputOf(form);
    const checked = validate(institutionSchema, input);
    if (!checked.ok) return setErrors(checked.fields);
    await run(async () => {
      setErrors({});
      const saved = await nurseryBureauService.file(editing ? { ...input, id: editing.id } : input);
      showSuccess(editing ? '已更正' : '已备案');
      onDone(saved);
    });
  };

  return (
    <View className='card'>
      <View className='card-title'>{editing ? '更正备案信息' : '备案新机构'}</View>
      <TextField {...field('name')} label='机构名称' required maxlength={60} />
      <TextField {...field('filingNumber')} label='备案编号' required maxlength={20} placeholder={`如 ${FILING_NUMBER_EXAMPLE}`} />
      <ChoiceField {...field('ownership')} label='机构性质' required options={OWNERSHIP_OPTIONS} />
      <ChoiceField {...field('demonstration')} label='示范性托育机构' options={YES_NO_OPTIONS} />
      <ChoiceField {...field('kindergartenClass')} label='幼儿园开设的托班' options={YES_NO_OPTIONS} />
      <SelectField {...field('township')} label='所在乡镇' required options={TOWNSHIP_OPTIONS} onChange={pickTownship} />
      <TextField {...field('address')} label='机构地址' required maxlength={100} />
      <View className='institution-latlng'>
        <TextField {...located('lat')} label='纬度' type='digit' maxlength={12} error={errors['location.lat'] ?? errors.location} />
        <TextField {...located('lng')} label='经度' type='digit' maxlength={12} />
      </View>
      <Text className='muted'>选择乡镇后先填入乡镇政府所在地坐标，请按实地位置更正（WGS-84）。</Text>
      <TextField {...field('phone')} label='联系电话' required maxlength={20} placeholder='手机号或 0692-1234567' />
      <TextField {...field('hours')} label='服务时间' required maxlength={60} />
      <CheckListField
        name='careTypes'
        label='托育类型'
        required
        value={form.careTypes}
        options={CARE_TYPE_OPTIONS}
        onChange={(v) => set({ careTypes: v })}
        error={errors.careTypes}
      />
      <TextField {...field('caregivers')} label='保育人员数' required type='number' maxlength={3} />
      <SelectField {...field('grade')} label='等级评定' options={GRADE_OPTIONS} placeholder='未评定' />
      <View className='institution-actions'>
        <Press className='btn btn-secondary' onClick={onCancel}>
          返回
        </Press>
        <Press className='btn btn-primary' disabled={busy} onClick={save}>
          {busy ? '正在保存…' : editing ? '保存更正' : '备案'}
        </Press>
      </View>
    </View>
  );
}
