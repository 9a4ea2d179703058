import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { showError } from '@/components/feedback';
import { ApiCallError } from '@/services/apiError';

/** What a page (and PageShell / LoadState) needs to know about one load. */
export interface Loaded<T> {
  data: T | null;
  /** The last load's failure, until a load succeeds; shown with 重试 (rural signal drops often). */
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
  setData: (data: T | null) => void;
}

/** A load as PageShell and LoadState see it, whatever it loads. */
export type LoadView = Pick<Loaded<unknown>, 'data' | 'error' | 'loading' | 'reload'>;

/**
 * The one way a page loads: when it shows, when `deps` (the loader's inputs) change, when it
 * becomes `enabled` (e.g. once the signed-in person is known), on pull-down refresh (pages whose
 * config sets enablePullDownRefresh) and on 重试. Only the latest request's answer is kept: a slow
 * earlier answer never overwrites a later one.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList = [],
  options: { enabled?: boolean; /** false: not again each time the page shows (a long list kept as it was) */ reloadOnShow?: boolean } = {},
): Loaded<T> {
  const enabled = options.enabled ?? true;
  const onShow = options.reloadOnShow ?? true;
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(enabled);
  // The loader closes over the page's current state (e.g. a picked tab): always call the latest.
  const latest = useRef(load);
  latest.current = load;
  const asked = useRef(0);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const reload = useCallback(async () => {
    const ticket = ++asked.current;
    if (!enabled) {
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const answer = await latest.current();
      if (ticket !== asked.current || !mounted.current) return;
      setData(answer);
      setError(null);
    } catch (failure) {
      if (ticket !== asked.current || !mounted.current) return;
      setError(failure);
      // Signing in (or 实名认证) is the way on, not a retry.
      if (failure instanceof ApiCallError && (failure.code === 'UNAUTHENTICATED' || failure.code === 'NOT_VERIFIED')) showError(failure);
    } finally {
      if (ticket === asked.current && mounted.current) setLoading(false);
    }
  }, [enabled]);

  useDidShow(() => {
    if (onShow) void reload();
  });

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  // The first show loads; afterwards a change of inputs or of `enabled` loads again.
  const shown = useRef(false);
  useEffect(() => {
    if (!shown.current) {
      shown.current = true;
      if (enabled && onShow) return;
    }
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload, ...deps]);

  return { data, error, loading, reload, setData };
}
