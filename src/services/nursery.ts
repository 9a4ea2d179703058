import type {
  ApplyPlaceInput,
  BookVisitInput,
  FilingStatus,
  Inspection,
  NurseryOfferInput,
  NurserySearchInput,
} from '@domain/nursery/types';
import type { InputOf } from '@domain/api/contract';
import { call } from './transport';

export const nurseryService = {
  search: (query: NurserySearchInput) => call('nursery', 'search', query),
  detail: (id: string) => call('nursery', 'detail', { id }),
  bookVisit: (input: BookVisitInput, idempotencyKey: string) => call('nursery', 'bookVisit', input, { idempotencyKey }),
  applyPlace: (input: ApplyPlaceInput, idempotencyKey: string) => call('nursery', 'applyPlace', input, { idempotencyKey }),
  getRequest: (id: string) => call('nursery', 'getRequest', { id }),
  cancelRequest: (id: string) => call('nursery', 'cancelRequest', { id }),
};

/** A nursery operator keeps their own institution current. */
export const nurseryOperatorService = {
  institution: () => call('nursery', 'operatorInstitution', {}),
  updateOffer: (offer: NurseryOfferInput) => call('nursery', 'updateNurseryOffer', offer),
  addVisitSlot: (slot: InputOf<'nursery', 'addVisitSlot'>) => call('nursery', 'addVisitSlot', slot),
  removeVisitSlot: (slotId: string) => call('nursery', 'removeVisitSlot', { slotId }),
  requests: (status?: InputOf<'nursery', 'operatorRequests'>['status']) => call('nursery', 'operatorRequests', status ? { status } : {}),
  decide: (id: string, decision: 'accept' | 'decline', answer: string) => call('nursery', 'decideNurseryRequest', { id, decision, answer }),
};

/** The health bureau files and inspects institutions and reads the supply. */
export const nurseryBureauService = {
  list: (query: InputOf<'nursery', 'listInstitutions'>) => call('nursery', 'listInstitutions', query),
  institution: (id: string) => call('nursery', 'institution', { id }),
  file: (input: InputOf<'nursery', 'fileInstitution'>) => call('nursery', 'fileInstitution', input),
  setStatus: (id: string, status: FilingStatus, reason: string) => call('nursery', 'setFilingStatus', { id, status, reason }),
  recordInspection: (id: string, inspection: Inspection) => call('nursery', 'recordInspection', { id, ...inspection }),
  supply: () => call('nursery', 'nurserySupply', {}),
};
