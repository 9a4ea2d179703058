import { defineFunction } from '../../core/dispatch';
import * as nursery from '../../handlers/nursery';
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
  operatorInstitution: nursery.operatorInstitution,
  updateNurseryOffer: nursery.updateNurseryOffer,
  addVisitSlot: nursery.addVisitSlot,
  removeVisitSlot: nursery.removeVisitSlot,
  operatorRequests: nursery.operatorRequests,
  decideNurseryRequest: nursery.decideNurseryRequest,
  listInstitutions: nursery.listInstitutions,
  institution: nursery.institution,
  // Filing twice is refused by the unique 备案 number; no key needed.
  fileInstitution: nursery.fileInstitution,
  setFilingStatus: nursery.setFilingStatus,
  recordInspection: nursery.recordInspection,
  nurserySupply: nursery.nurserySupply,
});
