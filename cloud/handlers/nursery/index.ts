export { search, detail } from './search';
export { bookVisit } from './book';
export { applyPlace } from './apply';
export { getRequest, cancelRequest } from './requests';
export { operatorInstitution, updateNurseryOffer, addVisitSlot, removeVisitSlot } from './operator';
export { operatorRequests, decideNurseryRequest } from './operatorRequests';
export { listInstitutions, institution, fileInstitution, setFilingStatus, recordInspection, nurserySupply } from './bureau';
