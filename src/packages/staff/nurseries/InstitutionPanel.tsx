import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { FilingStatus, InspectionResult, NurseryDetail } from '@domain/nursery/types';
import { FILING_STATUS_LABELS, OWNERSHIP_LABELS } from '@domain/nursery/labels';
import { inspectionSchema } from '@domain/nursery/schema';
import { townshipName } from '@domain/place/townships';
import { todayIn } from '@domain/dates';
import { strictFields, validate } from '@domain/validation';
import { InspectionLine } from '@/components/InspectionLine';
import { StatusTag } from '@/components/StatusTag';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { nurseryBureauService } from '@/services/nursery';
import { useStaffAction } from '../useStaffAction';
import { FILING_STATUS_OPTIONS, FILING_STATUS_TONES, INSPECTION_OPTIONS } from '@/content/nursery';

interface Props {
  nursery: NurseryDetail;
  onChanged: (n: NurseryDetail) => void;
  onEdit: () => void;
}

/** One institution for the bureau: its 备案, a status change with its reason, and inspections. */
export function InstitutionPanel({ nursery: n, onChanged, onEdit }: Props) {
  const today = todayIn(new Date());
  const [form, setForm] = useState({ status: n.filingStatus as string, reason: '', date: today, result: '', notes: '' });
  const { busy, act, errors, setErrors } = useStaffAction(onChanged);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const field = bindFields(form, set, errors);

  const changeStatus = async () => {
    const { status, reason } = form;
    if (status === n.filingStatus) return setErrors({ status: '备案状态没有变化' });
    if (!reason.trim()) return setErrors({ reason: '请填写变更原因' });
    if (await act(() => nurseryBureauService.setStatus(n.id, status as FilingStatus, reason.trim()), '已变更')) set({ reason: '' });
  };

  const record = async () => {
    const { date, result } = form;
    const inspection = { date, result, notes: form.notes.trim() };
    const checked = validate(strictFields('检查记录', inspectionSchema(today)), inspection);
    if (!checked.ok) return setErrors(checked.fields);
    if (await act(() => nurseryBureauService.recordInspection(n.id, { ...inspection, result: result as InspectionResult }), '已登记')) {
      set({ result: '', notes: '' });
    }
  };

  return (
    <View>
      <View className='card'>
        <View className='row institution-head'>
          <Text className='card-title'>{n.name}</Text>
          <StatusTag text={FILING_STATUS_LABELS[n.filingStatus]} tone={FILING_STATUS_TONES[n.filingStatus]} />
        </View>
        <View className='muted'>
          备案编号 {n.filingNumber} · {OWNERSHIP_LABELS[n.ownership]}
          {n.demonstration ? ' · 示范' : ''}
          {n.kindergartenClass ? ' · 幼儿园托班' : ''}
        </View>
        <View className='muted'>
          {townshipName(n.township)} {n.address} · {n.phone}
        </View>
        <View className='muted'>
          托位 {n.classes.reduce((s, c) => s + c.capacity, 0)} · 在托 {n.classes.reduce((s, c) => s + c.enrolled, 0)} · 保育人员{' '}
          {n.caregivers}
        </View>
        <Press className='btn btn-secondary btn-block' onClick={onEdit}>
          更正备案信息
        </Press>
      </View>

      <View className='card'>
        <View className='card-title'>变更备案状态</View>
        <ChoiceField {...field('status')} label='备案状态' options={FILING_STATUS_OPTIONS} />
        <TextField {...field('reason')} label='变更原因' required maxlength={200} placeholder='如 消防验收未通过，暂停备案' />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={changeStatus}>
          变更状态
        </Press>
        <View className='muted'>撤销或待补正的机构不再出现在家长的查询结果中。</View>
      </View>

      <View className='card'>
        <View className='card-title'>登记监督检查</View>
        <DateField {...field('date')} label='检查日期' required end={today} />
        <ChoiceField {...field('result')} label='检查结果' required options={INSPECTION_OPTIONS} />
        <TextField {...field('notes')} label='检查情况说明' maxlength={500} placeholder='如 消防通道畅通，晨检记录完整' />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={record}>
          登记检查结果
        </Press>
      </View>

      {n.inspections.length > 0 ? (
        <View className='card'>
          <View className='card-title'>检查记录</View>
          {n.inspections.map((i) => (
            <InspectionLine key={`${i.date}-${i.result}-${i.notes}`} inspection={i} className='institution-inspection' />
          ))}
        </View>
      ) : null}
    </View>
  );
}
