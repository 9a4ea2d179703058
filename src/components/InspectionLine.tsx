import { View, Text } from '@tarojs/components';
import type { Inspection } from '@domain/nursery/types';
import { INSPECTION_RESULT_LABELS } from '@domain/nursery/labels';
import { StatusTag } from '@/components/StatusTag';
import { INSPECTION_TONES } from '@/content/nursery';
import { formatDate } from '@/services/format';

interface Props {
  inspection: Inspection;
  /** The page's own class for the line. */
  className: string;
  /** Said before the date, e.g. 最近一次. */
  lead?: string;
}

/** One 监督检查 of a nursery: when, its result as a tag, and what the inspectors noted. */
export function InspectionLine({ inspection: i, className, lead }: Props) {
  return (
    <View className={className}>
      <View className='row'>
        <Text>
          {lead ? `${lead} ` : ''}
          {formatDate(i.date)}
        </Text>
        <StatusTag text={INSPECTION_RESULT_LABELS[i.result]} tone={INSPECTION_TONES[i.result]} />
      </View>
      {i.notes ? <View className='muted'>{i.notes}</View> : null}
    </View>
  );
}
