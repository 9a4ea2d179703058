import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { LoadView } from '@/hooks/useLoad';
import { ApiCallError } from '@/services/apiError';
import './LoadState.scss';

function failureText(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return '系统繁忙，请稍后再试';
}

/** Asking again can help when the network or the server failed, not when the answer was a refusal. */
function retryable(error: unknown): boolean {
  if (!(error instanceof ApiCallError)) return true;
  return ['NETWORK', 'UNAVAILABLE', 'RATE_LIMITED', 'INTERNAL'].includes(error.code);
}

/**
 * Where a page's loads stand: 正在加载… while nothing has come yet, and after a failure what went
 * wrong with 重试 — in full while nothing is shown, as a line above the page when older data is.
 * Nothing once everything has loaded.
 */
export function LoadState({ loads }: { loads: readonly LoadView[] }) {
  const failed = loads.filter((l) => l.error);
  const retry = () => void Promise.all(failed.map((l) => l.reload()));
  const retrying = failed.some((l) => l.loading);
  if (failed.length > 0) {
    const empty = failed.some((l) => l.data === null);
    const canRetry = failed.some((l) => retryable(l.error));
    return (
      <View className={`card load-failed ${empty ? '' : 'load-failed-stale'}`} data-load='failed'>
        <View className={empty ? 'card-title' : ''}>
          {empty ? (canRetry ? '没有加载出来' : '无法打开') : '未能刷新，下面是上次加载的内容'}
        </View>
        <View className='muted'>{failureText(failed[0].error)}</View>
        {canRetry ? (
          <Press className='btn btn-primary load-retry' disabled={retrying || undefined} onClick={retry}>
            {retrying ? '正在重试…' : '重试'}
          </Press>
        ) : null}
      </View>
    );
  }
  if (loads.some((l) => l.loading && l.data === null)) {
    return (
      <View className='card empty-state' data-load='loading'>
        <View className='card-title'>正在加载…</View>
      </View>
    );
  }
  return null;
}
