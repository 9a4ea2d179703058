import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { DoseStatus, DoseView } from '@domain/vaccine/types';
import { addDays } from '@domain/dates';
import { StatusTag, type StatusTone } from './StatusTag';
import './DoseList.scss';

const STATUS: Record<DoseStatus, { text: string; tone: StatusTone }> = {
  overdue: { text: '已逾期', tone: 'bad' },
  due: { text: '现在可接种', tone: 'pending' },
  upcoming: { text: '未到时间', tone: 'off' },
  given: { text: '已接种', tone: 'ok' },
  unrecorded: { text: '未录入', tone: 'off' },
};

const GROUPS: { status: DoseStatus; title: string }[] = [
  { status: 'overdue', title: '已逾期，请尽快接种' },
  { status: 'due', title: '现在可以接种' },
  { status: 'upcoming', title: '接下来' },
  { status: 'unrecorded', title: '未录入，请带接种证到接种单位核对' },
  { status: 'given', title: '已接种' },
];

interface Props {
  doses: DoseView[];
  /** Clinic view: a tap on an open dose starts recording it. */
  onPick?: (dose: DoseView) => void;
  /** How many upcoming doses to show before "查看全部". */
  upcomingLimit?: number;
}

/** A child's doses grouped by what the family should do about them. */
export function DoseList({ doses, onPick, upcomingLimit }: Props) {
  return (
    <View>
      {GROUPS.map((g) => {
        const all = doses.filter((d) => d.status === g.status);
        const shown = g.status === 'upcoming' && upcomingLimit ? all.slice(0, upcomingLimit) : all;
        if (shown.length === 0) return null;
        return (
          <View key={g.status} className='dose-group' data-group={g.status}>
            <View className='section-title'>
              {g.title}（{all.length}）
            </View>
            {shown.map((d) => (
              <Press
                look='block'
                key={d.doseId}
                className={`card dose dose-${d.status}`}
                data-dose={d.doseId}
                onClick={onPick && d.status !== 'given' ? () => onPick(d) : undefined}
              >
                <View className='row'>
                  <Text className='dose-title'>
                    {d.vaccine} 第{d.doseNumber}剂
                  </Text>
                  <StatusTag text={STATUS[d.status].text} tone={STATUS[d.status].tone} />
                </View>
                {d.status === 'unrecorded' ? (
                  <View className='muted'>系统里没有这一剂的记录，可能已在别处接种。请带预防接种证到接种单位核对。</View>
                ) : d.given ? (
                  <View className='muted'>
                    {d.given.date} 接种 · {d.given.product} · 批号 {d.given.batch} · {d.given.clinic}
                  </View>
                ) : (
                  <View className='dose-dates'>
                    <View>
                      <Text className='muted'>可接种起始 </Text>
                      {d.dueFrom}
                    </View>
                    {d.completeBy ? (
                      <View>
                        <Text className='muted'>最迟完成 </Text>
                        {/* completeBy is exclusive ("before 12 months"): the last day is the day before. */}
                        {addDays(d.completeBy, -1)}
                      </View>
                    ) : null}
                  </View>
                )}
                {d.note ? <View className='muted dose-note'>{d.note}</View> : null}
              </Press>
            ))}
            {g.status === 'upcoming' && upcomingLimit && all.length > shown.length ? (
              <View className='muted dose-more'>还有 {all.length - shown.length} 剂以后接种</View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
