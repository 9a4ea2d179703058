import type { RecordCheckRequest, RecordScreeningRequest } from '@domain/api/contract';
import { call } from './transport';

export const childHealthService = {
  overview: (childId: string) => call('childHealth', 'overview', { childId }),
};

/** 妇幼保健 staff: find, read, record, queue. */
export const childHealthStaffService = {
  findChildren: (query: { name?: string; birthDate?: string; idNumber?: string }) => call('childHealth', 'findChildren', query),
  child: (childId: string) => call('childHealth', 'childHealth', { childId }),
  recordCheck: (input: RecordCheckRequest) => call('childHealth', 'recordCheck', input),
  recordScreening: (input: RecordScreeningRequest) => call('childHealth', 'recordScreening', input),
  queue: () => call('childHealth', 'queue', {}),
};
