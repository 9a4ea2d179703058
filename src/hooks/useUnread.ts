import { useCallback, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { accountService } from '@/services/account';
import { signInNeeded } from '@/services/transport';
import { useSession } from '@/stores/session';

/** The 我的 tab's place in app.config.ts tabBar.list. */
export const ME_TAB_INDEX = 2;

export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/**
 * Unread messages, fetched each time a tab page shows, and put on the 我的 tab as a badge (WeChat's
 * tab bar; Taro's h5 tab bar draws the same badge). A failed fetch leaves the badge as it was.
 */
export function useUnread(): number {
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(async () => {
    if (signInNeeded && !useSession.getState().token) {
      setUnread(0);
      await Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(() => undefined);
      return;
    }
    try {
      const { unread: n } = await accountService.unreadCount();
      setUnread(n);
      if (n > 0) await Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: badgeText(n) });
      else await Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
    } catch {
      // Offline or not on a tab page: the badge waits for the next show.
    }
  }, []);
  useDidShow(() => {
    void refresh();
  });
  return unread;
}
