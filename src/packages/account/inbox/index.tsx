import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { InboxMessage } from '@domain/api/contract';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { accountService } from '@/services/account';
import { formatInstant } from '@/services/format';

export default function InboxPage() {
  const inbox = useLoad(() => accountService.inbox());

  const open = async (m: InboxMessage) => {
    if (!m.read) {
      await accountService.markRead(m.id).catch(() => undefined);
      inbox.setData((inbox.data ?? []).map((x) => (x.id === m.id ? { ...x, read: true } : x)));
    }
    if (m.link) void Taro.navigateTo({ url: m.link });
  };

  return (
    <PageShell load={inbox}>
      {inbox.data && inbox.data.length === 0 ? <EmptyState title='暂无消息'>办件有进展时会通知您。</EmptyState> : null}
      {(inbox.data ?? []).map((m) => (
        <Press look='block' key={m.id} className='card' onClick={() => open(m)}>
          <View className='row'>
            <Text className='card-title'>
              {m.read ? '' : '● '}
              {m.title}
            </Text>
          </View>
          <View>{m.body}</View>
          <View className='muted'>{formatInstant(m.createdAt)}</View>
        </Press>
      ))}
    </PageShell>
  );
}
