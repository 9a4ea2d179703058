// A payout batch as finance sees it: every application in it, account shown as the last 4.
import { todayIn } from '../../../../domain/dates';
import type { PayoutBatchView } from '../../../../domain/subsidy/types';
import type { Ctx } from '../../../core/context';
import { childSummaries } from '../../../db/repos/children';
import { failuresOfBatches, type PayoutBatchRow } from '../../../db/repos/payoutBatches';
import { applicationsOfBatches, findApplications, type SubsidyApplicationRow } from '../../../db/repos/subsidies';
import { accountView, linesOf, ruleSummary } from '../record';

/** '2026Q4' for a Shanghai calendar date. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}Q${Math.floor((month - 1) / 3) + 1}`;
}

/** 'ZF2026Q4-01'. */
export function batchNumber(quarter: string, sequence: number): string {
  return `ZF${quarter}-${String(sequence).padStart(2, '0')}`;
}

/** The Shanghai day a batch was made: it cannot be paid before it. */
export function batchCreatedOn(batch: Pick<PayoutBatchRow, 'created_at'>): string {
  return todayIn(new Date(batch.created_at));
}

export async function childNames(ctx: Pick<Ctx, 'db'>, rows: readonly SubsidyApplicationRow[]): Promise<Map<string, string>> {
  const children = await childSummaries(
    ctx.db,
    rows.map((r) => r.child_id),
  );
  return new Map(children.map((c) => [c.id, c.name]));
}

export async function batchViews(ctx: Pick<Ctx, 'db'>, batches: readonly PayoutBatchRow[]): Promise<PayoutBatchView[]> {
  const ids = batches.map((b) => b.id);
  const [rows, failures] = await Promise.all([applicationsOfBatches(ctx.db, ids), failuresOfBatches(ctx.db, ids)]);
  const failedRows = await findApplications(
    ctx.db,
    failures.map((f) => f.application_id),
  );
  const names = await childNames(ctx, [...rows, ...failedRows]);
  return batches.map((b) => {
    const own = rows.filter((r) => r.batch_id === b.id);
    const view: PayoutBatchView = {
      id: b.id,
      number: b.number,
      quarter: b.quarter,
      createdAt: b.created_at,
      status: b.status,
      count: own.length,
      totalFen: own.reduce((sum, r) => sum + r.total_fen, 0),
      items: own.map((r) => ({
        applicationId: r.id,
        applicationNumber: r.number,
        childName: names.get(r.child_id) ?? '',
        applicantName: r.applicant_name,
        ruleSummary: ruleSummary(linesOf(r)),
        amountFen: r.total_fen,
        account: accountView(r),
      })),
      failed: failures
        .filter((f) => f.batch_id === b.id)
        .map((f) => {
          const r = failedRows.find((a) => a.id === f.application_id)!;
          return {
            applicationNumber: r.number,
            childName: names.get(r.child_id) ?? '',
            amountFen: r.total_fen,
            reason: f.reason,
            recordedAt: f.recorded_at,
          };
        }),
    };
    if (b.paid_on) view.paidOn = b.paid_on;
    return view;
  });
}
