// The finance department's side: what is approved and waiting, the quarterly batches, marking one
// transfer failed (it goes on to the next batch) and marking a batch paid (each family is told). Every read and change is in the audit log.
import { compareDates, todayIn } from '../../../../domain/dates';
import { markBatchPaidSchema, markTransferFailedSchema } from '../../../../domain/subsidy/schema';
import type { PayoutBatchView, PayoutOverview } from '../../../../domain/subsidy/types';
import { action } from '../../../core/action';
import type { Ctx } from '../../../core/context';
import { conflict, invalidInput, notFound } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { allocateBatchSequence, findBatch, insertBatch, listBatches, updateOpenBatch } from '../../../db/repos/payoutBatches';
import { applicationsOfBatch, approvedUnbatched, gatherApprovedInto } from '../../../db/repos/subsidies';
import { emptyInput } from '../../common/schemas';
import { carryFailedTransfer, markApplicationPaid } from '../flow';
import { batchCreatedOn, batchNumber, batchViews, quarterOf } from './batchView';
import { requireFinance } from './guards';
import { auditTrail } from '../../common/auditTrail';

export const BATCH_NOT_FOUND = '未找到该发放批次';
export const NOTHING_TO_BATCH = '目前没有审核通过、待发放的申请，无需生成发放批次';
export const BATCH_LIST_LIMIT = 40;

const audit = auditTrail('finance', 'payout_batch');

async function batchViewOf(ctx: Ctx, id: string): Promise<PayoutBatchView> {
  const batch = await findBatch(ctx.db, id);
  if (!batch) throw notFound(BATCH_NOT_FOUND);
  const [view] = await batchViews(ctx, [batch]);
  return view!;
}

export const payoutOverview = action(
  emptyInput,
  async (_input, ctx): Promise<PayoutOverview> => {
    const clerk = requireFinance(ctx);
    const waiting = await approvedUnbatched(ctx.db);
    const batches = await batchViews(ctx, await listBatches(ctx.db, BATCH_LIST_LIMIT));
    await audit(ctx, clerk.userId, 'payout.overview', '*', { approvedCount: waiting.count, batches: batches.length });
    return { approvedCount: waiting.count, approvedTotalFen: waiting.totalFen, batches };
  },
  requireFinance,
);

/** Gathers every approved application not in a batch into a new batch of the current quarter. */
export const createPayoutBatch = action(
  emptyInput,
  async (_input, ctx): Promise<PayoutBatchView> => {
    const clerk = requireFinance(ctx);
    const now = ctx.clock.now();
    const quarter = quarterOf(todayIn(now));
    const id = newId();
    const number = batchNumber(quarter, await allocateBatchSequence(ctx.db, quarter));
    await insertBatch(ctx.db, {
      id,
      number,
      quarter,
      status: 'open',
      created_at: now.toISOString(),
      created_by: clerk.userId,
      paid_on: null,
      paid_at: null,
      paid_by: null,
    });
    // Gathered by one update, so an application approved meanwhile is either in this batch or the next.
    const count = await gatherApprovedInto(ctx.db, id, now);
    if (count === 0) throw conflict(NOTHING_TO_BATCH);
    const view = await batchViewOf(ctx, id);
    await audit(ctx, clerk.userId, 'payout.batch', id, { number, count: view.count, totalFen: view.totalFen });
    return view;
  },
  requireFinance,
);

export const markBatchPaid = action(
  (ctx) => markBatchPaidSchema(todayIn(ctx.clock.now())),
  async ({ batchId, paidOn }, ctx): Promise<PayoutBatchView> => {
    const clerk = requireFinance(ctx);
    const now = ctx.clock.now();
    const batch = await findBatch(ctx.db, batchId);
    if (!batch) throw notFound(BATCH_NOT_FOUND);
    const createdOn = batchCreatedOn(batch);
    if (compareDates(paidOn, createdOn) < 0) throw invalidInput({ paidOn: `发放日期不能早于批次生成日期（${createdOn}）` });
    const marked = await updateOpenBatch(ctx.db, batch.id, {
      status: 'paid',
      paid_on: paidOn,
      paid_at: now.toISOString(),
      paid_by: clerk.userId,
    });
    if (!marked) throw conflict(`发放批次 ${batch.number} 已标记为已发放`);
    const staff = { userId: clerk.userId, role: 'finance' as const };
    const rows = await applicationsOfBatch(ctx.db, batch.id);
    if (rows.length === 0) throw conflict(`发放批次 ${batch.number} 的转账都已标记失败，没有可标记为已发放的申请`);
    for (const row of rows) await markApplicationPaid(ctx, row, { number: batch.number, paidOn }, staff);
    await audit(ctx, clerk.userId, 'payout.paid', batch.id, { number: batch.number, paidOn, count: rows.length });
    return batchViewOf(ctx, batch.id);
  },
  requireFinance,
);

/**
 * The bank returned one transfer of an open batch (wrong or closed account): mark it failed before the
 * batch is marked paid. It leaves this batch and the next batch gathers it; the family is told.
 */
export const markTransferFailed = action(
  markTransferFailedSchema,
  async ({ batchId, applicationId, reason }, ctx): Promise<PayoutBatchView> => {
    const clerk = requireFinance(ctx);
    const batch = await findBatch(ctx.db, batchId);
    if (!batch) throw notFound(BATCH_NOT_FOUND);
    // Takes the batch for the write (serialised with markBatchPaid): a paid batch cannot lose a transfer.
    const open = await updateOpenBatch(ctx.db, batch.id, { status: 'open' });
    if (!open) throw conflict(`发放批次 ${batch.number} 已标记为已发放，不能再标记转账失败`);
    await carryFailedTransfer(ctx, applicationId, { id: batch.id, number: batch.number }, reason, {
      userId: clerk.userId,
      role: 'finance',
    });
    return batchViewOf(ctx, batch.id);
  },
  requireFinance,
);
