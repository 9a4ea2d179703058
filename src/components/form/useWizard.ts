import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldErrors, ValidationResult } from '@domain/validation';
import { focusById, focusFirstInvalid } from '@/components/a11y/focus';
import { STEP_TITLE_ID } from '@/components/StepBar';
import { errorsOfStep, firstStepWithError, type WizardStep } from './wizard';

/**
 * The step and the field errors of a multi-step form. Every check validates the whole input with
 * the shared schema; a step only looks at the errors of its own fields.
 */
export function useWizard(steps: readonly WizardStep[], initialStep = 0) {
  const [step, setStep] = useState(initialStep);
  const [errors, setErrors] = useState<FieldErrors>({});

  /** Goes to the next step when this step's fields are valid; otherwise shows their errors. */
  const next = (result: ValidationResult<unknown>) => {
    const stepErrors = result.ok ? {} : errorsOfStep(steps, result.fields, step);
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) {
      void Taro.showToast({ title: Object.values(stepErrors)[0], icon: 'none', duration: 2500 });
      focusFirstInvalid();
      return;
    }
    // An error toast from an earlier try must not linger over the next step.
    void Taro.hideToast();
    setStep(step + 1);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
    focusById(STEP_TITLE_ID);
  };

  /** Shows field errors (from the schema or the server) and returns to the first step holding one. */
  const showFieldErrors = (fields: FieldErrors) => {
    if (Object.keys(fields).length === 0) return;
    setErrors(fields);
    setStep(firstStepWithError(steps, fields));
    focusFirstInvalid();
  };

  return {
    step,
    errors,
    setErrors,
    next,
    back: () => {
      setStep(step - 1);
      focusById(STEP_TITLE_ID);
    },
    showFieldErrors,
    isLast: step === steps.length - 1,
  };
}
