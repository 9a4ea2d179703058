import { View, Text } from '@tarojs/components';
import type { SubsidyFigures } from '@domain/dashboard/types';
import { formatYuan } from '@domain/money';
import { BarList } from '@/components/charts/BarList';
import { quarterText } from './period';

/** 生育补贴: claims by rule and what became of them; amounts paid by quarter. */
export function SubsidySection({ subsidies }: { subsidies: SubsidyFigures }) {
  const paidFen = subsidies.paidByQuarter.reduce((sum, q) => sum + q.fen, 0);
  return (
    <View className='dashboard-section' data-section='subsidies'>
      <View className='section-title'>生育补贴</View>
      <View className='card'>
        <View className='card-title'>按补贴项目</View>
        {subsidies.byRule.length === 0 ? <View className='muted'>该期间没有补贴申请</View> : null}
        {subsidies.byRule.map((r) => (
          <View key={r.ruleId} className='subsidy-rule' data-rule={r.ruleId}>
            <View className='subsidy-rule-name'>{r.ruleName}</View>
            <View className='subsidy-rule-counts'>
              <Text>申请 {r.claims}</Text>
              <Text>批准 {r.approved}</Text>
              <Text className={r.rejected > 0 ? 'turnaround-warn' : ''}>不予批准 {r.rejected}</Text>
              <Text>已发放 {r.paid}</Text>
            </View>
            <View className='subsidy-rule-paid'>发放金额 {formatYuan(r.paidFen)}</View>
          </View>
        ))}
      </View>
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>按季度发放金额</Text>
          <Text className='dashboard-total'>合计 {formatYuan(paidFen)}</Text>
        </View>
        <BarList
          bars={subsidies.paidByQuarter.map((q) => ({
            key: q.quarter,
            label: quarterText(q.quarter),
            value: q.fen,
            text: formatYuan(q.fen),
          }))}
          emptyText='该期间没有发放'
        />
      </View>
    </View>
  );
}
