import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Me } from '@domain/api/contract';
import { taroStorage } from './taroStorage';

interface SessionState {
  /** Gateway session token; unused with the cloud transport, where WeChat supplies the caller. */
  token: string | null;
  me: Me | null;
  setToken: (token: string | null) => void;
  setMe: (me: Me | null) => void;
  signOut: () => void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      me: null,
      setToken: (token) => set({ token }),
      setMe: (me) => set({ me }),
      signOut: () => set({ token: null, me: null }),
    }),
    { name: 'yj.session', storage: taroStorage, partialize: (s) => ({ token: s.token }) },
  ),
);
