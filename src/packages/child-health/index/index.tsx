import Taro from '@tarojs/taro';
import { ChildCards } from '@/components/ChildCards';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { accountService } from '@/services/account';
import { pageUrl } from '@domain/routes';

export default function ChildHealthChildrenPage() {
  const children = useLoad(() => accountService.children());
  const list = children.data ?? [];
  return (
    <PageShell load={children}>
      {children.data && list.length === 0 ? (
        <EmptyState title='还没有孩子的记录'>
          办理“出生一件事”或在生育登记中填写已有子女后，这里会显示每个孩子的健康检查和生长曲线。
        </EmptyState>
      ) : null}
      <ChildCards
        items={list}
        linkText='健康检查'
        onOpen={(childId) => Taro.navigateTo({ url: pageUrl('/packages/child-health/child/index', { childId }) })}
      />
    </PageShell>
  );
}
