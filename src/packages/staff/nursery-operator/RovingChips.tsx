import { Press } from '@/components/controls/Press';
import { rovingProps } from '@/components/a11y/useRovingGroup';

interface Props<V extends string> {
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  /** A filter is a radio group, a switch of panels a tab list: the caller's container says which. */
  role: 'radio' | 'tab';
  /** The chip's class; the chosen one adds `<chip>-on`. */
  chip: string;
}

/** One group's options as chips, one chosen; arrow keys move between them (a roving tab stop). */
export function RovingChips<V extends string>({ options, value, onChange, role, chip }: Props<V>) {
  const active = options.findIndex((o) => o.value === value);
  return (
    <>
      {options.map((o, i) => (
        <Press
          look='chip'
          key={o.value}
          role={role}
          checked={value === o.value}
          className={`${chip} ${value === o.value ? `${chip}-on` : ''}`}
          onClick={() => onChange(o.value)}
          {...rovingProps(i, options.length, active)}
        >
          {o.label}
        </Press>
      ))}
    </>
  );
}
