import type { KeyboardEvent, PropsWithChildren } from 'react';

/** What a tappable thing is to a screen reader. */
export type PressRole = 'button' | 'link' | 'radio' | 'checkbox' | 'tab';

export type PressProps = PropsWithChildren<{
  className?: string;
  onClick?: () => void;
  disabled?: boolean;
  /**
   * How it sits in the page: a button ('button', the default), a card or row that opens
   * something ('block'), a choice chip in a row ('chip'), or a link inside a line of text ('inline').
   */
  look?: 'button' | 'block' | 'chip' | 'inline';
  /** A small inline button (WeChat's size='mini'), for actions inside a row. */
  size?: 'mini';
  /** Defaults to 'button'; chips say radio / checkbox, tabs say tab. */
  role?: PressRole;
  /** For radio, checkbox (aria-checked) and tab (aria-selected). */
  checked?: boolean;
  /** The accessible name when the visible text is not enough (e.g. a card's long content). */
  label?: string;
  /** Roving tab stops within a group (see useRovingGroup). */
  tabIndex?: number;
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  id?: string;
  /** data-* attributes pass through, for tests and e2e. */
  [data: `data-${string}`]: string | number | undefined;
}>;

export const lookClass = { button: 'press-button', block: 'press-block', chip: 'press-chip', inline: 'press-inline' } as const;
