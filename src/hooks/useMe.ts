import { useCallback } from 'react';
import { useDidShow } from '@tarojs/taro';
import { accountService } from '@/services/account';
import { ApiCallError } from '@/services/apiError';
import { signInNeeded } from '@/services/transport';
import { useSession } from '@/stores/session';

/** The signed-in person, refreshed each time a page shows (a role or a family link may have changed). */
export function useMe() {
  const token = useSession((s) => s.token);
  const me = useSession((s) => s.me);
  const signedIn = !signInNeeded || token !== null;

  const refresh = useCallback(async () => {
    if (signInNeeded && !useSession.getState().token) return null;
    try {
      const fresh = await accountService.me();
      useSession.getState().setMe(fresh);
      return fresh;
    } catch (error) {
      // An expired session signs out in the transport; other failures keep what we had.
      if (!(error instanceof ApiCallError)) throw error;
      return null;
    }
  }, []);

  useDidShow(() => {
    void refresh();
  });

  return { me, signedIn, refresh };
}
