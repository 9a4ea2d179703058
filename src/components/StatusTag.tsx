import { Text } from '@tarojs/components';
import './StatusTag.scss';

export type StatusTone = 'ok' | 'pending' | 'bad' | 'off';

export function StatusTag({ text, tone }: { text: string; tone: StatusTone }) {
  return <Text className={`status-tag status-${tone}`}>{text}</Text>;
}
