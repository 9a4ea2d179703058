import type { SubsidyApplyInput, SubsidyStatus } from '@domain/subsidy/types';
import type { InputOf } from '@domain/api/contract';
import type { CountyChildcareAfter2025 } from '@domain/subsidy/policySettings';
import { call } from './transport';

export const subsidyService = {
  overview: () => call('subsidy', 'overview', {}),
  apply: (input: SubsidyApplyInput, idempotencyKey: string) => call('subsidy', 'apply', input, { idempotencyKey }),
  get: (id: string) => call('subsidy', 'get', { id }),
  policy: () => call('subsidy', 'policy', {}),
};

/** The health bureau reviews claims. */
export const subsidyStaffService = {
  queue: (status?: Extract<SubsidyStatus, 'submitted' | 'under_review'>) => call('subsidy', 'subsidyQueue', status ? { status } : {}),
  review: (id: string) => call('subsidy', 'subsidyReview', { id }),
  accept: (id: string) => call('subsidy', 'acceptSubsidy', { id }),
  approve: (id: string) => call('subsidy', 'decideSubsidy', { id, decision: 'approve' }),
  reject: (id: string, reason: string) => call('subsidy', 'decideSubsidy', { id, decision: 'reject', reason }),
};

/** The health bureau answers the policy questions the engine runs on. */
export const subsidyPolicyService = {
  set: (value: CountyChildcareAfter2025, source: string) =>
    call('subsidy', 'setSubsidyPolicy', { key: 'countyChildcareAfter2025', value, source }),
};

/** 派出所: a child's hukou moved out (the child is found through the clinic's search). */
export const hukouStaffService = {
  findChildren: (query: InputOf<'vaccine', 'findChildren'>) => call('vaccine', 'findChildren', query),
  recordMove: (input: InputOf<'subsidy', 'recordHukouMove'>) => call('subsidy', 'recordHukouMove', input),
};

/** Finance pays approved claims in batches. */
export const payoutService = {
  overview: () => call('subsidy', 'payoutOverview', {}),
  createBatch: (idempotencyKey: string) => call('subsidy', 'createPayoutBatch', {}, { idempotencyKey }),
  markPaid: (batchId: string, paidOn: string) => call('subsidy', 'markBatchPaid', { batchId, paidOn }),
  markTransferFailed: (batchId: string, applicationId: string, reason: string) =>
    call('subsidy', 'markTransferFailed', { batchId, applicationId, reason }),
  exportCsv: (batchId: string) => call('subsidy', 'exportPayoutBatch', { batchId }),
};
