import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MaternalChildFigures } from '@domain/dashboard/maternalChildFigures';
import { MATERNAL_CHILD_INDICATORS, RISK_SHARE_DEFINITION } from '@domain/dashboard/maternalChildDefinitions';
import { MATERNAL_CHILD_TARGETS, STEADY_DECLINE } from '@domain/dashboard/maternalChildTargets';
import { BarList } from '@/components/charts/BarList';
import { TargetBar } from '@/components/charts/TargetBar';
import { formatDate } from '@/services/format';
import { Press } from '@/components/controls/Press';
import { pageUrl } from '@domain/routes';

const NO_RECORDS = '暂无记录';
const rateText = (rate: number | null, n: number, d: number) => (rate === null ? NO_RECORDS : `${rate.toFixed(1)}%（${n}/${d}）`);

/** 妇幼: the indicators counted from the records, the 妊娠风险 colours, and the entered death rates beside the 2025 targets. */
export function MaternalChildSection({ figures, county }: { figures: MaternalChildFigures; county: boolean }) {
  const none = figures.records.pregnancies + figures.records.children === 0;
  const { risk } = figures;
  return (
    <View className='dashboard-section' data-section='maternal-child'>
      <View className='section-title'>妇幼健康</View>
      <View className='card' data-card='mc-indicators'>
        <View className='card-title'>妇幼健康管理指标</View>
        {none ? (
          <View className='muted'>
            {NO_RECORDS}：{county ? '全县' : '该乡镇'}还没有孕产期保健和儿童健康检查的记录。
          </View>
        ) : (
          <BarList
            bars={figures.indicators.map((i) => ({
              key: i.key,
              label: i.name,
              value: i.rate ?? 0,
              text: rateText(i.rate, i.numerator, i.denominator),
              tone: i.rate === null ? 'muted' : 'normal',
            }))}
            max={100}
          />
        )}
        <View className='dashboard-source'>
          {MATERNAL_CHILD_INDICATORS.map((d) => (
            <View key={d.key} data-definition={d.key}>
              {d.name}＝{d.numerator}÷{d.denominator}（{d.source.document}）
            </View>
          ))}
        </View>
      </View>
      <View className='card' data-card='mc-risk'>
        <View className='card-title'>妊娠风险分级构成</View>
        {risk.assessed === 0 ? (
          <View className='muted'>{NO_RECORDS}</View>
        ) : (
          <>
            <View className='muted'>
              做过评估的在管孕产妇 {risk.assessed} 人，其中高危（橙、红、紫）{rateText(risk.highRiskShare, risk.highRisk, risk.assessed)}
            </View>
            <BarList
              bars={risk.byColour.map((c) => ({
                key: c.colour,
                label: c.name,
                value: c.share ?? 0,
                text: `${c.count}（${(c.share ?? 0).toFixed(1)}%）`,
              }))}
              max={100}
            />
          </>
        )}
        <View className='dashboard-source'>
          {RISK_SHARE_DEFINITION.denominator}。{RISK_SHARE_DEFINITION.source.document}
        </View>
      </View>
      <View className='card' data-card='mc-reported'>
        <View className='card-title'>孕产妇、婴幼儿死亡率（妇幼卫生统计上报）</View>
        {county ? null : <View className='muted'>上报数据为全县数据。</View>}
        {figures.reported.length === 0 ? <View className='muted'>所选期间的年度尚未录入上报数据。</View> : null}
        {figures.reported.map((r) => (
          <View key={`${r.figure}-${r.year}`} data-reported={`${r.figure}-${r.year}`}>
            {r.target ? (
              <TargetBar
                name={`${r.figure}-${r.year}`}
                label={`${r.name}（${r.year}年）`}
                value={r.value}
                target={r.target.below}
                unit={r.unit}
                goal='below'
              />
            ) : (
              <View>
                {r.name}（{r.year}年）{r.value}
                {r.unit}
              </View>
            )}
            <View className='dashboard-source'>
              来源：{r.source}（{r.enteredBy}于{formatDate(r.enteredAt.slice(0, 10))}录入）
            </View>
          </View>
        ))}
        <View className='dashboard-source'>
          目标：{MATERNAL_CHILD_TARGETS[0]?.source}
          {STEADY_DECLINE.source}
        </View>
        <Press className='btn btn-block' onClick={() => Taro.navigateTo({ url: pageUrl('/packages/staff-figures/reported/index') })}>
          录入上报数据
        </Press>
      </View>
    </View>
  );
}
