import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';

interface Props {
  step: number;
  isLast: boolean;
  busy: boolean;
  submitText: string;
  onBack: () => void;
  onNext: () => void;
  onSubmit: () => void;
}

/** 上一步 / 下一步, and on the last step the submit button. */
export function WizardActions({ step, isLast, busy, submitText, onBack, onNext, onSubmit }: Props) {
  return (
    <View className='form-actions'>
      {step > 0 ? (
        <Press className='btn btn-secondary form-back' onClick={onBack}>
          上一步
        </Press>
      ) : null}
      {isLast ? (
        <Press className='btn btn-primary form-next' disabled={busy} onClick={onSubmit}>
          {busy ? '正在提交…' : submitText}
        </Press>
      ) : (
        <Press className='btn btn-primary form-next' onClick={onNext}>
          下一步
        </Press>
      )}
    </View>
  );
}
