import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ChildCheckView } from '@domain/childHealth/childCheckCalendar';
import { DEVELOPMENT_NAMES, DEVELOPMENT_RESULTS, FEEDING_KINDS, FEEDING_NAMES, RECORD_LABELS } from '@domain/childHealth/labels';
import { todayIn } from '@domain/dates';
import type { RecordCheckRequest } from '@domain/api/contract';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/TextField';

interface Props {
  childId: string;
  check: ChildCheckView;
  busy: boolean;
  errors: FieldErrors;
  onSubmit: (input: RecordCheckRequest) => void;
  onCancel: () => void;
}

const POSITION_OPTIONS = [
  { value: 'lying', label: '卧位（身长）' },
  { value: 'standing', label: '立位（身高）' },
];
const FEEDING_OPTIONS = FEEDING_KINDS.map((k) => ({ value: k, label: FEEDING_NAMES[k] }));
const DEVELOPMENT_OPTIONS = DEVELOPMENT_RESULTS.map((k) => ({ value: k, label: DEVELOPMENT_NAMES[k] }));

const MEASUREMENTS = 'measurements.';

/** A number typed in a text box: '' is "not measured"; anything else goes to the server as typed, which says what is wrong. */
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** One check's record: the measurements are checked on the server against the growth standard (its tables stay on the server). */
export function CheckForm({ childId, check, busy, errors, onSubmit, onCancel }: Props) {
  const [form, setForm] = useState(() => ({
    date: todayIn(new Date()),
    facility: '',
    weightKg: '',
    lengthCm: '',
    position: 'lying',
    headCm: '',
    feeding: '',
    development: '',
    referral: '',
  }));
  // The server names a measurement's error by its path under measurements; its field keeps the short name.
  const measured = Object.entries(errors).filter(([k]) => k.startsWith(MEASUREMENTS));
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), {
    ...errors,
    ...Object.fromEntries(measured.map(([k, v]) => [k.slice(MEASUREMENTS.length), v])),
  });

  const submit = () =>
    onSubmit({
      childId,
      checkId: check.checkId,
      facility: form.facility,
      measurements: {
        date: form.date,
        weightKg: num(form.weightKg),
        lengthCm: num(form.lengthCm),
        position: form.lengthCm.trim() === '' ? null : (form.position as 'lying' | 'standing'),
        headCm: num(form.headCm),
      },
      feeding: (form.feeding || null) as RecordCheckRequest['feeding'],
      development: form.development as RecordCheckRequest['development'],
      referral: form.referral.trim() === '' ? null : form.referral,
    });

  return (
    <View className='card record-check' data-record-check={check.checkId}>
      <View className='card-title'>录入：{check.title}</View>
      <View className='muted'>
        时间窗 {check.dueFrom} 至 {check.dueBy}
      </View>
      <DateField {...field('date')} label='检查日期' required end={todayIn(new Date())} />
      <TextField {...field('facility')} label={RECORD_LABELS.facility} required maxlength={50} />
      <TextField {...field('weightKg')} label='体重（千克）' type='digit' maxlength={6} />
      <TextField {...field('lengthCm')} label='身长/身高（厘米）' type='digit' maxlength={6} />
      <ChoiceField {...field('position')} label='测量方式' options={POSITION_OPTIONS} />
      <TextField {...field('headCm')} label='头围（厘米）' type='digit' maxlength={5} />
      {errors.measurements ? <View className='field-error'>{errors.measurements}</View> : null}
      <ChoiceField {...field('feeding')} label={RECORD_LABELS.feeding} options={FEEDING_OPTIONS} />
      <ChoiceField {...field('development')} label={RECORD_LABELS.development} required options={DEVELOPMENT_OPTIONS} />
      <TextField {...field('referral')} label='转诊（机构和原因，无则不填）' maxlength={100} />
      <FormActions backText='取消' submitText='确认录入' busy={busy} onBack={onCancel} onSubmit={submit} />
    </View>
  );
}
