import type { BirthApplicationInput, BundleStepKey, EligibilityInput } from '@domain/birth/types';
import { call } from './transport';

export const birthService = {
  eligibility: (input: EligibilityInput) => call('birth', 'eligibility', input),
  prefill: () => call('birth', 'prefill', {}),
  submit: (input: BirthApplicationInput, idempotencyKey: string) => call('birth', 'submit', input, { idempotencyKey }),
  mine: () => call('birth', 'mine', {}),
  get: (id: string) => call('birth', 'get', { id }),
  editable: (id: string) => call('birth', 'editable', { id }),
  resubmitStep: (id: string, step: BundleStepKey, input: BirthApplicationInput) =>
    call('birth', 'resubmitStep', { id, step, input }),
};
