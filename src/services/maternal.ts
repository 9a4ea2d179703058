import type { InputOf } from '@domain/api/contract';
import { call } from './transport';

// 母婴健康, the pregnancy: the family's own actions and the 妇幼保健 staff's.
export const maternalService = {
  mine: () => call('maternal', 'mine', {}),
  get: (id: string) => call('maternal', 'get', { id }),
  start: (input: InputOf<'maternal', 'start'>, idempotencyKey: string) => call('maternal', 'start', input, { idempotencyKey }),
  correctDating: (input: InputOf<'maternal', 'correctDating'>) => call('maternal', 'correctDating', input),
};

export const maternalStaffService = {
  findMothers: (query: InputOf<'maternal', 'findMothers'>) => call('maternal', 'findMothers', query),
  pregnancy: (id: string) => call('maternal', 'pregnancy', { id }),
  recordCheck: (input: InputOf<'maternal', 'recordCheck'>, idempotencyKey: string) =>
    call('maternal', 'recordCheck', input, { idempotencyKey }),
  recordRisk: (input: InputOf<'maternal', 'recordRisk'>, idempotencyKey: string) =>
    call('maternal', 'recordRisk', input, { idempotencyKey }),
  recordDelivery: (input: InputOf<'maternal', 'recordDelivery'>) => call('maternal', 'recordDelivery', input),
  queue: () => call('maternal', 'queue', {}),
  highRisk: () => call('maternal', 'highRisk', {}),
};
