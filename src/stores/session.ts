import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Me } from '@domain/api/contract';
import { useDrafts } from './drafts';
import { taroStorage } from './taroStorage';

interface SessionState {
  /** Gateway session token; unused with the cloud transport, where WeChat supplies the caller. */
  token: string | null;
  /** Who the device was last used by; drafts of anyone else are not shown. */
  userId: string | null;
  me: Me | null;
  setToken: (token: string | null) => void;
  setMe: (me: Me | null) => void;
  /** The session ended on the server: sign in again to go on (drafts stay). */
  expire: () => void;
  /** The person leaves this device: nothing of theirs stays behind. */
  signOut: () => void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      userId: null,
      me: null,
      setToken: (token) => set({ token }),
      setMe: (me) => set(me ? { me, userId: me.userId } : { me }),
      expire: () => set({ token: null, me: null }),
      signOut: () => {
        useDrafts.getState().clearAll();
        set({ token: null, userId: null, me: null });
      },
    }),
    { name: 'yj.session', storage: taroStorage, partialize: (s) => ({ token: s.token, userId: s.userId }) },
  ),
);
