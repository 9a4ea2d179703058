import { Switch } from '@tarojs/components';

interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  className?: string;
}

/** WeChat's switch with the name TalkBack and VoiceOver read (config/ariaPlugin.ts). h5: Toggle.tsx. */
export function Toggle({ checked, onChange, label, className }: ToggleProps) {
  return <Switch className={className} checked={checked} color='#085a40' aria-label={label} onChange={(e) => onChange(e.detail.value)} />;
}
