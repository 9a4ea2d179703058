import { useCallback, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { showError } from '@/components/feedback';

/** Loads data each time the page shows; errors go through the one error display. */
export function useLoad<T>(load: () => Promise<T>, options: { enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    if (!enabled) return;
    setLoading(true);
    try {
      setData(await load());
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
    // `load` is re-created on each render by callers; `enabled` is what decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled]);

  useDidShow(() => {
    void reload();
  });

  return { data, loading, reload, setData };
}
