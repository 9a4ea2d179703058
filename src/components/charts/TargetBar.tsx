import { View, Text } from '@tarojs/components';
import { barPercent } from './BarList';
import './TargetBar.scss';

interface TargetBarProps {
  /** Names the figure, e.g. '每千常住人口托位'. */
  label: string;
  value: number;
  target: number;
  /** How a number is written, e.g. one decimal for per-1000 figures. */
  format?: (n: number) => string;
  unit?: string;
  /** Stable name for tests and e2e. */
  name?: string;
  /** 'atLeast' (default): the figure should reach the target; 'below': it should stay under it (a ceiling, e.g. a death rate). */
  goal?: 'atLeast' | 'below';
}

/** One figure against its target: the bar, a line where the target is, and both numbers as text. */
export function TargetBar({ label, value, target, format = String, unit = '', name, goal = 'atLeast' }: TargetBarProps) {
  // Leave room past the longer of the two so the target line never sits on the edge.
  const scale = Math.max(value, target) * 1.15;
  const ceiling = goal === 'below';
  const reached = ceiling ? value < target : value >= target;
  const status = reached
    ? ceiling
      ? '低于目标上限'
      : '已达到目标'
    : ceiling
      ? `超出目标上限 ${format(value - target)}${unit}`
      : `距目标还差 ${format(target - value)}${unit}`;
  return (
    <View className='target-bar' data-target-bar={name}>
      <View className='target-bar-head'>
        <Text className='target-bar-label'>{label}</Text>
        <Text className='target-bar-figures'>
          {format(value)}
          {unit} / 目标 {ceiling ? '低于 ' : ''}
          {format(target)}
          {unit}
        </Text>
      </View>
      <View className='target-bar-track'>
        <View className={`target-bar-fill ${reached ? 'target-bar-fill-reached' : ''}`} style={{ width: `${barPercent(value, scale)}%` }} />
        <View className='target-bar-line' style={{ left: `${barPercent(target, scale)}%` }} />
      </View>
      <Text className={`target-bar-status ${reached ? 'target-bar-ok' : 'target-bar-short'}`}>{status}</Text>
    </View>
  );
}
