import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { useSettings } from '@/stores/settings';
import { PrivacySheet } from './PrivacySheet';

/** Every page's root: applies elder mode (适老化) and hosts the privacy consent sheet. */
export function PageShell({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const elder = useSettings((s) => s.elderMode);
  return (
    <View className={`page ${elder ? 'elder' : ''} ${className}`}>
      {children}
      <PrivacySheet />
    </View>
  );
}
