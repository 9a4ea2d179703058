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
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { Press } from '@/components/controls/Press';

interface Props {
  childId: string;
  busy: boolean;
  errors: FieldErrors;
  onSubmit: (input: RecordScreeningRequest) => void;
  onCancel: () => void;
}

/** One round of a newborn screening; a result other than 通过 needs where the family should go. */
export function ScreeningForm({ childId, busy, errors, onSubmit, onCancel }: Props) {
  const [kind, setKind] = useState('');
  const [round, setRound] = useState('initial');
  const [result, setResult] = useState('');
  const [date, setDate] = useState(todayIn(new Date()));
  const [facility, setFacility] = useState('');
  const [where, setWhere] = useState('');
  const submit = () =>
    onSubmit({
      childId,
      kind: kind as RecordScreeningRequest['kind'],
      round: round as RecordScreeningRequest['round'],
      result: result as RecordScreeningRequest['result'],
      date,
      facility,
      recheckWhere: where.trim() === '' ? null : where,
    });
  return (
    <View className='card record-screening'>
      <View className='card-title'>录入新生儿筛查结果</View>
      <ChoiceField
        name='kind'
        label={S.kind}
        required
        value={kind}
        options={SCREENING_KINDS.map((k) => ({ value: k, label: SCREENING_KIND_NAMES[k] }))}
        onChange={setKind}
        error={errors.kind}
      />
      <ChoiceField
        name='round'
        label={S.round}
        required
        value={round}
        options={SCREENING_ROUNDS.map((k) => ({ value: k, label: SCREENING_ROUND_NAMES[k] }))}
        onChange={setRound}
        error={errors.round}
      />
      <ChoiceField
        name='result'
        label={S.result}
        required
        value={result}
        options={SCREENING_RESULTS.map((k) => ({ value: k, label: SCREENING_RESULT_NAMES[k] }))}
        onChange={setResult}
        error={errors.result}
      />
      <DateField name='date' label={S.date} required value={date} end={todayIn(new Date())} onChange={setDate} error={errors.date} />
      <TextField
        name='facility'
        label={S.facility}
        required
        value={facility}
        onChange={setFacility}
        error={errors.facility}
        maxlength={50}
      />
      {result !== '' && result !== 'pass' ? (
        <TextField
          name='recheckWhere'
          label={S.recheckWhere}
          required
          value={where}
          onChange={setWhere}
          error={errors.recheckWhere}
          maxlength={100}
        />
      ) : null}
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
