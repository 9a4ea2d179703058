export { subsidyQueue, subsidyReview, acceptSubsidy, decideSubsidy } from './review';
export { payoutOverview, createPayoutBatch, markBatchPaid, markTransferFailed } from './payout';
export { exportPayoutBatch } from './export';
export { recordHukouMove } from './hukouMove';
