import { View, Text } from '@tarojs/components';
import type { RiskSummary } from '@domain/maternal/views';
import './maternal.scss';

/** Her latest 妊娠风险评估 in plain words: the colour (also as text), what it means, where to deliver. */
export function RiskCard({ risk }: { risk: RiskSummary }) {
  return (
    <View className={`card risk-card risk-${risk.colours[0]}`} data-risk={risk.colours.join(',')}>
      <View className='card-title risk-head'>
        {risk.colours.map((c) => (
          <View key={c} className={`risk-dot risk-dot-${c}`} aria-role='img' aria-label={risk.title} role='img' />
        ))}
        <Text className='risk-title'>妊娠风险评估：{risk.title}</Text>
      </View>
      <View className='muted'>
        {risk.assessedOn} · {risk.facility}
      </View>
      {risk.forMother.map((line, i) => (
        <View key={i} className='risk-line'>
          {line}
        </View>
      ))}
      <View className='risk-line'>
        <Text className='risk-label'>在哪里分娩：</Text>
        {risk.whereToDeliver}
      </View>
      {risk.nextFollowUp ? (
        <View className='risk-line risk-follow'>
          <Text className='risk-label'>下次随访：</Text>
          {risk.nextFollowUp}（请按时到医院复诊）
        </View>
      ) : null}
      <View className='muted risk-source'>
        依据：{risk.source.document} {risk.source.clause}
      </View>
    </View>
  );
}
