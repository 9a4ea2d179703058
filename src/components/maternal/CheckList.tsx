import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { CheckView } from '@domain/maternal/pregnancyCalendar';
import type { CostLine } from '@domain/maternal/views';
import { CheckHead } from '@/components/CheckHead';
import { CHECK_STATUS } from './checkStatus';
import { Press } from '@/components/controls/Press';
import './maternal.scss';

interface Props {
  checks: readonly CheckView[];
  /** check id → cost line ids, and the cost lines. */
  checkCosts?: Readonly<Record<string, string[]>>;
  costs?: readonly CostLine[];
  /** Staff: tap a check to record it. */
  onPick?: (check: CheckView) => void;
}

/** One pregnancy's checks: window, dates, status, what was recorded, what it includes and costs, its source. */
export function CheckList({ checks, checkCosts, costs, onPick }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <View className='check-list'>
      {checks.map((c) => {
        const status = CHECK_STATUS[c.status];
        const costLabels = (checkCosts?.[c.id] ?? [])
          .map((id) => costs?.find((x) => x.id === id))
          .filter((x): x is CostLine => x !== undefined);
        return (
          <View key={c.id} className={`card check-card check-${c.status}`} data-check={c.id}>
            <CheckHead
              title={c.title}
              titleClass='check-title'
              status={status}
              due={c}
              estimatedNote='（按预产期估算，分娩后按实际日期计算）'
            />
            {c.record ? (
              <View className='check-record'>
                已于 {c.record.date} 在 {c.record.facility} 完成{c.record.gestationalAgeText ? `（${c.record.gestationalAgeText}）` : ''}
                {c.record.notes ? <View className='muted'>检查情况：{c.record.notes}</View> : null}
              </View>
            ) : null}
            {costLabels.length > 0 ? (
              <View className='check-costs'>
                {costLabels.map((l) => (
                  <Text key={l.id} className={`cost-tag cost-${l.cost}`}>
                    {l.costLabel}：{l.service.replace(/（.*$/, '')}
                  </Text>
                ))}
              </View>
            ) : null}
            <View className='row check-actions'>
              <Press look='inline' className='link' onClick={() => setOpen(open === c.id ? null : c.id)}>
                {open === c.id ? '收起' : '包括哪些检查 ›'}
              </Press>
              {onPick && c.status !== 'done' ? (
                <Press look='inline' className='link check-pick' onClick={() => onPick(c)}>
                  录入 ›
                </Press>
              ) : null}
            </View>
            {open === c.id ? (
              <View className='check-detail'>
                <View className='muted'>在哪里做：{c.where}</View>
                {c.contents.map((line, i) => (
                  <View key={i} className='check-content'>
                    · {line}
                  </View>
                ))}
                <View className='muted check-source'>
                  依据：{c.source.document} {c.source.clause}
                </View>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
