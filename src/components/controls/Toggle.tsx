import './Press.scss';
import './Toggle.scss';

interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Said by screen readers: what turning it on means, e.g. 长辈模式. */
  label: string;
  className?: string;
}

/**
 * An on/off switch. h5: a native checkbox with role=switch (Taro's switch puts its name on a
 * wrapper, not on the box that takes focus). Weapp: Toggle.weapp.tsx.
 */
export function Toggle({ checked, onChange, label, className = '' }: ToggleProps) {
  return (
    <input
      type='checkbox'
      role='switch'
      className={`toggle press ${className}`}
      aria-label={label}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
