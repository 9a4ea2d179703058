// A batch as the bank transfer list: one row per application and a total row, amounts in yuan with
// two decimals (computed from integer fen, so the rows add up to the total exactly). Account numbers
// are written ="..." so Excel and WPS keep all 19 digits as text (common/csv.ts). The full account
// number goes to the finance department only; the health bureau gets the last 4. Audit-logged with
// the row count.
import { yuanDecimal } from '../../../../domain/money';
import { action } from '../../../core/action';
import { notFound } from '../../../core/errors';
import { appendAudit } from '../../../db/repos/audit';
import { findBatch } from '../../../db/repos/payoutBatches';
import { applicationsOfBatch } from '../../../db/repos/subsidies';
import { exportPayoutBatchSchema } from '../../../../domain/subsidy/schema';
import { ACCOUNT_KIND_TEXT, linesOf, ruleSummary } from '../record';
import { childNames } from './batchView';
import { csvText, digitsAsText, type CsvCell } from '../../common/csv';
import { requireExporter } from './guards';
import { BATCH_NOT_FOUND } from './payout';

export const CSV_HEADER = [
  '序号',
  '申请编号',
  '孩子姓名',
  '申请人',
  '补贴项目',
  '收款人',
  '账户类型',
  '开户银行',
  '收款账号',
  '金额（元）',
] as const;

const HOLDER_TEXT = { applicant: '申请人', child: '孩子' } as const;

export const exportPayoutBatch = action(
  exportPayoutBatchSchema,
  async ({ batchId }, ctx) => {
    const { caller, role } = requireExporter(ctx);
    const batch = await findBatch(ctx.db, batchId);
    if (!batch) throw notFound(BATCH_NOT_FOUND);
    const rows = await applicationsOfBatch(ctx.db, batch.id);
    const names = await childNames(ctx, rows);
    const full = role === 'finance';
    const lines: CsvCell[][] = [[...CSV_HEADER]];
    rows.forEach((r, i) => {
      lines.push([
        String(i + 1),
        r.number,
        names.get(r.child_id) ?? '',
        r.applicant_name,
        ruleSummary(linesOf(r)),
        `${r.account_holder_name}（${HOLDER_TEXT[r.account_holder]}）`,
        ACCOUNT_KIND_TEXT[r.account_kind],
        r.account_bank_name,
        full ? digitsAsText(ctx.crypto.decrypt(r.account_number_enc)) : `****${r.account_last4}`,
        yuanDecimal(r.total_fen),
      ]);
    });
    const totalFen = rows.reduce((sum, r) => sum + r.total_fen, 0);
    lines.push(['合计', '', '', '', `共${rows.length}笔`, '', '', '', '', yuanDecimal(totalFen)]);
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: role,
        action: 'payout.export',
        targetType: 'payout_batch',
        targetId: batch.id,
        detail: { number: batch.number, rows: rows.length, fullAccountNumbers: full },
      },
      ctx.clock.now(),
    );
    return { filename: `补贴发放清单-${batch.number}.csv`, csv: csvText(lines) };
  },
  (ctx) => requireExporter(ctx),
);
