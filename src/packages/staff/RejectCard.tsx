import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/TextField';

interface Props {
  /** The decision: 不予通过, 退回补正. */
  title: string;
  /** What the applicant will get from it. */
  hint: string;
  reasonLabel: string;
  reason: string;
  onReason: (reason: string) => void;
  error?: string;
  /** Between the reason and the buttons: what else goes back with it. */
  children?: ReactNode;
  confirmText: string;
  busy: boolean;
  onBack: () => void;
  onConfirm: () => void;
}

/** A clerk turns an application down or sends it back: the reason the applicant reads, then confirm. */
export function RejectCard({ title, hint, reasonLabel, reason, onReason, error, children, confirmText, busy, onBack, onConfirm }: Props) {
  return (
    <View className='card'>
      <View className='card-title'>{title}</View>
      <View className='muted'>{hint}</View>
      <TextField name='reason' label={reasonLabel} required value={reason} onChange={onReason} error={error} maxlength={200} />
      {children}
      <FormActions backText='返回' submitText={confirmText} danger busy={busy} onBack={onBack} onSubmit={onConfirm} />
    </View>
  );
}
