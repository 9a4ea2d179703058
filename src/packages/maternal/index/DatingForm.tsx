import { useState } from 'react';
import { View } from '@tarojs/components';
import type { DatingFields } from '@domain/api/contract';
import { todayIn } from '@domain/dates';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { Press } from '@/components/controls/Press';

interface Props {
  title: string;
  submitText: string;
  initial?: DatingFields;
  busy: boolean;
  errors: FieldErrors;
  onSubmit: (fields: DatingFields) => void;
  onCancel?: () => void;
}

const toNumber = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** The LMP, an ultrasound (date + the weeks and days it measured), or both. */
export function DatingForm({ title, submitText, initial, busy, errors, onSubmit, onCancel }: Props) {
  const today = todayIn(new Date());
  const [form, setForm] = useState(() => ({
    lmp: initial?.lmp ?? '',
    scanDate: initial?.scanDate ?? '',
    scanWeeks: initial?.scanWeeks != null ? String(initial.scanWeeks) : '',
    scanDays: initial?.scanDays != null ? String(initial.scanDays) : '',
  }));
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);
  const { lmp, scanDate, scanWeeks, scanDays } = form;
  return (
    <View className='card dating-form'>
      <View className='card-title'>{title}</View>
      <View className='muted'>填写末次月经第一天；做过B超的，也可以填写B超日期和当时测得的孕周。两者都填时，相差较大会按B超推算。</View>
      <DateField {...field('lmp')} error={errors.lmp ?? errors._} label='末次月经第一天' end={today} />
      <DateField {...field('scanDate')} label='B超检查日期' end={today} />
      <View className='row dating-scan'>
        <TextField {...field('scanWeeks')} label='B超孕周（周）' type='number' maxlength={2} />
        <TextField {...field('scanDays')} label='B超孕周（天）' type='number' maxlength={1} />
      </View>
      <View className='form-actions'>
        {onCancel ? (
          <Press className='btn btn-secondary form-back' onClick={onCancel}>
            取消
          </Press>
        ) : null}
        <Press
          className='btn btn-primary form-next'
          disabled={busy}
          onClick={() =>
            onSubmit({ lmp: lmp || null, scanDate: scanDate || null, scanWeeks: toNumber(scanWeeks), scanDays: toNumber(scanDays) })
          }
        >
          {submitText}
        </Press>
      </View>
    </View>
  );
}
