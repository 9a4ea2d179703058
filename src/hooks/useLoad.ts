import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { showError } from '@/components/feedback';

/** Loads data each time the page shows; errors go through the one error display. */
export function useLoad<T>(load: () => Promise<T>, options: { enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  // The loader closes over the page's current state (e.g. a picked tab): always call the latest.
  const latest = useRef(load);
  latest.current = load;

  const reload = useCallback(async () => {
    if (!enabled) return;
    setLoading(true);
    try {
      setData(await latest.current());
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  }, [enabled]);

  useDidShow(() => {
    void reload();
  });

  // Also load as soon as it becomes possible (e.g. once the signed-in person is known).
  const wasEnabled = useRef(enabled);
  useEffect(() => {
    if (enabled && !wasEnabled.current) void reload();
    wasEnabled.current = enabled;
  }, [enabled, reload]);

  return { data, loading, reload, setData };
}
