export { submit } from './submit';
export { mine, get, editable } from './read';
export { correct } from './correct';
export { cancel } from './cancel';
export { spouseRequest, answerSpouse } from './spouseConsent';
