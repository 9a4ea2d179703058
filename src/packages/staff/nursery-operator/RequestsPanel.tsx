import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { OperatorRequestItem } from '@domain/nursery/types';
import { CARE_TYPE_LABELS, REQUEST_KIND_LABELS } from '@domain/nursery/labels';
import { EmptyState } from '@/components/EmptyState';
import { StatusTag } from '@/components/StatusTag';
import { TextField } from '@/components/form/TextField';
import { LoadState } from '@/components/LoadState';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { nurseryOperatorService } from '@/services/nursery';
import { formatInstant } from '@/services/format';
import { REQUEST_TONES, classWithAges, monthText, slotText } from '@/content/nursery';
import { RovingChips } from './RovingChips';

type Status = 'submitted' | 'accepted' | 'declined';
const TABS: { value: Status; label: string }[] = [
  { value: 'submitted', label: '待处理' },
  { value: 'accepted', label: '已确认' },
  { value: 'declined', label: '未通过' },
];

function Asked({ r }: { r: OperatorRequestItem }) {
  if (r.kind === 'visit') {
    return (
      <View>
        {r.slot ? slotText(r.slot) : ''} · {r.visitors}位成人{r.child ? ` · 孩子 ${r.child.name}` : ''}
      </View>
    );
  }
  return (
    <View>
      {r.child ? `${r.child.name}（${r.child.birthDate}出生）` : ''} · {r.classKind ? classWithAges(r.classKind) : ''} ·{' '}
      {r.careType ? CARE_TYPE_LABELS[r.careType] : ''} · {r.startMonth ? `${monthText(r.startMonth)}入托` : ''}
    </View>
  );
}

function RequestCard({ r, onDecided }: { r: OperatorRequestItem; onDecided: () => void }) {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { busy, run } = useSubmit({ onFieldErrors: (fields) => setError(fields.answer) });
  const decide = (decision: 'accept' | 'decline') =>
    run(async () => {
      setError(undefined);
      await nurseryOperatorService.decide(r.id, decision, answer.trim());
      showSuccess(decision === 'accept' ? '已确认' : '已答复');
      onDecided();
    });
  return (
    <View className='card operator-request' data-request={r.id}>
      <View className='row'>
        <Text className='card-title'>
          {REQUEST_KIND_LABELS[r.kind]} · {r.parentName}
        </Text>
        <StatusTag text={r.statusText} tone={REQUEST_TONES[r.status]} />
      </View>
      <Asked r={r} />
      {r.note ? <View className='muted'>家长留言：{r.note}</View> : null}
      <View className='muted'>
        {r.number} · {r.parentPhoneMasked ? `电话 ${r.parentPhoneMasked}` : '未留电话'} · 提交于 {formatInstant(r.createdAt)}
      </View>
      {r.answer ? <View className='operator-answer'>答复：{r.answer}</View> : null}
      {r.status === 'submitted' ? (
        <>
          <TextField
            name={`answer-${r.id}`}
            label='给家长的答复'
            maxlength={200}
            value={answer}
            onChange={setAnswer}
            error={error}
            placeholder={r.kind === 'visit' ? '如 请准时到前台登记，带好身份证' : '如 请于下月1日前来办理入托手续'}
          />
          <View className='operator-decide'>
            <Press className='btn btn-secondary' disabled={busy} onClick={() => decide('decline')}>
              不能安排
            </Press>
            <Press className='btn btn-primary' disabled={busy} onClick={() => decide('accept')}>
              {r.kind === 'visit' ? '确认参观' : '同意入托'}
            </Press>
          </View>
        </>
      ) : null}
    </View>
  );
}

/** Parents' visit bookings and place applications, by status; the open ones answered here. */
export function RequestsPanel() {
  const [status, setStatus] = useState<Status>('submitted');
  // Mounted after the page has shown (it waits for the institution), so it loads when mounted
  // rather than on the page's show; answers for a tab no longer picked are dropped.
  const requests = useLoad(() => nurseryOperatorService.requests(status), [status], { reloadOnShow: false });
  const list = requests.data;
  return (
    <View>
      <LoadState loads={[requests]} />
      <View className='choice-row operator-tabs' role='radiogroup' aria-label='状态'>
        <RovingChips options={TABS} value={status} onChange={setStatus} role='radio' chip='choice' />
      </View>
      {list && list.length === 0 ? <EmptyState title={status === 'submitted' ? '没有待处理的预约和申请' : '暂无记录'} /> : null}
      {(list ?? []).map((r) => (
        <RequestCard key={r.id} r={r} onDecided={() => void requests.reload()} />
      ))}
    </View>
  );
}
