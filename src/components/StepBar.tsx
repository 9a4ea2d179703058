import { View } from '@tarojs/components';
import './StepBar.scss';

/** "2 / 5 配偶" with a progress bar: short enough for a phone and for elder mode. */
export function StepBar({ titles, current }: { titles: readonly string[]; current: number }) {
  return (
    <View className='step-bar' aria-label={`第${current + 1}步，共${titles.length}步：${titles[current]}`}>
      <View className='step-bar-text'>
        <View className='step-bar-count'>
          {current + 1} / {titles.length}
        </View>
        <View className='step-bar-title'>{titles[current]}</View>
        {current + 1 < titles.length ? <View className='step-bar-next muted'>下一步：{titles[current + 1]}</View> : null}
      </View>
      <View className='step-bar-track'>
        <View className='step-bar-fill' style={{ width: `${((current + 1) / titles.length) * 100}%` }} />
      </View>
    </View>
  );
}
