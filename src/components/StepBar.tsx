import { View } from '@tarojs/components';
import './StepBar.scss';

/** The current step's title: focus goes there after a step change (useWizard), so its name is read. */
export const STEP_TITLE_ID = 'step-title';

// Taro's View writes props out as dashed attributes (tabIndex would become tab-index): spell it as the DOM does.
const FOCUS_BY_CODE = { tabindex: '-1' };

/** "2 / 5 配偶" with a progress bar: short enough for a phone and for elder mode. */
export function StepBar({ titles, current }: { titles: readonly string[]; current: number }) {
  return (
    <View className='step-bar'>
      <View className='step-bar-text'>
        <View className='step-bar-count' aria-hidden='true'>
          {current + 1} / {titles.length}
        </View>
        <View
          className='step-bar-title'
          id={STEP_TITLE_ID}
          role='heading'
          aria-level={2}
          {...FOCUS_BY_CODE}
          aria-label={`第${current + 1}步，共${titles.length}步：${titles[current]}`}
        >
          {titles[current]}
        </View>
        {current + 1 < titles.length ? <View className='step-bar-next muted'>下一步：{titles[current + 1]}</View> : null}
      </View>
      <View className='step-bar-track' aria-hidden='true'>
        <View className='step-bar-fill' style={{ width: `${((current + 1) / titles.length) * 100}%` }} />
      </View>
    </View>
  );
}
