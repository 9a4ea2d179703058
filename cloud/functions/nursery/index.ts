import { defineFunction } from '../../core/dispatch';
import * as nursery from '../../handlers/nursery';

export const nurseryFunction = defineFunction('nursery', {
  search: { handler: nursery.search, reads: 'only' },
  detail: { handler: nursery.detail, reads: 'only' },
  bookVisit: { handler: nursery.bookVisit, idempotency: 'required' },
  applyPlace: { handler: nursery.applyPlace, idempotency: 'required' },
  getRequest: nursery.getRequest,
  cancelRequest: nursery.cancelRequest,
});
