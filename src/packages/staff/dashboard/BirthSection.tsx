import { View, Text } from '@tarojs/components';
import type { BirthFigures } from '@domain/dashboard/types';
import { SEX_RATIO_WITHHELD_TEXT, sexRatioFigure } from '@domain/dashboard/sexRatio';
import { ethnicityName } from '@domain/people/ethnicities';
import { TOWNSHIP_CODES, townshipName } from '@domain/place/townships';
import { BarList } from '@/components/charts/BarList';
import { MonthBars } from '@/components/charts/MonthBars';
import { RatioGauge } from '@/components/charts/RatioGauge';
import { shareText } from './share';

/** 出生人口: by month, by township (county view), by birth order, sex ratio, ethnic groups. */
export function BirthSection({ births, county }: { births: BirthFigures; county: boolean }) {
  const { byOrder, sex } = births;
  const ratio = sexRatioFigure(sex.boys, sex.girls);
  const townships = [...births.byTownship].sort(
    (a, b) => b.count - a.count || TOWNSHIP_CODES.indexOf(a.township) - TOWNSHIP_CODES.indexOf(b.township),
  );
  const orders = [
    { key: 'first', label: '一孩', value: byOrder.first },
    { key: 'second', label: '二孩', value: byOrder.second },
    { key: 'thirdPlus', label: '三孩及以上', value: byOrder.thirdPlus },
    ...(byOrder.unknown > 0 ? [{ key: 'unknown', label: '孩次不详', value: byOrder.unknown, tone: 'muted' as const }] : []),
  ];
  return (
    <View className='dashboard-section' data-section='births'>
      <View className='section-title'>出生人口</View>
      <View className='card'>
        <View className='card-title'>按月出生数</View>
        <MonthBars months={births.byMonth} />
      </View>
      {county ? (
        <View className='card'>
          <View className='card-title'>按乡镇出生数</View>
          <BarList bars={townships.map((t) => ({ key: t.township, label: townshipName(t.township), value: t.count }))} />
        </View>
      ) : null}
      <View className='card'>
        <View className='card-title'>孩次结构</View>
        <BarList bars={orders.map((o) => ({ ...o, text: shareText(o.value, births.total) }))} max={births.total} />
      </View>
      <View className='card' data-card='sex-ratio'>
        <View className='card-title'>出生人口性别比</View>
        <RatioGauge
          ratio={ratio.kind === 'shown' ? ratio.ratio : null}
          low={sex.normalRange.low}
          high={sex.normalRange.high}
          emptyText={SEX_RATIO_WITHHELD_TEXT}
        />
        <View className='dashboard-facts'>
          <Text>男婴 {sex.boys}</Text>
          <Text>女婴 {sex.girls}</Text>
          {sex.unknown > 0 ? <Text>性别不详 {sex.unknown}</Text> : null}
        </View>
        <View className='dashboard-source'>性别比 = 每100名女婴对应的男婴数。{sex.normalRange.source}</View>
      </View>
      <View className='card'>
        <View className='card-title'>民族构成</View>
        <BarList
          bars={births.byEthnicity.map((e) => ({
            key: e.ethnicity,
            label: ethnicityName(e.ethnicity) ?? '未登记',
            value: e.count,
            text: shareText(e.count, births.total),
          }))}
          max={births.total}
        />
      </View>
    </View>
  );
}
