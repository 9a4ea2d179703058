import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { PayoutFailedTransfer } from '@domain/subsidy/types';
import { formatYuan } from '@domain/money';
import { SUBSIDY_LABELS, TRANSFER_FAIL_REASON_MAX_LENGTH } from '@domain/subsidy/schema';
import { TextField } from '@/components/form/TextField';
import { FormActions } from '@/components/form/FormActions';
import { formatInstant } from '@/services/format';

interface FormProps {
  busy: boolean;
  error?: string;
  onConfirm: (reason: string) => Promise<boolean>;
}

/** Under one transfer of an open batch: the bank returned it; say why, and it goes to the next batch. */
export function TransferFailForm({ busy, error, onConfirm }: FormProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <Press look='block' className='link pb-fail-link' onClick={() => setOpen(true)}>
        转账失败？标记并转入下一批次
      </Press>
    );
  }
  return (
    <View className='pb-fail-form'>
      <TextField
        name='reason'
        label={SUBSIDY_LABELS.transferFailReason}
        required
        value={reason}
        onChange={setReason}
        error={error}
        maxlength={TRANSFER_FAIL_REASON_MAX_LENGTH}
        hint='如“账号有误”“账户已销户”，申请人会收到这个原因'
      />
      <FormActions
        backText='取消'
        submitText='确认转账失败'
        danger
        busy={busy}
        onBack={() => setOpen(false)}
        onSubmit={() => onConfirm(reason).then((ok) => ok && setOpen(false))}
      />
    </View>
  );
}

/** The transfers of a batch that failed and went on to the next batch. */
export function FailedTransfers({ failed }: { failed: readonly PayoutFailedTransfer[] }) {
  if (failed.length === 0) return null;
  return (
    <View className='pb-failed'>
      <View className='pb-failed-title'>转账失败 {failed.length} 笔，已转入下一批次</View>
      {failed.map((f) => (
        <View key={`${f.applicationNumber}-${f.recordedAt}`} className='muted' data-failed={f.applicationNumber}>
          <Text>
            {f.childName} {formatYuan(f.amountFen)} · {f.reason} · {formatInstant(f.recordedAt)}
          </Text>
        </View>
      ))}
    </View>
  );
}
