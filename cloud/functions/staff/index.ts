import { defineFunction } from '../../core/dispatch';
import * as staff from '../../handlers/staff';

export const staffFunction = defineFunction('staff', {
  bundleQueue: staff.bundleQueue,
  bundleStep: staff.bundleStep,
  acceptStep: staff.acceptStep,
  completeStep: staff.completeStep,
  rejectStep: staff.rejectStep,
  findChildren: staff.findChildren,
  childCalendar: staff.childCalendar,
  // No idempotency key: the (child, dose) primary key makes a second record of one dose a CONFLICT.
  recordDose: staff.recordDose,
  searchRegistrations: staff.searchRegistrations,
  getRegistration: staff.getRegistration,
  correctRegistration: staff.correctRegistration,
});
