import { View, Text } from '@tarojs/components';
import './RatioGauge.scss';

interface RatioGaugeProps {
  /** The figure, e.g. a sex ratio at birth (boys per 100 girls); null when it cannot be computed. */
  ratio: number | null;
  /** The usual range, drawn as a band. */
  low: number;
  high: number;
  /** The ends of the scale; a ratio outside it sits at the end and its text says the real value. */
  min?: number;
  max?: number;
  emptyText?: string;
}

const position = (n: number, min: number, max: number) => Math.round(((Math.min(max, Math.max(min, n)) - min) / (max - min)) * 1000) / 10;

/** A scale with the usual range shaded and a marker at the figure, which is also written out. */
export function RatioGauge({ ratio, low, high, min = 90, max = 120, emptyText = '无法计算' }: RatioGaugeProps) {
  const verdict = ratio === null ? null : ratio < low ? '低于正常范围' : ratio > high ? '高于正常范围' : '在正常范围内';
  return (
    <View className='ratio-gauge'>
      <View className='ratio-gauge-head'>
        <Text className='ratio-gauge-value'>{ratio === null ? emptyText : ratio.toFixed(1)}</Text>
        {verdict ? (
          <Text className={`ratio-gauge-verdict ${verdict === '在正常范围内' ? 'ratio-gauge-ok' : 'ratio-gauge-off'}`}>{verdict}</Text>
        ) : null}
      </View>
      <View className='ratio-gauge-track'>
        <View
          className='ratio-gauge-band'
          style={{ left: `${position(low, min, max)}%`, width: `${position(high, min, max) - position(low, min, max)}%` }}
        />
        {ratio === null ? null : <View className='ratio-gauge-marker' style={{ left: `${position(ratio, min, max)}%` }} />}
      </View>
      <View className='ratio-gauge-scale'>
        <Text>{min}</Text>
        <Text className='ratio-gauge-range'>
          正常范围 {low}–{high}
        </Text>
        <Text>{max}</Text>
      </View>
    </View>
  );
}
