import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';

export function EmptyState({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='card empty-state'>
      <View className='card-title'>{title}</View>
      {children ? <View className='muted'>{children}</View> : null}
    </View>
  );
}
