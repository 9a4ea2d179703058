import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { BirthDraft } from '@/packages/birth/form/draft';
import type { RegistrationDraft } from '@/packages/registration/form/draft';
import { dropStaleDrafts, type DraftSavedAt } from './draftExpiry';
import { taroStorage } from './taroStorage';

// One draft per form. Each draft carries the idempotency key its submission will use, so a retry
// after a lost answer (or a double tap) cannot create a second record, and the id of the person
// it belongs to, so nobody else signing in on the device sees it. When each was last saved is kept
// beside it, so stale drafts are dropped on load (draftExpiry.ts).
interface DraftsState {
  registration: RegistrationDraft | null;
  saveRegistration: (draft: RegistrationDraft) => void;
  clearRegistration: () => void;
  birth: BirthDraft | null;
  saveBirth: (draft: BirthDraft) => void;
  clearBirth: () => void;
  clearAll: () => void;
  savedAt: DraftSavedAt;
}

const nowIso = () => new Date().toISOString();

export const useDrafts = create<DraftsState>()(
  persist(
    (set) => ({
      registration: null,
      saveRegistration: (registration) => set((s) => ({ registration, savedAt: { ...s.savedAt, registration: nowIso() } })),
      clearRegistration: () => set((s) => ({ registration: null, savedAt: { ...s.savedAt, registration: undefined } })),
      birth: null,
      saveBirth: (birth) => set((s) => ({ birth, savedAt: { ...s.savedAt, birth: nowIso() } })),
      clearBirth: () => set((s) => ({ birth: null, savedAt: { ...s.savedAt, birth: undefined } })),
      clearAll: () => set({ registration: null, birth: null, savedAt: {} }),
      savedAt: {},
    }),
    {
      name: 'yj.drafts',
      storage: taroStorage,
      partialize: (s) => ({ registration: s.registration, birth: s.birth, savedAt: s.savedAt }),
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<Pick<DraftsState, 'registration' | 'birth' | 'savedAt'>>;
        const fresh = dropStaleDrafts(
          { registration: stored.registration ?? null, birth: stored.birth ?? null, savedAt: stored.savedAt },
          new Date(),
        );
        return { ...current, ...fresh };
      },
    },
  ),
);
