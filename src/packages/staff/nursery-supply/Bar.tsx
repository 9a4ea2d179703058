import { View, Text } from '@tarojs/components';

interface Props {
  label: string;
  value: number;
  target: number;
  /** How the numbers read, e.g. (n) => `${n}个`. */
  format: (n: number) => string;
}

/** A value against its target: the bar fills to the target (and stops there), the text says both. */
export function Bar({ label, value, target, format }: Props) {
  const share = target > 0 ? Math.min(1, value / target) : 1;
  const met = value >= target;
  return (
    <View className='supply-bar' data-met={met ? 'yes' : 'no'}>
      <View className='row'>
        <Text>{label}</Text>
        <Text className={met ? 'supply-met' : 'supply-short'}>
          {format(value)} / 目标 {format(target)}
        </Text>
      </View>
      <View className='supply-track'>
        <View className={`supply-fill ${met ? 'supply-fill-met' : ''}`} style={{ width: `${Math.round(share * 100)}%` }} />
      </View>
    </View>
  );
}
