import type { SubsidyApplyInput } from '@domain/subsidy/types';
import { call } from './transport';

export const subsidyService = {
  overview: () => call('subsidy', 'overview', {}),
  apply: (input: SubsidyApplyInput, idempotencyKey: string) => call('subsidy', 'apply', input, { idempotencyKey }),
  get: (id: string) => call('subsidy', 'get', { id }),
  policy: () => call('subsidy', 'policy', {}),
};
