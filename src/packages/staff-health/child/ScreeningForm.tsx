import { useState } from 'react';
import { View } from '@tarojs/components';
import type { RecordScreeningRequest } from '@domain/api/contract';
import { SCREENING_LABELS as S } from '@domain/childHealth/labels';
import {
  SCREENING_KINDS,
  SCREENING_KIND_NAMES,
  SCREENING_RESULTS,
  SCREENING_RESULT_NAMES,
  SCREENING_ROUNDS,
  SCREENING_ROUND_NAMES,
} from '@domain/childHealth/newbornScreening';
import { todayIn } from '@domain/dates';
import type { FieldErrors } from '@domain/validation';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/TextField';

interface Props {
  childId: string;
  busy: boolean;
  errors: FieldErrors;
  onSubmit: (input: RecordScreeningRequest) => void;
  onCancel: () => void;
}

const KIND_OPTIONS = SCREENING_KINDS.map((k) => ({ value: k, label: SCREENING_KIND_NAMES[k] }));
const ROUND_OPTIONS = SCREENING_ROUNDS.map((k) => ({ value: k, label: SCREENING_ROUND_NAMES[k] }));
const RESULT_OPTIONS = SCREENING_RESULTS.map((k) => ({ value: k, label: SCREENING_RESULT_NAMES[k] }));

/** One round of a newborn screening; a result other than 通过 needs where the family should go. */
export function ScreeningForm({ childId, busy, errors, onSubmit, onCancel }: Props) {
  const [form, setForm] = useState(() => ({
    kind: '',
    round: 'initial',
    result: '',
    date: todayIn(new Date()),
    facility: '',
    recheckWhere: '',
  }));
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);
  const submit = () =>
    onSubmit({
      childId,
      kind: form.kind as RecordScreeningRequest['kind'],
      round: form.round as RecordScreeningRequest['round'],
      result: form.result as RecordScreeningRequest['result'],
      date: form.date,
      facility: form.facility,
      recheckWhere: form.recheckWhere.trim() === '' ? null : form.recheckWhere,
    });
  return (
    <View className='card record-screening'>
      <View className='card-title'>录入新生儿筛查结果</View>
      <ChoiceField {...field('kind')} label={S.kind} required options={KIND_OPTIONS} />
      <ChoiceField {...field('round')} label={S.round} required options={ROUND_OPTIONS} />
      <ChoiceField {...field('result')} label={S.result} required options={RESULT_OPTIONS} />
      <DateField {...field('date')} label={S.date} required end={todayIn(new Date())} />
      <TextField {...field('facility')} label={S.facility} required maxlength={50} />
      {form.result !== '' && form.result !== 'pass' ? (
        <TextField {...field('recheckWhere')} label={S.recheckWhere} required maxlength={100} />
      ) : null}
      <FormActions backText='取消' submitText='确认录入' busy={busy} onBack={onCancel} onSubmit={submit} />
    </View>
  );
}
