import { View, Text } from '@tarojs/components';
import type { ChildCheckStatus, ChildCheckView } from '@domain/childHealth/childCheckCalendar';
import { DEVELOPMENT_NAMES, FEEDING_NAMES } from '@domain/childHealth/labels';
import type { CheckRecordView } from '@domain/childHealth/types';
import { CheckHead } from './CheckHead';
import type { StatusTone } from './StatusTag';
import './ChildCheckList.scss';

const STATUS: Record<ChildCheckStatus, { text: string; tone: StatusTone }> = {
  done: { text: '已完成', tone: 'ok' },
  due: { text: '现在该做', tone: 'pending' },
  overdue: { text: '已过时间，请尽快', tone: 'bad' },
  upcoming: { text: '未到时间', tone: 'off' },
  missed: { text: '已错过', tone: 'off' },
};

interface Props {
  checks: readonly ChildCheckView[];
  records: readonly CheckRecordView[];
  /** Staff: a tap on a check not yet recorded starts recording it. */
  onPick?: (check: ChildCheckView) => void;
}

function recordLine(r: CheckRecordView): string {
  const parts = [
    r.weightKg != null ? `体重 ${r.weightKg} kg` : '',
    r.lengthCm != null ? `${r.position === 'standing' ? '身高' : '身长'} ${r.lengthCm} cm` : '',
    r.headCm != null ? `头围 ${r.headCm} cm` : '',
    r.feeding ? FEEDING_NAMES[r.feeding] : '',
    `发育筛查：${DEVELOPMENT_NAMES[r.development]}`,
    r.referral ? `转诊：${r.referral}` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The child's health checks to age six: each with its window, status, where, and the record once done. */
export function ChildCheckList({ checks, records, onPick }: Props) {
  return (
    <View className='child-checks'>
      {checks.map((c) => {
        const record = records.find((r) => r.checkId === c.checkId);
        const pickable = onPick && c.status !== 'done';
        return (
          <View
            key={c.checkId}
            className={`child-check child-check-${c.status}`}
            data-check={c.checkId}
            data-status={c.status}
            onClick={pickable ? () => onPick(c) : undefined}
          >
            <CheckHead
              title={c.title}
              titleClass='child-check-title'
              status={STATUS[c.status]}
              due={c}
              estimatedNote='（按出生日期估算）'
            />
            {c.record ? (
              <View className='child-check-record'>
                {c.record.date} 在{c.record.facility}完成
                {record ? `：${recordLine(record)}` : ''}
              </View>
            ) : (
              <View className='muted'>地点：{c.where}</View>
            )}
            {pickable ? <Text className='link'>录入本次检查 ›</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
