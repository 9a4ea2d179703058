import { defineFunction } from '../../core/dispatch';
import * as staff from '../../handlers/staff';

export const staffFunction = defineFunction('staff', {
  searchRegistrations: staff.searchRegistrations,
  getRegistration: staff.getRegistration,
  correctRegistration: staff.correctRegistration,
});
