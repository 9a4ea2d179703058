import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { todayIn } from '@domain/dates';
import { formatYuan } from '@domain/money';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { ChoiceField } from '@/components/form/ChoiceField';
import { useLoad } from '@/hooks/useLoad';
import { formatDate } from '@/services/format';
import { subsidyStaffService } from '@/services/subsidy';
import { waitingText } from '../waiting';
import './index.scss';
import { pageUrl } from '@domain/routes';

type Filter = 'all' | 'submitted' | 'under_review';

const FILTERS = [
  { value: 'all', label: '全部' },
  { value: 'submitted', label: '待受理' },
  { value: 'under_review', label: '审核中' },
];

export default function SubsidyQueuePage() {
  const [filter, setFilter] = useState<Filter>('all');
  const queue = useLoad(() => subsidyStaffService.queue(filter === 'all' ? undefined : filter), [filter]);
  const now = new Date();
  const today = todayIn(now);
  const items = queue.data ?? [];
  const overdue = items.filter((i) => i.reviewDueBy < today).length;

  return (
    <PageShell load={queue}>
      <View className='card'>
        <ChoiceField name='status' label='状态' value={filter} options={FILTERS} onChange={(v) => setFilter(v as Filter)} />
      </View>
      <View className='section-title'>
        补贴申领 · 待办 {items.length} 件{overdue > 0 ? `，其中 ${overdue} 件已超期` : ''}（最早提交的在前）
      </View>
      {queue.data && items.length === 0 ? <EmptyState title='暂无待办'>新的补贴申领到达时会出现在这里。</EmptyState> : null}
      {items.map((item) => {
        const late = item.reviewDueBy < today;
        return (
          <Press
            look='block'
            key={item.id}
            className={`card sq-item ${late ? 'sq-late' : ''}`}
            data-application={item.number}
            onClick={() => Taro.navigateTo({ url: pageUrl('/packages/staff/subsidy-review/index', { id: item.id }) })}
          >
            <View className='row'>
              <Text className='card-title'>{item.childName}</Text>
              <StatusTag text={item.status === 'submitted' ? '待受理' : '审核中'} tone='pending' />
            </View>
            <View className='row sq-money'>
              <Text className='muted'>{item.ruleNames.join('、')}</Text>
              <Text className='sq-total'>{formatYuan(item.totalFen)}</Text>
            </View>
            <View className='muted'>
              {item.number} · 出生日期 {item.childBirthDate}
            </View>
            <View className='row sq-time'>
              <Text className='muted'>{waitingText(item.submittedAt, now)}</Text>
              <Text className={late ? 'sq-due-late' : 'muted'}>
                {late ? '已超期 · ' : ''}
                {formatDate(item.reviewDueBy)}前审结
              </Text>
            </View>
          </Press>
        );
      })}
    </PageShell>
  );
}
