import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { PayoutBatchView } from '@domain/subsidy/types';
import { todayIn } from '@domain/dates';
import { formatYuan } from '@domain/money';
import { SUBSIDY_LABELS } from '@domain/subsidy/schema';
import type { FieldErrors } from '@domain/validation';
import { StatusTag } from '@/components/StatusTag';
import { DateField } from '@/components/form/DateField';
import { FormActions } from '@/components/form/FormActions';
import { accountText } from '@/components/subsidy/display';
import { formatDate, formatInstant } from '@/services/format';
import { FailedTransfers, TransferFailForm } from './TransferFailed';

interface Props {
  batch: PayoutBatchView;
  busy: boolean;
  errors: FieldErrors;
  onExport: () => void;
  onMarkPaid: (paidOn: string) => Promise<boolean>;
  onTransferFailed: (applicationId: string, reason: string) => Promise<boolean>;
}

/** One payout batch: totals, its items on demand (each may be marked 转账失败), the CSV for the bank, and 标记已发放. */
export function BatchCard({ batch, busy, errors, onExport, onMarkPaid, onTransferFailed }: Props) {
  const today = todayIn(new Date());
  const [showItems, setShowItems] = useState(false);
  const [marking, setMarking] = useState(false);
  const [paidOn, setPaidOn] = useState(today);
  const paid = batch.status === 'paid';
  return (
    <View className={`card pb-batch ${paid ? 'pb-paid' : ''}`} data-batch={batch.number}>
      <View className='row'>
        <Text className='card-title'>{batch.number}</Text>
        <StatusTag text={paid ? '已发放' : '待发放'} tone={paid ? 'ok' : 'pending'} />
      </View>
      <View className='row pb-sum'>
        <Text>{batch.count} 件</Text>
        <Text className='pb-total'>{formatYuan(batch.totalFen)}</Text>
      </View>
      <View className='muted'>
        生成于 {formatInstant(batch.createdAt)}
        {batch.paidOn ? ` · ${formatDate(batch.paidOn)}发放` : ''}
      </View>

      <Press look='block' className='link pb-toggle' onClick={() => setShowItems(!showItems)}>
        {showItems ? '收起明细 ▲' : `查看明细（${batch.items.length}件）▼`}
      </Press>
      {showItems
        ? batch.items.map((item) => (
            <View key={item.applicationNumber} className='pb-item' data-application={item.applicationNumber}>
              <View className='row'>
                <Text className='pb-item-name'>
                  {item.childName}（申领人 {item.applicantName}）
                </Text>
                <Text className='pb-total'>{formatYuan(item.amountFen)}</Text>
              </View>
              <View className='muted'>{item.ruleSummary}</View>
              <View className='muted'>
                {accountText(item.account)} · 户名 {item.account.holderName}
              </View>
              <View className='muted'>{item.applicationNumber}</View>
              {!paid ? (
                <TransferFailForm
                  busy={busy}
                  error={errors[`reason:${item.applicationId}`] ?? errors.reason}
                  onConfirm={(reason) => onTransferFailed(item.applicationId, reason)}
                />
              ) : null}
            </View>
          ))
        : null}

      <FailedTransfers failed={batch.failed} />

      <Press className='btn btn-secondary btn-block' disabled={busy} onClick={onExport}>
        导出 CSV
      </Press>
      {!paid && !marking ? (
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={() => setMarking(true)}>
          标记已发放
        </Press>
      ) : null}
      {!paid && marking ? (
        <View className='pb-mark'>
          <DateField
            name='paidOn'
            label={SUBSIDY_LABELS.paidOn}
            required
            value={paidOn}
            end={today}
            onChange={setPaidOn}
            error={errors.paidOn}
            hint='银行实际到账（代发）的日期'
          />
          <FormActions
            backText='取消'
            submitText='确认已发放'
            busy={busy}
            onBack={() => setMarking(false)}
            onSubmit={() => onMarkPaid(paidOn).then((ok) => ok && setMarking(false))}
          />
        </View>
      ) : null}
    </View>
  );
}
