import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { DueItem } from '@domain/children/types';
import { todayIn } from '@domain/dates';
import { formatShortDate } from '@/services/format';

const SHOWN = 5;

/** The home page's first card: what each child needs next, soonest first, one tap from doing it. */
export function DueNextCard({ items }: { items: DueItem[] }) {
  const today = todayIn(new Date());
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <View className='card due-card'>
      <View className='card-title'>接下来要办</View>
      {shown.map((item) => (
        <Press
          look='block'
          key={item.key}
          className={`due-item ${item.overdue ? 'due-overdue' : ''}`}
          data-due={item.kind}
          onClick={() => Taro.navigateTo({ url: item.link })}
        >
          <View className='due-date'>
            {item.overdue ? (
              '已逾期'
            ) : item.kind === 'bundle_fix' ? (
              '待补正'
            ) : (
              <>
                {formatShortDate(item.date, today)}
                <View className='muted'>{item.dateKind === 'by' ? '前完成' : '起可办'}</View>
              </>
            )}
          </View>
          <View className='due-body'>
            <View className='due-title'>{item.title}</View>
            <View className='muted'>{item.childName}</View>
          </View>
          <Text className='link'>›</Text>
        </Press>
      ))}
      {items.length > shown.length ? (
        <Press look='block' className='link due-more' onClick={() => setAll(true)}>
          还有 {items.length - shown.length} 项，全部显示
        </Press>
      ) : null}
    </View>
  );
}
