import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';
import { visitSlotSchema } from '@domain/nursery/schema';
import { shanghaiLocal } from '@domain/nursery/slotTime';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { TimeField } from '@/components/form/TimeField';
import { showSuccess } from '@/components/feedback';
import { nurseryOperatorService } from '@/services/nursery';
import { slotText } from '@/content/nursery';
import { useSubmit } from '@/hooks/useSubmit';

const DURATIONS = [
  { value: '30', label: '30分钟' },
  { value: '60', label: '1小时' },
  { value: '90', label: '1个半小时' },
];

/** The visit slots parents can book: the list, remove one, add one. */
export function SlotsPanel({ nursery, onChanged }: { nursery: NurseryDetail; onChanged: (n: NurseryDetail) => void }) {
  const [form, setForm] = useState({ date: '', time: '09:30', durationMin: '60', capacity: '5' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);

  const add = async () => {
    const input = {
      start: `${form.date}T${form.time}`,
      durationMin: Number(form.durationMin),
      capacity: /^\d+$/.test(form.capacity) ? Number(form.capacity) : Number.NaN,
    };
    const checked = validate(visitSlotSchema(shanghaiLocal(new Date())), input);
    if (!checked.ok) return setErrors(checked.fields);
    await run(async () => {
      setErrors({});
      onChanged(await nurseryOperatorService.addVisitSlot(input));
      showSuccess('已添加');
    });
  };

  const remove = async (slotId: string, booked: number) => {
    const asked = await Taro.showModal({
      title: '删除参观时段',
      content: booked > 0 ? `已有 ${booked} 个家庭预约了这个时段，删除前请先电话通知他们。确定删除吗？` : '确定删除这个参观时段吗？',
      confirmText: '删除',
    });
    if (!asked.confirm) return;
    await run(async () => {
      onChanged(await nurseryOperatorService.removeVisitSlot(slotId));
      showSuccess('已删除');
    });
  };

  return (
    <View>
      {nursery.visitSlots.length === 0 ? <EmptyState title='还没有参观时段'>添加后，家长可以在机构详情页预约参观。</EmptyState> : null}
      {nursery.visitSlots.length > 0 ? (
        <View className='card'>
          <View className='card-title'>已开放的参观时段</View>
          {nursery.visitSlots.map((s) => (
            <View key={s.id} className='row slot-row' data-slot={s.id}>
              <View>
                <View>{slotText(s)}</View>
                <Text className='muted'>
                  已预约 {s.booked} / {s.capacity} 个家庭
                </Text>
              </View>
              <Press look='inline' className='link slot-remove' onClick={() => remove(s.id, s.booked)}>
                删除
              </Press>
            </View>
          ))}
        </View>
      ) : null}
      <View className='card'>
        <View className='card-title'>添加参观时段</View>
        <DateField {...field('date')} label='日期' required start={todayIn(new Date())} error={errors.start} />
        <TimeField {...field('time')} label='开始时间' required />
        <ChoiceField {...field('durationMin')} label='时长' options={DURATIONS} />
        <TextField {...field('capacity')} label='可预约家庭数' type='number' maxlength={2} />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={add}>
          添加
        </Press>
      </View>
    </View>
  );
}
