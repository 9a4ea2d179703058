import { memo } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryListItem } from '@domain/nursery/types';
import { distanceText, monthlyFeeRange, typeTags, vacancyText } from '@/content/nursery';

interface Props {
  item: NurseryListItem;
  onOpen: (id: string) => void;
}

/** One search result. Memoised: loading the next page must not re-render the ones already shown. */
function NurseryCardView({ item, onOpen }: Props) {
  return (
    <Press look='block' className='card nursery-card' data-nursery={item.id} onClick={() => onOpen(item.id)}>
      <View className='nursery-card-head'>
        <Text className='nursery-card-name'>{item.name}</Text>
        <Text className='nursery-distance'>{distanceText(item.distanceM)}</Text>
      </View>
      <View className='nursery-tags'>
        {typeTags(item).map((t) => (
          <Text key={t} className={`nursery-tag ${t === '示范' ? 'nursery-tag-star' : ''}`}>
            {t}
          </Text>
        ))}
        {item.grade ? <Text className='nursery-tag'>等级{item.grade}</Text> : null}
      </View>
      <View className='nursery-vacancies'>
        {item.classes.length === 0 ? (
          <Text className='muted'>没有适合这个月龄的班级</Text>
        ) : (
          item.classes.map((c) => (
            <Text key={c.kind} className={`nursery-vacancy ${c.vacancies > 0 ? 'nursery-vacancy-open' : ''}`}>
              {vacancyText(c.kind, c.vacancies)}
            </Text>
          ))
        )}
      </View>
      <View className='row nursery-card-foot'>
        <Text className='nursery-fee'>保育费 {monthlyFeeRange(item.careFeeFromFen, item.careFeeToFen)}</Text>
        <Text className='link'>详情 ›</Text>
      </View>
      <View className='muted nursery-address'>{item.address}</View>
    </Press>
  );
}

export const NurseryCard = memo(NurseryCardView);
