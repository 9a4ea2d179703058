import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { BookVisitInput } from '@domain/nursery/types';
import { validate } from '@domain/validation';
import { bookVisitSchema } from '@domain/nursery/schema';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { nurseryService } from '@/services/nursery';
import { slotText } from '@/content/nursery';
import { OptionRows } from '../OptionRows';
import '../nursery.scss';
import { ContactPhoneField } from '../ContactPhoneField';
import { NurserySummary } from '../NurserySummary';
import { useRequestForm } from '../useRequestForm';

const VISITOR_OPTIONS = [
  { value: '1', label: '1人' },
  { value: '2', label: '2人' },
  { value: '3', label: '3人' },
];

export default function NurseryVisitPage() {
  const { nursery, kids, form, field, busy, send } = useRequestForm({ slotId: '', visitors: '1', childId: '', phone: '' });
  const n = nursery.data;

  if (!n) {
    return <PageShell load={[nursery, kids]} />;
  }

  const submit = async () => {
    const { slotId, visitors, childId, phone } = form;
    const input: BookVisitInput = { institutionId: n.id, slotId, visitors: Number(visitors) };
    if (childId) input.childId = childId;
    if (phone.trim()) input.phone = phone.trim();
    await send(validate(bookVisitSchema, input), (_, key) => nurseryService.bookVisit(input, key));
  };

  const slots = n.visitSlots.map((s) => {
    const left = Math.max(0, s.capacity - s.booked);
    return {
      value: s.id,
      label: slotText(s),
      detail: left > 0 ? `还可预约 ${left} 个家庭` : undefined,
      disabledReason: left > 0 ? undefined : '已约满',
    };
  });
  const children = kids.data ?? [];
  return (
    <PageShell load={[nursery, kids]}>
      <NurserySummary nursery={n} />
      {slots.length === 0 ? (
        <EmptyState title='暂无可预约的参观时段'>可以拨打 {n.phone} 与机构联系。</EmptyState>
      ) : (
        <View className='card'>
          <OptionRows {...field('slotId')} label='参观时段' required rows={slots} />
          <ChoiceField {...field('visitors')} label='来访成人人数' options={VISITOR_OPTIONS} />
          {children.length > 0 ? (
            <ChoiceField
              {...field('childId')}
              label='为哪个孩子参观（可不选）'
              options={[{ value: '', label: '不指定' }, ...children.map((c) => ({ value: c.id, label: c.name }))]}
            />
          ) : null}
          <ContactPhoneField {...field('phone')} />
          <Press className='btn btn-primary btn-block' disabled={busy} onClick={submit}>
            {busy ? '正在提交…' : '提交预约'}
          </Press>
        </View>
      )}
      <View className='muted nursery-note'>提交后由机构确认，确认结果会通知您，也可以在“办件”中查看。</View>
    </PageShell>
  );
}
