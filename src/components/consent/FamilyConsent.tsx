// "Is this you?" — a person someone else named (as spouse in a 生育登记, as the other parent of a
// 出生一件事 application) answers 这是我 / 这不是我. One card for both pages, so both ask alike.
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { SpouseConsent } from '@domain/api/contract';
import { KvRow } from '@/components/KvRow';
import { StatusTag } from '@/components/StatusTag';
import './FamilyConsent.scss';

export interface FamilyConsentProps {
  /** Who named the caller, and where: '张丽在生育登记中填写您为配偶'. */
  ask: string;
  rows: { label: string; value: string }[];
  consent: SpouseConsent;
  statusText: string;
  /** The record can no longer be answered (e.g. a cancelled registration). */
  closed?: boolean;
  /** What 这是我 means, in plain words. */
  explanation: string;
  /** Where the caller finds the record once they confirmed. */
  doneText: string;
  busy: boolean;
  onAnswer: (choice: 'confirm' | 'refuse') => void;
}

export function FamilyConsent({
  ask,
  rows,
  consent,
  statusText,
  closed = false,
  explanation,
  doneText,
  busy,
  onAnswer,
}: FamilyConsentProps) {
  return (
    <>
      <View className='card'>
        <View className='consent-ask'>{ask}</View>
        {rows.map((r) => (
          <KvRow key={r.label} label={r.label}>
            {r.value}
          </KvRow>
        ))}
        <KvRow label='状态'>
          <StatusTag text={statusText} tone={consent === 'confirmed' ? 'ok' : consent === 'refused' ? 'bad' : 'pending'} />
        </KvRow>
      </View>

      {consent === 'pending' && !closed ? (
        <View className='card'>
          <View className='muted'>{explanation}如果您不认识对方或对方填错了，请选择“这不是我”，您不会加入对方的家庭，对方会收到提醒。</View>
          <View className='consent-actions'>
            <Press className='btn btn-secondary consent-action' disabled={busy} onClick={() => onAnswer('refuse')}>
              这不是我
            </Press>
            <Press className='btn btn-primary consent-action' disabled={busy} onClick={() => onAnswer('confirm')}>
              这是我
            </Press>
          </View>
        </View>
      ) : null}

      {consent === 'confirmed' ? (
        <View className='card consent-done'>
          <Text>{doneText}</Text>
        </View>
      ) : null}
      {consent === 'refused' ? <View className='card muted'>您已表示“这不是我”，不会加入对方的家庭，对方已收到提醒。</View> : null}
    </>
  );
}
