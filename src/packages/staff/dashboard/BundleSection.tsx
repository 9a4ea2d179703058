import { View, Text } from '@tarojs/components';
import type { StepTurnaround } from '@domain/dashboard/types';
import { bundleStep } from '@domain/birth/bundleGraph';

const days = (n: number | null) => (n === null ? '—' : `${n} 天`);

/** 出生一件事: per step, how long it took (median and 90th percentile), what is overdue, what was sent back and why. */
export function BundleSection({ steps }: { steps: readonly StepTurnaround[] }) {
  return (
    <View className='dashboard-section' data-section='bundle'>
      <View className='section-title'>出生一件事 办理时效</View>
      <View className='card'>
        <View className='muted'>用时为送达承办部门到办结的天数；“90%”指九成事项在该天数内办结。</View>
        {steps.map((s) => (
          <View key={s.step} className='turnaround' data-step={s.step}>
            <View className='row'>
              <Text className='turnaround-title'>{bundleStep(s.step).title}</Text>
              <Text className='turnaround-done'>办结 {s.done} 件</Text>
            </View>
            <View className='turnaround-figures'>
              <Text>用时中位 {days(s.medianDays)}</Text>
              <Text>90% {s.p90Days === null ? '—' : `≤ ${s.p90Days} 天`}</Text>
              <Text className={s.overdue > 0 ? 'turnaround-alert' : ''}>逾期未办 {s.overdue} 件</Text>
              <Text className={s.rejections > 0 ? 'turnaround-warn' : ''}>退回 {s.rejections} 次</Text>
            </View>
            {s.topReasons.length > 0 ? (
              <View className='turnaround-reasons'>
                <Text className='muted'>主要退回原因</Text>
                {s.topReasons.map((r) => (
                  <View key={r.reason} className='turnaround-reason'>
                    <Text className='turnaround-reason-text'>{r.reason}</Text>
                    <Text className='turnaround-reason-count'>{r.count} 次</Text>
                  </View>
                ))}
              </View>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}
