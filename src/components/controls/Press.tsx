import type { PressProps } from './press';
import { lookClass } from './press';
import './Press.scss';

/**
 * Every tappable thing on h5: a native <button>, so Tab reaches it, Enter and Space press it and
 * screen readers hear its name and role (Taro's own button is a custom element with neither).
 * The weapp build uses Press.weapp.tsx (WeChat's button / view with aria-role and aria-label).
 */
export function Press({
  className = '',
  onClick,
  disabled,
  look = 'button',
  size,
  role = 'button',
  checked,
  label,
  tabIndex,
  onKeyDown,
  children,
  ...rest
}: PressProps) {
  const state =
    role === 'radio' || role === 'checkbox' ? { 'aria-checked': !!checked } : role === 'tab' ? { 'aria-selected': !!checked } : {};
  return (
    <button
      type='button'
      className={`press ${lookClass[look]} ${size === 'mini' ? 'press-mini' : ''} ${className}`}
      role={role === 'button' ? undefined : role}
      aria-label={label}
      disabled={disabled || undefined}
      tabIndex={tabIndex}
      onKeyDown={onKeyDown}
      onClick={disabled ? undefined : onClick}
      {...state}
      {...rest}
    >
      {children}
    </button>
  );
}
