import { View, Text } from '@tarojs/components';
import type { MonthCount } from '@domain/dashboard/types';
import { barPercent } from './BarList';
import './MonthBars.scss';

// Many months scroll sideways: a tab stop lets the keyboard scroll them (Taro's View writes tabIndex as tab-index).
const KEYBOARD_SCROLL = { tabindex: '0' };

/**
 * Vertical bars, one per month, each with its count above and the month below. The year is written
 * under the first month and under each January. Many months (or elder mode) scroll sideways.
 */
export function MonthBars({ months, emptyText = '暂无数据' }: { months: readonly MonthCount[]; emptyText?: string }) {
  if (months.length === 0) return <View className='month-bars-empty'>{emptyText}</View>;
  const scale = Math.max(...months.map((m) => m.count));
  return (
    <View className='month-bars' role='region' aria-label='按月统计（可左右滚动）' {...KEYBOARD_SCROLL}>
      <View className='month-bars-row'>
        {months.map((m, i) => {
          const [year, month] = m.month.split('-');
          const showYear = i === 0 || month === '01';
          return (
            <View key={m.month} className='month-bar' data-month={m.month}>
              <Text className='month-bar-count'>{m.count}</Text>
              <View className='month-bar-track'>
                <View className='month-bar-fill' style={{ height: `${barPercent(m.count, scale)}%` }} />
              </View>
              <Text className='month-bar-label'>{Number(month)}月</Text>
              <Text className='month-bar-year'>{showYear ? year : '\u00a0'}</Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}
