import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ChildCheckView } from '@domain/childHealth/childCheckCalendar';
import { DEVELOPMENT_NAMES, DEVELOPMENT_RESULTS, FEEDING_KINDS, FEEDING_NAMES, RECORD_LABELS } from '@domain/childHealth/labels';
import { todayIn } from '@domain/dates';
import type { RecordCheckRequest } from '@domain/api/contract';
import type { FieldErrors } from '@domain/validation';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { Press } from '@/components/controls/Press';

interface Props {
  childId: string;
  check: ChildCheckView;
  busy: boolean;
  errors: FieldErrors;
  onSubmit: (input: RecordCheckRequest) => void;
  onCancel: () => void;
}

/** A number typed in a text box: '' is "not measured"; anything else goes to the server as typed, which says what is wrong. */
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** One check's record: the measurements are checked on the server against the growth standard (its tables stay on the server). */
export function CheckForm({ childId, check, busy, errors, onSubmit, onCancel }: Props) {
  const [date, setDate] = useState(todayIn(new Date()));
  const [facility, setFacility] = useState('');
  const [weight, setWeight] = useState('');
  const [length, setLength] = useState('');
  const [position, setPosition] = useState('lying');
  const [head, setHead] = useState('');
  const [feeding, setFeeding] = useState('');
  const [development, setDevelopment] = useState('');
  const [referral, setReferral] = useState('');
  const e = (k: string) => errors[`measurements.${k}`];

  const submit = () =>
    onSubmit({
      childId,
      checkId: check.checkId,
      facility,
      measurements: {
        date,
        weightKg: num(weight),
        lengthCm: num(length),
        position: length.trim() === '' ? null : (position as 'lying' | 'standing'),
        headCm: num(head),
      },
      feeding: (feeding || null) as RecordCheckRequest['feeding'],
      development: development as RecordCheckRequest['development'],
      referral: referral.trim() === '' ? null : referral,
    });

  return (
    <View className='card record-check' data-record-check={check.checkId}>
      <View className='card-title'>录入：{check.title}</View>
      <View className='muted'>
        时间窗 {check.dueFrom} 至 {check.dueBy}
      </View>
      <DateField name='date' label='检查日期' required value={date} end={todayIn(new Date())} onChange={setDate} error={e('date')} />
      <TextField
        name='facility'
        label={RECORD_LABELS.facility}
        required
        value={facility}
        onChange={setFacility}
        error={errors.facility}
        maxlength={50}
      />
      <TextField
        name='weightKg'
        label='体重（千克）'
        type='digit'
        value={weight}
        onChange={setWeight}
        error={e('weightKg')}
        maxlength={6}
      />
      <TextField
        name='lengthCm'
        label='身长/身高（厘米）'
        type='digit'
        value={length}
        onChange={setLength}
        error={e('lengthCm')}
        maxlength={6}
      />
      <ChoiceField
        name='position'
        label='测量方式'
        value={position}
        options={[
          { value: 'lying', label: '卧位（身长）' },
          { value: 'standing', label: '立位（身高）' },
        ]}
        onChange={setPosition}
        error={e('position')}
      />
      <TextField name='headCm' label='头围（厘米）' type='digit' value={head} onChange={setHead} error={e('headCm')} maxlength={5} />
      {errors.measurements ? <View className='field-error'>{errors.measurements}</View> : null}
      <ChoiceField
        name='feeding'
        label={RECORD_LABELS.feeding}
        value={feeding}
        options={FEEDING_KINDS.map((k) => ({ value: k, label: FEEDING_NAMES[k] }))}
        onChange={setFeeding}
        error={errors.feeding}
      />
      <ChoiceField
        name='development'
        label={RECORD_LABELS.development}
        required
        value={development}
        options={DEVELOPMENT_RESULTS.map((k) => ({ value: k, label: DEVELOPMENT_NAMES[k] }))}
        onChange={setDevelopment}
        error={errors.development}
      />
      <TextField
        name='referral'
        label='转诊（机构和原因，无则不填）'
        value={referral}
        onChange={setReferral}
        error={errors.referral}
        maxlength={100}
      />
      <View className='form-actions'>
        <Press className='btn btn-secondary form-back' onClick={onCancel}>
          取消
        </Press>
        <Press className='btn btn-primary form-next' disabled={busy} onClick={submit}>
          确认录入
        </Press>
      </View>
    </View>
  );
}
