import { View } from '@tarojs/components';
import type { NurseryFigures } from '@domain/dashboard/types';
import { className } from '@domain/nursery/classRules';
import { BarList } from '@/components/charts/BarList';
import { TargetBar } from '@/components/charts/TargetBar';
import { groupDigits } from './share';

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** 托育: slots per 1000 residents against the plan, 附件2's yearly targets, vacancies by class. */
export function NurserySection({ nurseries, county }: { nurseries: NurseryFigures; county: boolean }) {
  const { targets } = nurseries;
  const per1000 = [
    { name: 'per1000', label: '托位', value: nurseries.slotsPer1000, target: targets.per1000 },
    { name: 'puhuiPer1000', label: '普惠性托位', value: nurseries.puhuiPer1000, target: targets.puhuiPer1000 },
  ];
  return (
    <View className='dashboard-section' data-section='nurseries'>
      <View className='section-title'>托育服务</View>
      <View className='card'>
        <View className='card-title'>每千常住人口托位数</View>
        <View className='muted'>
          常住人口 {groupDigits(nurseries.residents)} 人 · 托位 {nurseries.slots} 个（其中普惠性 {nurseries.puhuiSlots} 个）
        </View>
        {per1000.map((bar) => (
          <TargetBar key={bar.name} {...bar} format={oneDecimal} unit=' 个/千人' />
        ))}
        <View className='dashboard-source'>{targets.source}</View>
      </View>
      <View className='card'>
        <View className='card-title'>年度托位建设任务（附件2）</View>
        {county ? (
          <>
            {nurseries.yearly.map((y) => (
              <View key={y.year} className='nursery-year' data-year={y.year}>
                <View className='nursery-year-title'>{y.year}年任务</View>
                <TargetBar name={`slots-${y.year}`} label='托位总数' value={nurseries.slots} target={y.slots} unit=' 个' />
                <TargetBar name={`puhui-${y.year}`} label='普惠性托位' value={nurseries.puhuiSlots} target={y.puhuiSlots} unit=' 个' />
              </View>
            ))}
            <View className='dashboard-source'>现有托位与任务数比较。{nurseries.yearly[0]?.source}</View>
          </>
        ) : (
          <View className='muted'>附件2 的任务数是全县合计，请在“乡镇”中选择全县查看。</View>
        )}
      </View>
      <View className='card'>
        <View className='card-title'>各班型空余托位</View>
        <BarList
          bars={nurseries.vacanciesByClass.map((c) => ({
            key: c.kind,
            label: className(c.kind),
            value: c.capacity > 0 ? c.enrolled / c.capacity : 0,
            text: `空余 ${c.vacancies} / 共 ${c.capacity}`,
          }))}
          max={1}
          emptyText='暂无托育机构班级'
        />
        <View className='dashboard-source'>条形长度为入托率（已入托 ÷ 托位）。</View>
      </View>
    </View>
  );
}
