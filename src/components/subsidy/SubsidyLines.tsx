import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { SubsidyLine } from '@domain/subsidy/types';
import { formatYuan } from '@domain/money';
import './subsidy.scss';

/** The payments an application claims, each with its period, and the total. */
export function SubsidyLines({
  lines,
  totalFen,
  onRule,
}: {
  lines: readonly SubsidyLine[];
  totalFen: number;
  onRule?: (ruleId: string) => void;
}) {
  return (
    <View className='subsidy-lines'>
      {lines.map((l) => (
        <View key={`${l.ruleId}-${l.periodKey}`} className='subsidy-line' data-line={`${l.ruleId}:${l.periodKey}`}>
          <View className='subsidy-line-main'>
            <View className='subsidy-line-name'>{l.ruleName}</View>
            <View className='muted'>
              {l.periodLabel}
              {l.months ? ` · ${l.months}个月` : ''}
              {onRule ? (
                <Press look='inline' className='link subsidy-rule-link' onClick={() => onRule(l.ruleId)}>
                  {' '}
                  依据 ›
                </Press>
              ) : null}
            </View>
            {l.policy ? (
              <View className='muted' data-policy={l.policy.policyNumber}>
                保单 {l.policy.insurer} {l.policy.policyNumber}（{l.policy.from}至{l.policy.to}）
              </View>
            ) : null}
          </View>
          <Text className='subsidy-amount'>{formatYuan(l.amountFen)}</Text>
        </View>
      ))}
      <View className='subsidy-line subsidy-total'>
        <Text>合计</Text>
        <Text className='subsidy-amount'>{formatYuan(totalFen)}</Text>
      </View>
    </View>
  );
}
