import type { BirthApplicationInput, BundleStepKey, EligibilityInput } from '@domain/birth/types';
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
  resubmitStep: (id: string, step: BundleStepKey, input: BirthApplicationInput) =>
    call('birth', 'resubmitStep', { id, step, input }),
};
