import { View, Text } from '@tarojs/components';
import { SCREENING_KIND_NAMES, SCREENING_RESULT_NAMES, SCREENING_ROUND_NAMES } from '@domain/childHealth/newbornScreening';
import type { ScreeningView } from '@domain/childHealth/types';
import { StatusTag } from './StatusTag';
import './ScreeningList.scss';

/** The newborn screenings on record: the latest result of each, and what to do when it is not "pass". */
export function ScreeningList({ screenings }: { screenings: readonly ScreeningView[] }) {
  if (screenings.length === 0) return <View className='muted'>还没有新生儿筛查记录。出生医院完成筛查后会录入结果。</View>;
  return (
    <View>
      {screenings.map((s) => (
        <View key={s.kind} className='screening' data-screening={s.kind} data-result={s.result}>
          <View className='row'>
            <Text className='child-check-title'>{SCREENING_KIND_NAMES[s.kind]}</Text>
            <StatusTag text={SCREENING_RESULT_NAMES[s.result]} tone={s.result === 'pass' ? 'ok' : 'pending'} />
          </View>
          <View className='muted'>
            {SCREENING_ROUND_NAMES[s.round]} · {s.date} · {s.facility}
          </View>
          {s.followUp ? (
            <View className='screening-next'>
              <View className='screening-next-title'>
                {s.followUp.title}
                {s.followUp.by ? `（请在${s.followUp.by}前）` : '（请尽快）'}
              </View>
              {s.recheckWhere ? <View>去哪里：{s.recheckWhere}</View> : null}
              <View>{s.followUp.advice}</View>
              <View className='muted'>
                依据：{s.followUp.source.document}，{s.followUp.source.clause}
              </View>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
