import { View } from '@tarojs/components';
import type { Shown } from '@domain/birth/views';

/** Label / value rows the server prepared for display (already masked where they must be). */
export function ShownRows({ rows }: { rows: readonly Shown[] }) {
  return (
    <>
      {rows.map((r) => (
        <View key={r.label} className='kv'>
          <View className='kv-key'>{r.label}</View>
          <View className='kv-value'>{r.value}</View>
        </View>
      ))}
    </>
  );
}
