import type { ApplyPlaceInput, BookVisitInput, NurserySearchInput } from '@domain/nursery/types';
import { call } from './transport';

export const nurseryService = {
  search: (query: NurserySearchInput) => call('nursery', 'search', query),
  detail: (id: string) => call('nursery', 'detail', { id }),
  bookVisit: (input: BookVisitInput, idempotencyKey: string) => call('nursery', 'bookVisit', input, { idempotencyKey }),
  applyPlace: (input: ApplyPlaceInput, idempotencyKey: string) => call('nursery', 'applyPlace', input, { idempotencyKey }),
  getRequest: (id: string) => call('nursery', 'getRequest', { id }),
  cancelRequest: (id: string) => call('nursery', 'cancelRequest', { id }),
};
