import { View } from '@tarojs/components';
import './Timeline.scss';

export interface TimelineEntry {
  at: string; // already formatted
  title: string;
  note?: string;
  tone?: 'ok' | 'bad' | 'neutral';
}

/** A vertical list of what happened, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className='timeline'>
      {entries.map((e, i) => (
        <View key={i} className={`timeline-entry timeline-${e.tone ?? 'neutral'}`}>
          <View className='timeline-dot' />
          <View className='timeline-body'>
            <View className='timeline-title'>{e.title}</View>
            <View className='muted'>{e.at}</View>
            {e.note ? <View className='timeline-note'>{e.note}</View> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
