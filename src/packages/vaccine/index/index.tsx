import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { accountService } from '@/services/account';
import { pageUrl } from '@domain/routes';

export default function VaccineChildrenPage() {
  const children = useLoad(() => accountService.children());
  const list = children.data ?? [];
  return (
    <PageShell load={children}>
      {children.data && list.length === 0 ? (
        <EmptyState title='还没有孩子的记录'>办理“出生一件事”或在生育登记中填写已有子女后，这里会显示每个孩子的接种计划。</EmptyState>
      ) : null}
      {list.map((c) => (
        <Press
          look='block'
          key={c.id}
          className='card'
          data-child={c.id}
          onClick={() => Taro.navigateTo({ url: pageUrl('/packages/vaccine/calendar/index', { childId: c.id }) })}
        >
          <View className='row'>
            <Text className='card-title'>{c.name}</Text>
            <Text className='link'>接种计划 ›</Text>
          </View>
          <View className='muted'>出生日期 {c.birthDate}</View>
        </Press>
      ))}
    </PageShell>
  );
}
