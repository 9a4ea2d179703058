import { create } from 'zustand';

// The consent sheet is opened from anywhere (a page's "start" button, or WeChat's
// onNeedPrivacyAuthorization) and answered once; the pending callback gets the answer.
interface PrivacyPromptState {
  open: boolean;
  onAnswer: ((agreed: boolean) => void) | null;
  ask: (onAnswer: (agreed: boolean) => void) => void;
  answer: (agreed: boolean) => void;
}

export const usePrivacyPrompt = create<PrivacyPromptState>()((set, get) => ({
  open: false,
  onAnswer: null,
  ask: (onAnswer) => set({ open: true, onAnswer }),
  answer: (agreed) => {
    const callback = get().onAnswer;
    set({ open: false, onAnswer: null });
    callback?.(agreed);
  },
}));
