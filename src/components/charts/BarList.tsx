import { View, Text } from '@tarojs/components';
import './BarList.scss';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What the row says, e.g. '1,200元' or '在托 8 / 托位 10'; the plain value when absent. */
  text?: string;
  tone?: 'normal' | 'muted' | 'warning';
}

/** Horizontal bars, one per row: label, bar, and the number as text. */
export function BarList({ bars, max, emptyText = '暂无数据' }: { bars: readonly Bar[]; max?: number; emptyText?: string }) {
  if (bars.length === 0) return <View className='bar-list-empty'>{emptyText}</View>;
  const scale = max ?? Math.max(...bars.map((b) => b.value));
  // One width for every value in the list, so all bars start and end at the same place.
  const valueWidth = `${Math.max(...bars.map((b) => textWidthEm(b.text ?? String(b.value)))) + 0.2}em`;
  return (
    <View className='bar-list'>
      {bars.map((b) => (
        <View key={b.key} className='bar-row' data-bar={b.key}>
          <Text className='bar-label'>{b.label}</Text>
          <View className='bar-track'>
            <View className={`bar-fill bar-fill-${b.tone ?? 'normal'}`} style={{ width: `${barPercent(b.value, scale)}%` }} />
          </View>
          <Text className='bar-value' style={{ width: valueWidth }}>
            {b.text ?? String(b.value)}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** A bar's length in percent of the scale; a non-zero value always shows at least a sliver. */
export function barPercent(value: number, scale: number): number {
  if (scale <= 0 || value <= 0) return 0;
  return Math.min(100, Math.max(1.5, Math.round((value / scale) * 1000) / 10));
}

/** Roughly how wide a text is in em: CJK and full-width characters 1em, others about 0.6em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e7f ? 1 : 0.6;
  return Math.ceil(width * 10) / 10;
}
