import { defineFunction } from '../../core/dispatch';
import * as birth from '../../handlers/birth';

export const birthFunction = defineFunction('birth', {
  eligibility: birth.eligibility,
  prefill: birth.prefill,
  // Creates a case: a retry or double tap must carry the same key and gets the first answer.
  submit: { handler: birth.submit, idempotency: 'required' },
  mine: birth.mine,
  get: birth.get,
  editable: birth.editable,
  resubmitStep: birth.resubmitStep,
  otherParentRequest: birth.otherParentRequest,
  answerOtherParent: birth.answerOtherParent,
  // The departments (助产机构, 接种单位, 派出所, 医保, 人社): each clerk's queue and step.
  bundleQueue: birth.bundleQueue,
  bundleStep: birth.bundleStep,
  acceptStep: birth.acceptStep,
  completeStep: birth.completeStep,
  rejectStep: birth.rejectStep,
});
