export { searchRegistrations } from './search';
export { getRegistration, correctRegistration } from './registration';
export { bundleQueue } from './bundleQueue';
export { bundleStep, acceptStep, completeStep, rejectStep } from './bundleStep';
export { findChildren, childCalendar, recordDose } from './vaccines';
export { auditLog } from './auditLog';
