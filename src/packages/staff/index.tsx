import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { roleName } from '@/content/roles';
import { useMe } from '@/hooks/useMe';
import { STAFF_TOOLS } from './tools';

export default function StaffHomePage() {
  const { me } = useMe();
  const roles = me?.roles.map((r) => r.role) ?? [];
  const tools = STAFF_TOOLS.filter((t) => t.roles.some((r) => roles.includes(r)));

  return (
    <PageShell>
      <View className='card'>
        <View className='card-title'>{me?.name}</View>
        <View className='muted'>岗位：{roles.map(roleName).join('、') || '无'}</View>
      </View>
      {tools.length === 0 ? (
        <EmptyState title='暂无需要处理的事项'>您所在岗位目前没有待办的业务。</EmptyState>
      ) : (
        tools.map((t) => (
          <Press look='block' key={t.url} className='card' onClick={() => Taro.navigateTo({ url: t.url })}>
            <View className='row'>
              <Text className='card-title'>{t.title}</Text>
              <Text className='link'>›</Text>
            </View>
            <View className='muted'>{t.description}</View>
          </Press>
        ))
      )}
    </PageShell>
  );
}
