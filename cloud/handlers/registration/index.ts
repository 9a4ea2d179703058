export { submit } from './submit';
export { mine, get, editable } from './read';
export { correct } from './correct';
export { cancel } from './cancel';
export { spouseRequest, answerSpouse } from './spouseConsent';
// The health bureau's side: search, read and correct any registration.
export { searchRegistrations } from './staffSearch';
export { getRegistration, correctRegistration } from './staff';
