// WeChat keeps screen-reader focus inside a covering view by itself; no keyboard. h5: useDialogFocus.ts.
export function useDialogFocus(_open: boolean, _dialogId: string, _onEscape: () => void) {}
