import { defineFunction } from '../../core/dispatch';
import * as subsidy from '../../handlers/subsidy';

export const subsidyFunction = defineFunction('subsidy', {
  overview: subsidy.overview,
  // Creates an application: a retry or double tap must carry the same key and gets the first answer.
  apply: { handler: subsidy.apply, idempotency: 'required' },
  get: subsidy.get,
  policy: subsidy.policy,
});
