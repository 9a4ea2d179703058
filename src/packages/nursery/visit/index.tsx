import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { BookVisitInput } from '@domain/nursery/types';
import { validate, type FieldErrors } from '@domain/validation';
import { bookVisitSchema } from '@domain/nursery/schema';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { accountService } from '@/services/account';
import { nurseryService } from '@/services/nursery';
import { newIdempotencyKey } from '@/services/transport';
import { slotText } from '@/content/nursery';
import { OptionRows } from '../OptionRows';
import '../nursery.scss';
import { pageUrl } from '@domain/routes';
import { ContactPhoneField } from '../ContactPhoneField';

const VISITOR_OPTIONS = [
  { value: '1', label: '1人' },
  { value: '2', label: '2人' },
  { value: '3', label: '3人' },
];

export default function NurseryVisitPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { me } = useMe();
  const nursery = useLoad(() => nurseryService.detail(id));
  const kids = useLoad(() => accountService.children(), [], { enabled: me?.verified === true });
  const [slotId, setSlotId] = useState('');
  const [visitors, setVisitors] = useState('1');
  const [childId, setChildId] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  // One key for this booking: a retry after a lost answer cannot book twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const n = nursery.data;

  if (!n) {
    return <PageShell load={[nursery, kids]} />;
  }

  const submit = async () => {
    const input: BookVisitInput = { institutionId: n.id, slotId, visitors: Number(visitors) };
    if (childId) input.childId = childId;
    if (phone.trim()) input.phone = phone.trim();
    const checked = validate(bookVisitSchema, input);
    if (!checked.ok) return setErrors(checked.fields);
    await run(async () => {
      setErrors({});
      const request = await nurseryService.bookVisit(input, idempotencyKey);
      await Taro.redirectTo({ url: pageUrl('/packages/nursery/request/index', { id: request.id, fresh: 1 }) });
    });
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
      <View className='card nursery-summary'>
        <View className='card-title'>{n.name}</View>
        <View className='muted'>{n.address}</View>
      </View>
      {slots.length === 0 ? (
        <EmptyState title='暂无可预约的参观时段'>可以拨打 {n.phone} 与机构联系。</EmptyState>
      ) : (
        <View className='card'>
          <OptionRows name='slotId' label='参观时段' required value={slotId} rows={slots} onChange={setSlotId} error={errors.slotId} />
          <ChoiceField
            name='visitors'
            label='来访成人人数'
            value={visitors}
            options={VISITOR_OPTIONS}
            onChange={setVisitors}
            error={errors.visitors}
          />
          {children.length > 0 ? (
            <ChoiceField
              name='childId'
              label='为哪个孩子参观（可不选）'
              value={childId}
              options={[{ value: '', label: '不指定' }, ...children.map((c) => ({ value: c.id, label: c.name }))]}
              onChange={setChildId}
              error={errors.childId}
            />
          ) : null}
          <ContactPhoneField value={phone} onChange={setPhone} error={errors.phone} />
          <Press className='btn btn-primary btn-block' disabled={busy} onClick={submit}>
            {busy ? '正在提交…' : '提交预约'}
          </Press>
        </View>
      )}
      <View className='muted nursery-note'>提交后由机构确认，确认结果会通知您，也可以在“办件”中查看。</View>
    </PageShell>
  );
}
