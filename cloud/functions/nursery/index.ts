import { defineFunction } from '../../core/dispatch';
import * as nursery from '../../handlers/nursery';

export const nurseryFunction = defineFunction('nursery', {
  search: { handler: nursery.search, reads: 'only' },
  detail: { handler: nursery.detail, reads: 'only' },
  bookVisit: { handler: nursery.bookVisit, idempotency: 'required' },
  applyPlace: { handler: nursery.applyPlace, idempotency: 'required' },
  getRequest: nursery.getRequest,
  cancelRequest: nursery.cancelRequest,
  // The operator keeps their own institution current.
  operatorInstitution: nursery.operatorInstitution,
  updateNurseryOffer: nursery.updateNurseryOffer,
  addVisitSlot: nursery.addVisitSlot,
  removeVisitSlot: nursery.removeVisitSlot,
  operatorRequests: nursery.operatorRequests,
  decideNurseryRequest: nursery.decideNurseryRequest,
  // The health bureau files and inspects. Filing twice is refused by the unique 备案 number; no key needed.
  listInstitutions: nursery.listInstitutions,
  institution: nursery.institution,
  fileInstitution: nursery.fileInstitution,
  setFilingStatus: nursery.setFilingStatus,
  recordInspection: nursery.recordInspection,
  nurserySupply: nursery.nurserySupply,
});
