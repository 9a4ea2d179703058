export { eligibility } from './eligibility';
export { prefill } from './prefill';
export { submit } from './submit';
export { mine, get, editable } from './read';
export { resubmitStep } from './resubmit';
export { otherParentRequest, answerOtherParent } from './otherParentConsent';
// The departments' side of 出生一件事: each clerk's queue and step.
export { bundleQueue } from './bundleQueue';
export { bundleStep, acceptStep, completeStep, rejectStep } from './bundleStep';
