import type { KeyboardEvent } from 'react';

/**
 * Arrow keys move between the options of one group (chips, radios, tabs); Tab leaves the group.
 * Only the chosen option (or the first when none is) is a tab stop: the roving tabindex pattern.
 */
export function rovingProps(index: number, count: number, activeIndex: number) {
  const stop = activeIndex >= 0 ? activeIndex : 0;
  return {
    tabIndex: index === stop ? 0 : -1,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const step =
        e.key === 'ArrowRight' || e.key === 'ArrowDown'
          ? 1
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
            ? -1
            : e.key === 'Home'
              ? -index
              : e.key === 'End'
                ? count - 1 - index
                : 0;
      if (step === 0) return;
      e.preventDefault();
      const group = e.currentTarget.parentElement;
      const options = Array.from(group?.querySelectorAll<HTMLElement>(':scope > .press') ?? []);
      const target = options[(index + step + count) % count];
      target?.focus();
    },
  };
}
