import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import type { LoadView } from '@/hooks/useLoad';
import { useSettings } from '@/stores/settings';
import { LoadState } from './LoadState';
import { PageHeading } from './PageHeading';
import { PrivacySheet } from './PrivacySheet';

type ShellProps = PropsWithChildren<{
  className?: string;
  /** The page's loads (useLoad): their loading and failure (with 重试) show above the content. */
  load?: LoadView | readonly LoadView[];
  /** The page's h1 when its navigation bar title does not say enough. */
  title?: string;
}>;

function isList(load: LoadView | readonly LoadView[]): load is readonly LoadView[] {
  return Array.isArray(load);
}

/** Every page's root and main landmark, with its h1: applies elder mode (适老化), shows how its loads stand and hosts the privacy consent sheet. */
export function PageShell({ children, className = '', load, title }: ShellProps) {
  const elder = useSettings((s) => s.elderMode);
  const loads: readonly LoadView[] = load === undefined ? [] : isList(load) ? load : [load];
  return (
    <View className={`page ${elder ? 'elder' : ''} ${className}`} role='main'>
      <PageHeading title={title} />
      {loads.length > 0 ? <LoadState loads={loads} /> : null}
      {children}
      <PrivacySheet />
    </View>
  );
}
