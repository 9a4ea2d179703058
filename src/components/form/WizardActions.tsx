import { View } from '@tarojs/components';
import type { ValidationResult } from '@domain/validation';
import { Press } from '@/components/controls/Press';
import type { useWizard } from './useWizard';

interface Props {
  wizard: Pick<ReturnType<typeof useWizard>, 'step' | 'isLast' | 'back' | 'next'>;
  /** Validates the whole input; 下一步 goes on when this step's fields pass. */
  check: () => ValidationResult<unknown>;
  busy: boolean;
  submitText: string;
  onSubmit: () => void;
}

/** 上一步 / 下一步, and on the last step the submit button. */
export function WizardActions({ wizard, check, busy, submitText, onSubmit }: Props) {
  const { step, isLast, back: onBack } = wizard;
  const onNext = () => wizard.next(check());
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
