import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/TextField';

interface Props {
  /** The decision: 不予通过, 退回补正; also the button that opens the card. */
  title: string;
  /** The record can still be turned down. */
  available: boolean;
  /** The card is open (the page hides its other actions meanwhile). */
  rejecting: boolean;
  onStart: () => void;
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

/** A clerk turns an application down or sends it back: the button, then the reason the applicant reads, then confirm. */
export function RejectCard(props: Props) {
  const {
    title,
    available,
    rejecting,
    onStart,
    hint,
    reasonLabel,
    reason,
    onReason,
    error,
    children,
    confirmText,
    busy,
    onBack,
    onConfirm,
  } = props;
  if (!rejecting) {
    return available ? (
      <Press className='btn btn-danger btn-block' onClick={onStart}>
        {title}
      </Press>
    ) : null;
  }
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
