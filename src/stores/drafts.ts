import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { BirthDraft } from '@/packages/birth/form/draft';
import type { RegistrationDraft } from '@/packages/registration/form/draft';
import { taroStorage } from './taroStorage';

// One draft per form. Each draft carries the idempotency key its submission will use, so a retry
// after a lost answer (or a double tap) cannot create a second record, and the id of the person
// it belongs to, so nobody else signing in on the device sees it.
interface DraftsState {
  registration: RegistrationDraft | null;
  saveRegistration: (draft: RegistrationDraft) => void;
  clearRegistration: () => void;
  birth: BirthDraft | null;
  saveBirth: (draft: BirthDraft) => void;
  clearBirth: () => void;
  clearAll: () => void;
}

export const useDrafts = create<DraftsState>()(
  persist(
    (set) => ({
      registration: null,
      saveRegistration: (registration) => set({ registration }),
      clearRegistration: () => set({ registration: null }),
      birth: null,
      saveBirth: (birth) => set({ birth }),
      clearBirth: () => set({ birth: null }),
      clearAll: () => set({ registration: null, birth: null }),
    }),
    { name: 'yj.drafts', storage: taroStorage },
  ),
);
