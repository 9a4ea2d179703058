import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';

interface Props {
  /** The way out without saving: 取消 or 返回. */
  backText: string;
  submitText: string;
  busy: boolean;
  /** A step that takes something away (不予通过, 转账失败) shows as such. */
  danger?: boolean;
  onBack: () => void;
  onSubmit: () => void;
}

/** Under a form opened in place: leave it, or confirm it (not twice while it is being sent). */
export function FormActions({ backText, submitText, busy, danger, onBack, onSubmit }: Props) {
  return (
    <View className='form-actions'>
      <Press className='btn btn-secondary form-back' onClick={onBack}>
        {backText}
      </Press>
      <Press className={`btn ${danger ? 'btn-danger' : 'btn-primary'} form-next`} disabled={busy} onClick={onSubmit}>
        {submitText}
      </Press>
    </View>
  );
}
