import { defineFunction } from '../../core/dispatch';
import * as staff from '../../handlers/staff';

export const staffFunction = defineFunction('staff', {
  bundleQueue: staff.bundleQueue,
  bundleStep: staff.bundleStep,
  acceptStep: staff.acceptStep,
  completeStep: staff.completeStep,
  rejectStep: staff.rejectStep,
  searchRegistrations: staff.searchRegistrations,
  getRegistration: staff.getRegistration,
  correctRegistration: staff.correctRegistration,
});
