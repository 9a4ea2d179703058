import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ChildHealthQueueItem } from '@domain/childHealth/types';
import { ChildFinder } from '@/components/ChildFinder';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { childHealthStaffService } from '@/services/childHealth';
import { Press } from '@/components/controls/Press';
import { pageUrl } from '@domain/routes';

const open = (childId: string) => Taro.navigateTo({ url: pageUrl('/packages/staff-health/child/index', { childId }) });

function QueueList({ title, name, items, empty }: { title: string; name: string; items: readonly ChildHealthQueueItem[]; empty: string }) {
  return (
    <View className='card' data-queue={name}>
      <View className='card-title'>
        {title}（{items.length}）
      </View>
      {items.length === 0 ? <View className='muted'>{empty}</View> : null}
      {items.map((i) => (
        <Press
          look='block'
          key={`${i.child.id}-${i.title}`}
          className='queue-item'
          data-child={i.child.id}
          onClick={() => open(i.child.id)}
        >
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
  const q = queue.data;

  return (
    <PageShell load={queue}>
      <ChildFinder
        title='查找儿童'
        note='每次查找和查阅都记入审计日志。'
        find={(query) => childHealthStaffService.findChildren(query)}
        opens='健康检查'
        onOpen={open}
      />
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
