export { searchRegistrations } from './search';
export { getRegistration, correctRegistration } from './registration';
