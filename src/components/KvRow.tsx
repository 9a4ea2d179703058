import type { ReactNode } from 'react';
import { View } from '@tarojs/components';

/** One label / value line of a record ('申请编号  BR…'), the `kv` rows every detail page shows. */
export function KvRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <View className='kv'>
      <View className='kv-key'>{label}</View>
      <View className='kv-value'>{children}</View>
    </View>
  );
}
