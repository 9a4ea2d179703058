import { View, Text } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';
import { Press } from './controls/Press';

interface Props {
  items: readonly ChildSummary[];
  /** What the card opens, e.g. 接种计划. */
  linkText: string;
  onOpen: (childId: string) => void;
}

/** The family's children, one card each that opens the child's page of a service. */
export function ChildCards({ items, linkText, onOpen }: Props) {
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
