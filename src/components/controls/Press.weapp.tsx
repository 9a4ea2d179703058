import { Button, Text, View } from '@tarojs/components';
import type { PressProps } from './press';

/**
 * Every tappable thing in the weapp: WeChat's button for buttons, a view (or text in a line) for
 * cards, chips and links, each with the aria-role and aria-label WeChat passes to TalkBack and
 * VoiceOver (config/ariaPlugin.ts lets them through Taro's templates). h5: Press.tsx.
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
  children,
  id,
  ...rest
}: PressProps) {
  const data = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('data-') || k.startsWith('aria-')));
  if (look === 'button') {
    return (
      <Button id={id} className={className} size={size} disabled={disabled} onClick={onClick} aria-label={label} {...data}>
        {children}
      </Button>
    );
  }
  const aria = {
    'aria-role': role,
    'aria-label': label,
    ...(role === 'radio' || role === 'checkbox' ? { 'aria-checked': !!checked } : {}),
    ...(role === 'tab' ? { 'aria-selected': !!checked } : {}),
    ...(disabled ? { 'aria-disabled': true } : {}),
  };
  if (look === 'inline') {
    return (
      <Text id={id} className={className} onClick={disabled ? undefined : onClick} {...aria} {...data}>
        {children}
      </Text>
    );
  }
  return (
    <View id={id} className={className} onClick={disabled ? undefined : onClick} {...aria} {...data}>
      {children}
    </View>
  );
}
