// Moving an application: the 卫健 reviewer accepts it (submitted → under_review) and decides it
// (under_review → approved | rejected); the finance department pays it (approved, in a batch → paid).
// Every move updates the row, appends an event, updates the 办件 entry, tells the applicant and is
// written to the audit log. Shared by the staff handlers and the seed.
import { formatYuan } from '../../../domain/money';
import type { SubsidyStatus } from '../../../domain/subsidy/types';
import { conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { appendAudit } from '../../db/repos/audit';
import { insertTransferFailure } from '../../db/repos/payoutBatches';
import { findChild } from '../../db/repos/children';
import { appendEvent, lockApplication, releaseClaims, updateApplication, type SubsidyApplicationRow } from '../../db/repos/subsidies';
import { maskForLog } from '../../security/maskForLog';
import { updateSubsidyCase } from './caseRecord';
import { ACCOUNT_KIND_TEXT, APPLICATION_NOT_FOUND, applicationLink, linesOf, ruleSummary, STATUS_TEXT } from './record';
import type { SubsidyDeps } from './submit';

export interface Staff {
  userId: string;
  role: 'health_bureau' | 'finance';
}

interface Move {
  to: SubsidyStatus;
  note?: string;
  rejectReason?: string;
  paidOn?: string;
  notice: { title: string; body: string };
  audit: { action: string; detail: Record<string, unknown> };
}

async function lockInStatus(deps: SubsidyDeps, id: string, from: SubsidyStatus, doing: string, now: Date): Promise<SubsidyApplicationRow> {
  const row = await lockApplication(deps.db, id, now);
  if (!row) throw notFound(APPLICATION_NOT_FOUND);
  if (row.status !== from) throw conflict(`该申请当前状态为“${STATUS_TEXT[row.status]}”，不能${doing}，请刷新后查看最新进度`);
  return row;
}

async function childNameOf(deps: SubsidyDeps, row: SubsidyApplicationRow): Promise<string> {
  return (await findChild(deps.db, row.child_id))?.name ?? '孩子';
}

async function applyMove(deps: SubsidyDeps, row: SubsidyApplicationRow, move: Move, staff: Staff, now: Date): Promise<void> {
  await updateApplication(deps.db, row.id, {
    status: move.to,
    updated_at: now.toISOString(),
    ...(move.rejectReason !== undefined ? { reject_reason: move.rejectReason } : {}),
    ...(move.paidOn !== undefined ? { paid_on: move.paidOn } : {}),
  });
  await appendEvent(deps.db, row.id, { status: move.to, actorUserId: staff.userId, ...(move.note ? { note: move.note } : {}) }, now);
  await updateSubsidyCase(deps.db, row.id, move.to, now);
  // Messages are stored in clear: anything that looks like an ID number or phone is masked.
  await deps.notify.send(row.applicant_user_id, {
    title: move.notice.title,
    body: maskForLog(move.notice.body),
    link: applicationLink(row.id),
  });
  await appendAudit(
    deps.db,
    {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: move.audit.action,
      targetType: 'subsidy_application',
      targetId: row.id,
      detail: { number: row.number, from: row.status, to: move.to, ...move.audit.detail },
    },
    now,
  );
}

export async function acceptApplication(deps: SubsidyDeps, id: string, staff: Staff): Promise<void> {
  const now = deps.clock.now();
  const row = await lockInStatus(deps, id, 'submitted', '受理', now);
  const child = await childNameOf(deps, row);
  await applyMove(
    deps,
    row,
    {
      to: 'under_review',
      note: '卫生健康局已受理，正在审核',
      notice: {
        title: '补贴申请已受理',
        body: `卫生健康局已受理您为${child}提交的补贴申请（申请编号 ${row.number}），正在审核，将在${row.review_due_by}前完成。`,
      },
      audit: { action: 'subsidy.accept', detail: {} },
    },
    staff,
    now,
  );
}

export async function decideApplication(
  deps: SubsidyDeps,
  id: string,
  decision: 'approve' | 'reject',
  reason: string | undefined,
  staff: Staff,
): Promise<void> {
  const now = deps.clock.now();
  const row = await lockInStatus(deps, id, 'under_review', decision === 'approve' ? '审核通过' : '作不予通过处理', now);
  const child = await childNameOf(deps, row);
  const summary = ruleSummary(linesOf(row));
  if (decision === 'approve') {
    await applyMove(
      deps,
      row,
      {
        to: 'approved',
        note: '审核通过，等待财政部门发放',
        notice: {
          title: '补贴申请已审核通过',
          body:
            `您为${child}申领的${summary}合计${formatYuan(row.total_fen)}已审核通过（申请编号 ${row.number}），` +
            `将在季度发放批次中发放到尾号${row.account_last4}的${ACCOUNT_KIND_TEXT[row.account_kind]}。`,
        },
        audit: { action: 'subsidy.approve', detail: { totalFen: row.total_fen } },
      },
      staff,
      now,
    );
    return;
  }
  const why = reason ?? '';
  // The periods it claimed are free again: the parent may fix what was wrong and apply again.
  await releaseClaims(deps.db, row.id);
  await applyMove(
    deps,
    row,
    {
      to: 'rejected',
      note: why,
      rejectReason: why,
      notice: {
        title: '补贴申请未通过审核',
        body: `您为${child}提交的补贴申请（申请编号 ${row.number}）未通过审核：${why}。请按说明核对后重新申请。`,
      },
      audit: { action: 'subsidy.reject', detail: { reason: why } },
    },
    staff,
    now,
  );
}

/** One application of a batch that finance marked paid; the caller has locked the batch. */
export async function markApplicationPaid(
  deps: SubsidyDeps,
  row: SubsidyApplicationRow,
  batch: { number: string; paidOn: string },
  staff: Staff,
): Promise<void> {
  const now = deps.clock.now();
  if (row.status !== 'approved') throw conflict(`申请 ${row.number} 当前状态为“${STATUS_TEXT[row.status]}”，不能标记为已发放`);
  const child = await childNameOf(deps, row);
  await applyMove(
    deps,
    row,
    {
      to: 'paid',
      note: `已于${batch.paidOn}发放（发放批次 ${batch.number}）`,
      paidOn: batch.paidOn,
      notice: {
        title: '补贴已发放',
        body:
          `您为${child}申领的${ruleSummary(linesOf(row))}合计${formatYuan(row.total_fen)}已于${batch.paidOn}发放到尾号${row.account_last4}的` +
          `${ACCOUNT_KIND_TEXT[row.account_kind]}（申请编号 ${row.number}，发放批次 ${batch.number}）。`,
      },
      audit: { action: 'subsidy.paid', detail: { batch: batch.number, paidOn: batch.paidOn } },
    },
    staff,
    now,
  );
}

/**
 * One transfer of an open batch that the bank returned: the application leaves the batch (it stays
 * approved, so the next batch gathers it), the failure is kept with the batch, and the family is told.
 * The caller has checked the batch is open.
 */
export async function carryFailedTransfer(
  deps: SubsidyDeps,
  applicationId: string,
  batch: { id: string; number: string },
  reason: string,
  staff: Staff,
): Promise<void> {
  const now = deps.clock.now();
  const row = await lockApplication(deps.db, applicationId, now);
  if (!row || row.batch_id !== batch.id) throw notFound(`发放批次 ${batch.number} 中没有这笔申请，请刷新后查看`);
  if (row.status !== 'approved') throw conflict(`申请 ${row.number} 当前状态为“${STATUS_TEXT[row.status]}”，不能标记转账失败`);
  const at = now.toISOString();
  await updateApplication(deps.db, row.id, { batch_id: null, updated_at: at });
  await insertTransferFailure(deps.db, {
    id: newId(),
    batch_id: batch.id,
    application_id: row.id,
    reason,
    recorded_by: staff.userId,
    recorded_at: at,
  });
  await appendEvent(
    deps.db,
    row.id,
    { status: 'approved', actorUserId: staff.userId, note: `发放批次 ${batch.number} 转账未成功（${reason}），转入下一发放批次` },
    now,
  );
  const child = await childNameOf(deps, row);
  await deps.notify.send(row.applicant_user_id, {
    title: '补贴转账未成功',
    body: maskForLog(
      `您为${child}申领的补贴合计${formatYuan(row.total_fen)}在发放批次 ${batch.number} 中转账未成功（${reason}），将在下一发放批次重新发放到尾号${row.account_last4}的` +
        `${ACCOUNT_KIND_TEXT[row.account_kind]}（申请编号 ${row.number}）。如账户有变化，请联系县卫生健康局。`,
    ),
    link: applicationLink(row.id),
  });
  await appendAudit(
    deps.db,
    {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: 'payout.transferFailed',
      targetType: 'subsidy_application',
      targetId: row.id,
      detail: { number: row.number, batch: batch.number, reason, totalFen: row.total_fen },
    },
    now,
  );
}
