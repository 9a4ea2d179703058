import { defineFunction } from '../../core/dispatch';
import * as subsidy from '../../handlers/subsidy';
import * as subsidyPolicy from '../../handlers/subsidy/policy';
import * as subsidyStaff from '../../handlers/subsidy/staff';

export const subsidyFunction = defineFunction('subsidy', {
  overview: subsidy.overview,
  // Creates an application: a retry or double tap must carry the same key and gets the first answer.
  apply: { handler: subsidy.apply, idempotency: 'required' },
  get: subsidy.get,
  policy: subsidy.policy,
  // The health bureau reviews and answers the policy questions; 派出所 records a hukou move; finance pays.
  subsidyQueue: subsidyStaff.subsidyQueue,
  subsidyReview: subsidyStaff.subsidyReview,
  acceptSubsidy: subsidyStaff.acceptSubsidy,
  decideSubsidy: subsidyStaff.decideSubsidy,
  setSubsidyPolicy: subsidyPolicy.setSubsidyPolicy,
  recordHukouMove: subsidyStaff.recordHukouMove,
  payoutOverview: subsidyStaff.payoutOverview,
  // Creates a batch: a retry carries the same key and gets the first batch, not an error.
  createPayoutBatch: { handler: subsidyStaff.createPayoutBatch, idempotency: 'required' },
  markBatchPaid: subsidyStaff.markBatchPaid,
  markTransferFailed: subsidyStaff.markTransferFailed,
  exportPayoutBatch: subsidyStaff.exportPayoutBatch,
});
