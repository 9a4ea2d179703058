export { eligibility } from './eligibility';
export { prefill } from './prefill';
export { submit } from './submit';
export { mine, get, editable } from './read';
export { resubmitStep } from './resubmit';
export { otherParentRequest, answerOtherParent } from './otherParentConsent';
