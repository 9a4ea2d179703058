import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';
import type { ChildHealthQueueItem } from '@domain/childHealth/types';
import type { FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { childHealthStaffService } from '@/services/childHealth';
import { Press } from '@/components/controls/Press';

const open = (childId: string) => Taro.navigateTo({ url: `/packages/staff-health/child/index?childId=${childId}` });

function QueueList({ title, name, items, empty }: { title: string; name: string; items: readonly ChildHealthQueueItem[]; empty: string }) {
  return (
    <View className='card' data-queue={name}>
      <View className='card-title'>
        {title}（{items.length}）
      </View>
      {items.length === 0 ? <View className='muted'>{empty}</View> : null}
      {items.map((i) => (
        <Press look='block' key={`${i.child.id}-${i.title}`} className='queue-item' data-child={i.child.id} onClick={() => open(i.child.id)}>
          <View className='row'>
            <Text>
              {i.child.name}（{i.child.birthDate}）
            </Text>
            <Text className='link'>›</Text>
          </View>
          <View className='muted'>
            {i.title} · {i.dueBy ? `${i.date} 至 ${i.dueBy}` : i.date}
          </View>
        </Press>
      ))}
    </View>
  );
}

export default function ChildHealthQueuePage() {
  const queue = useLoad(() => childHealthStaffService.queue());
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const [found, setFound] = useState<ChildSummary[] | null>(null);

  const search = async () => {
    const query: { name?: string; birthDate?: string; idNumber?: string } = {};
    if (name.trim()) query.name = name.trim();
    if (birthDate) query.birthDate = birthDate;
    if (idNumber.trim()) query.idNumber = idNumber.trim();
    await run(async () => {
      setErrors({});
      setFound(await childHealthStaffService.findChildren(query));
    });
  };
  const q = queue.data;

  return (
    <PageShell load={queue}>
      <View className='card'>
        <View className='card-title'>查找儿童</View>
        <View className='muted'>按姓名和出生日期查找，或输入孩子的公民身份号码。每次查找和查阅都记入审计日志。</View>
        <TextField name='name' label='孩子姓名' value={name} onChange={setName} error={errors.name} maxlength={50} />
        <DateField name='birthDate' label='出生日期' value={birthDate} onChange={setBirthDate} error={errors.birthDate} />
        <TextField name='idNumber' label='公民身份号码' type='idcard' maxlength={18} value={idNumber} onChange={setIdNumber} error={errors.idNumber ?? errors._} />
        <Press className='btn btn-primary btn-block' disabled={busy || undefined} onClick={search}>
          查找
        </Press>
      </View>
      {found && found.length === 0 ? <EmptyState title='没有找到'>请核对姓名和出生日期。</EmptyState> : null}
      {(found ?? []).map((c) => (
        <Press look='block' key={c.id} className='card' data-found-child={c.id} onClick={() => open(c.id)}>
          <View className='row'>
            <Text className='card-title'>{c.name}</Text>
            <Text className='link'>健康检查 ›</Text>
          </View>
          <View className='muted'>
            出生日期 {c.birthDate}
            {c.idNumberMasked ? ` · ${c.idNumberMasked}` : ''}
          </View>
        </Press>
      ))}
      {q ? (
        <View>
          <QueueList title={`本周应检（${q.today} 至 ${q.weekEnd}）`} name='due' items={q.due} empty='本周没有应做的检查。' />
          <QueueList title='已过时间未检' name='overdue' items={q.overdue} empty='没有逾期的检查。' />
          <QueueList title='生长监测需关注' name='flagged' items={q.flagged} empty='近180天没有需要关注的测量。' />
          <QueueList title='新生儿筛查待复查' name='screenings' items={q.screenings} empty='没有待复查的筛查。' />
        </View>
      ) : null}
    </PageShell>
  );
}
