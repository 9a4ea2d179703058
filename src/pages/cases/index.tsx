import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useUnread } from '@/hooks/useUnread';
import { accountService } from '@/services/account';
import { goSignIn } from '@/services/signInRoute';
import { formatInstant } from '@/services/format';
import { caseTone } from './caseTone';

export default function CasesPage() {
  const { signedIn } = useMe();
  useUnread();
  const cases = useLoad(() => accountService.myCases(), [], { enabled: signedIn });

  if (!signedIn) {
    return (
      <PageShell>
        <EmptyState title='登录后查看办件'>您办理的每一件事都会列在这里。</EmptyState>
        <Press className='btn btn-primary btn-block' onClick={() => goSignIn()}>
          登录
        </Press>
      </PageShell>
    );
  }

  const list = cases.data ?? [];
  return (
    <PageShell load={cases}>
      {cases.data && list.length === 0 ? <EmptyState title='还没有办件'>在首页选择要办理的服务，提交后会出现在这里。</EmptyState> : null}
      {list.map((c) => (
        <Press look='block' key={c.id} className='card case-item' data-case={c.kind} onClick={() => Taro.navigateTo({ url: c.link })}>
          <View className='row'>
            <Text className='card-title'>{c.title}</Text>
            <StatusTag text={c.statusText} tone={caseTone(c.status)} />
          </View>
          <View className='muted'>更新于 {formatInstant(c.updatedAt)}</View>
        </Press>
      ))}
    </PageShell>
  );
}
