import { View, Text } from '@tarojs/components';
import type { NurseryClass } from '@domain/nursery/types';
import { formatYuan } from '@domain/money';
import { classWithAges } from '@/content/nursery';

/** One row per class: the ages it takes, places, children enrolled, vacancies and the monthly 保育费. */
export function ClassTable({ classes }: { classes: readonly NurseryClass[] }) {
  if (classes.length === 0) return <View className='muted'>机构尚未登记班级</View>;
  return (
    <View className='nursery-classes'>
      {classes.map((c) => (
        <View key={c.kind} className='nursery-class' data-class={c.kind}>
          <View className='row'>
            <Text className='nursery-class-name'>{classWithAges(c.kind)}</Text>
            <Text className={c.vacancies > 0 ? 'nursery-class-open' : 'muted'}>{c.vacancies > 0 ? `空位 ${c.vacancies}` : '满员'}</Text>
          </View>
          <View className='row muted'>
            <Text>
              托位 {c.capacity} · 在托 {c.enrolled}
            </Text>
            <Text className='nursery-class-fee'>保育费 每月 {formatYuan(c.careFeeMonthlyFen)}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
