import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import type { LoadView } from '@/hooks/useLoad';
import { useSettings } from '@/stores/settings';
import { LoadState } from './LoadState';
import { PrivacySheet } from './PrivacySheet';

type ShellProps = PropsWithChildren<{
  className?: string;
  /** The page's loads (useLoad): their loading and failure (with 重试) show above the content. */
  load?: LoadView | readonly LoadView[];
}>;

function isList(load: LoadView | readonly LoadView[]): load is readonly LoadView[] {
  return Array.isArray(load);
}

/** Every page's root: applies elder mode (适老化), shows how its loads stand and hosts the privacy consent sheet. */
export function PageShell({ children, className = '', load }: ShellProps) {
  const elder = useSettings((s) => s.elderMode);
  const loads: readonly LoadView[] = load === undefined ? [] : isList(load) ? load : [load];
  return (
    <View className={`page ${elder ? 'elder' : ''} ${className}`}>
      {loads.length > 0 ? <LoadState loads={loads} /> : null}
      {children}
      <PrivacySheet />
    </View>
  );
}
