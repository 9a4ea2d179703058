import { useEffect } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on h5: focus moves into it when it opens, Tab and Shift+Tab stay inside, Escape
 * answers onEscape, and focus returns where it was when it closes. Weapp: useDialogFocus.weapp.ts.
 */
export function useDialogFocus(open: boolean, dialogId: string, onEscape: () => void) {
  useEffect(() => {
    if (!open) return undefined;
    const before = document.activeElement as HTMLElement | null;
    const dialog = () => document.getElementById(dialogId);
    const items = () => Array.from(dialog()?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    const first = setTimeout(() => items()[0]?.focus(), 0);
    const onKey = (e: KeyboardEvent) => {
      // Taro h5 keeps earlier pages (each with its shell's sheet) in the DOM, hidden: only the one on screen answers.
      if (!dialog()?.getClientRects().length) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onEscape();
        return;
      }
      if (e.key !== 'Tab') return;
      const list = items();
      if (list.length === 0) return;
      const at = list.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : at === list.length - 1 || at < 0 ? 0 : at + 1;
      e.preventDefault();
      list[next].focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      clearTimeout(first);
      document.removeEventListener('keydown', onKey, true);
      if (before && document.contains(before)) before.focus();
    };
  }, [open, dialogId, onEscape]);
}
