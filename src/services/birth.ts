import type { BirthApplicationInput, BundleStepKey, EligibilityInput, StepResult } from '@domain/birth/types';
import { call } from './transport';

export const birthService = {
  eligibility: (input: EligibilityInput) => call('birth', 'eligibility', input),
  prefill: () => call('birth', 'prefill', {}),
  submit: (input: BirthApplicationInput, idempotencyKey: string) => call('birth', 'submit', input, { idempotencyKey }),
  mine: () => call('birth', 'mine', {}),
  get: (id: string) => call('birth', 'get', { id }),
  editable: (id: string) => call('birth', 'editable', { id }),
  otherParentRequest: (id: string) => call('birth', 'otherParentRequest', { id }),
  answerOtherParent: (id: string, answer: 'confirm' | 'refuse') => call('birth', 'answerOtherParent', { id, answer }),
  resubmitStep: (id: string, step: BundleStepKey, input: BirthApplicationInput) => call('birth', 'resubmitStep', { id, step, input }),
};

/** The departments' side: each clerk's queue and step. */
export const bundleStaffService = {
  queue: (step?: BundleStepKey) => call('birth', 'bundleQueue', step ? { step } : {}),
  step: (caseId: string, step: BundleStepKey) => call('birth', 'bundleStep', { caseId, step }),
  accept: (caseId: string, step: BundleStepKey) => call('birth', 'acceptStep', { caseId, step }),
  complete: (caseId: string, step: BundleStepKey, result: StepResult) => call('birth', 'completeStep', { caseId, step, result }),
  reject: (caseId: string, step: BundleStepKey, reason: string, fields: string[] = []) =>
    call('birth', 'rejectStep', { caseId, step, reason, fields }),
};
