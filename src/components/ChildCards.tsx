import { View, Text } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';
import { accountService } from '@/services/account';
import { useLoad } from '@/hooks/useLoad';
import { Press } from './controls/Press';
import { EmptyState } from './EmptyState';
import { PageShell } from './PageShell';

interface Props {
  items: readonly ChildSummary[];
  /** What the card opens, e.g. 接种计划. */
  linkText: string;
  onOpen: (childId: string) => void;
}

/** The family's children, one card each that opens the child's page of a service. */
function ChildCards({ items, linkText, onOpen }: Props) {
  return (
    <>
      {items.map((c) => (
        <Press look='block' key={c.id} className='card' data-child={c.id} onClick={() => onOpen(c.id)}>
          <View className='row'>
            <Text className='card-title'>{c.name}</Text>
            <Text className='link'>{linkText} ›</Text>
          </View>
          <View className='muted'>出生日期 {c.birthDate}</View>
        </Press>
      ))}
    </>
  );
}

/** A child service's first page: the family's children to pick from, or what to do while there is none. */
export function ChildrenPage({ emptyText, linkText, onOpen }: Omit<Props, 'items'> & { emptyText: string }) {
  const children = useLoad(() => accountService.children());
  const list = children.data ?? [];
  return (
    <PageShell load={children}>
      {children.data && list.length === 0 ? <EmptyState title='还没有孩子的记录'>{emptyText}</EmptyState> : null}
      <ChildCards items={list} linkText={linkText} onOpen={onOpen} />
    </PageShell>
  );
}
