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
});
