import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { PayoutBatchView } from '@domain/subsidy/types';
import { formatYuan } from '@domain/money';
import { todayIn } from '@domain/dates';
import { markBatchPaidSchema, markTransferFailedSchema } from '@domain/subsidy/schema';
import { validate, type FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { showError, showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { saveCsv } from '@/services/saveFile';
import { payoutService } from '@/services/subsidy';
import { newIdempotencyKey } from '@/services/transport';
import { BatchCard } from './BatchCard';
import './index.scss';

export default function PayoutPage() {
  const overview = useLoad(() => payoutService.overview());
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({});
  // Kept until the batch is made, so a double tap or a retry makes one batch.
  const [batchKey, setBatchKey] = useState(newIdempotencyKey);
  const o = overview.data;

  if (!o) {
    return <PageShell load={overview} />;
  }

  const run = async <T,>(work: () => Promise<T>, batchId?: string): Promise<T | null> => {
    setBusy(true);
    try {
      const result = await work();
      if (batchId) setErrors({ ...errors, [batchId]: {} });
      return result;
    } catch (error) {
      const fields = showError(error);
      if (batchId) setErrors({ ...errors, [batchId]: fields });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const createBatch = async () => {
    const batch = await run(() => payoutService.createBatch(batchKey));
    if (!batch) return;
    setBatchKey(newIdempotencyKey());
    showSuccess(`已生成 ${batch.number}`);
    await overview.reload();
  };

  const exportBatch = async (batch: PayoutBatchView) => {
    const file = await run(() => payoutService.exportCsv(batch.id));
    if (file) await saveCsv(file.filename, file.csv);
  };

  const markPaid = async (batch: PayoutBatchView, paidOn: string): Promise<boolean> => {
    const checked = validate(markBatchPaidSchema(todayIn(new Date())), { batchId: batch.id, paidOn });
    if (!checked.ok) {
      setErrors({ ...errors, [batch.id]: checked.fields });
      return false;
    }
    const updated = await run(() => payoutService.markPaid(batch.id, paidOn), batch.id);
    if (!updated) return false;
    showSuccess('已标记发放');
    overview.setData({ ...o, batches: o.batches.map((b) => (b.id === updated.id ? updated : b)) });
    return true;
  };

  // Kept per item: the reason field's error sits under the transfer it concerns.
  const transferFailed = async (batch: PayoutBatchView, applicationId: string, reason: string): Promise<boolean> => {
    const checked = validate(markTransferFailedSchema, { batchId: batch.id, applicationId, reason });
    if (!checked.ok) {
      setErrors({ ...errors, [batch.id]: { [`reason:${applicationId}`]: checked.fields.reason ?? Object.values(checked.fields)[0]! } });
      return false;
    }
    const updated = await run(() => payoutService.markTransferFailed(batch.id, applicationId, reason.trim()), batch.id);
    if (!updated) return false;
    showSuccess('已转入下一批次');
    await overview.reload();
    return true;
  };

  return (
    <PageShell className='payout' load={overview}>
      <View className='card pb-approved'>
        <View className='card-title'>待编入批次</View>
        <View className='row pb-sum'>
          <Text>已审核通过 {o.approvedCount} 件</Text>
          <Text className='pb-total pb-approved-total'>{formatYuan(o.approvedTotalFen)}</Text>
        </View>
        <View className='muted'>
          补贴按季度集中发放：生成批次后导出 CSV
          交银行代发；银行退回的转账在明细中标记转账失败，转入下一批次；其余到账后标记已发放，申请人会收到通知。
        </View>
        <Press className='btn btn-primary btn-block' disabled={busy || o.approvedCount === 0} onClick={createBatch}>
          生成本季度发放批次
        </Press>
      </View>

      <View className='section-title'>发放批次（{o.batches.length}）</View>
      {o.batches.length === 0 ? <EmptyState title='还没有发放批次'>审核通过的申领生成批次后会列在这里。</EmptyState> : null}
      {o.batches.map((b) => (
        <BatchCard
          key={b.id}
          batch={b}
          busy={busy}
          errors={errors[b.id] ?? {}}
          onExport={() => exportBatch(b)}
          onMarkPaid={(paidOn) => markPaid(b, paidOn)}
          onTransferFailed={(applicationId, reason) => transferFailed(b, applicationId, reason)}
        />
      ))}
    </PageShell>
  );
}
