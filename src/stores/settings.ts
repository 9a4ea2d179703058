import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { taroStorage } from './taroStorage';

interface SettingsState {
  elderMode: boolean;
  /** Version of the privacy notice the user agreed to; null = not yet. */
  privacyAcceptedVersion: string | null;
  setElderMode: (on: boolean) => void;
  acceptPrivacy: (version: string) => void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      elderMode: false,
      privacyAcceptedVersion: null,
      setElderMode: (elderMode) => set({ elderMode }),
      acceptPrivacy: (privacyAcceptedVersion) => set({ privacyAcceptedVersion }),
    }),
    { name: 'yj.settings', storage: taroStorage },
  ),
);
