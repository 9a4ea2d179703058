// The weapp cannot move TalkBack / VoiceOver focus from code: nothing to do (h5: focus.ts).
export function focusFirstInvalid() {}
export function focusById(_id: string) {}
