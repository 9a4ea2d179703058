// Where keyboard and screen-reader focus goes after the page changes under it (h5).
// The weapp cannot move TalkBack / VoiceOver focus: focus.weapp.ts does nothing.

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The page on screen: Taro h5 keeps earlier pages of the stack in the DOM, hidden. */
function currentPage(): ParentNode {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
    (p) => p.offsetParent !== null || p.getClientRects().length > 0,
  );
  return pages[pages.length - 1] ?? document;
}

/** After React has drawn: the next frame (and a timer for jsdom, which has no layout). */
function afterRender(run: () => void) {
  setTimeout(run, 0);
}

/** After a failed step or submit: focus the first field marked invalid (its control, or the first one in a group). */
export function focusFirstInvalid() {
  afterRender(() => {
    const invalid = currentPage().querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target = invalid.matches(FOCUSABLE) ? invalid : invalid.querySelector<HTMLElement>(FOCUSABLE);
    (target ?? invalid).focus();
  });
}

/** After a step change: focus the element with this id (the step title, tabIndex -1) so its name is read. */
export function focusById(id: string) {
  afterRender(() => {
    const el = document.getElementById(id);
    el?.focus();
  });
}
