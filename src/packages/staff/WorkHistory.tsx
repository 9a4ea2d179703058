import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { Timeline, type TimelineEntry } from '@/components/Timeline';

/** The foot of a clerk's work page: what happened so far and, once nothing is left to do, the way back to the queue. */
export function WorkHistory({ entries, done }: { entries: TimelineEntry[]; done: boolean }) {
  return (
    <>
      <View className='card'>
        <View className='card-title'>办理记录</View>
        <Timeline entries={entries} />
      </View>
      {done ? (
        <Press className='btn btn-secondary btn-block' onClick={() => Taro.navigateBack()}>
          返回待办
        </Press>
      ) : null}
    </>
  );
}
