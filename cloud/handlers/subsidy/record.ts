// A subsidy application's shapes: the row (account number sealed, only its last 4 in clear; papers
// sealed) and the view every screen shows (SubsidyApplicationView).
import type { PayoutAccountView, SubsidyApplicationView, SubsidyEvent, SubsidyLine, SubsidyStatus } from '../../../domain/subsidy/types';
import { pageUrl } from '../../../domain/routes';
import type { PayoutBatchRow } from '../../db/repos/payoutBatches';
import type { SubsidyApplicationRow, SubsidyEventRow } from '../../db/repos/subsidies';

export const APPLICATION_NOT_FOUND = '未找到该补贴申请';

export const STATUS_TEXT: Readonly<Record<SubsidyStatus, string>> = {
  submitted: '已提交',
  under_review: '审核中',
  approved: '审核通过',
  rejected: '未通过',
  paid: '已发放',
};

export const ACCOUNT_KIND_TEXT: Readonly<Record<PayoutAccountView['kind'], string>> = {
  bank_card: '银行卡',
  social_security_card: '社保卡（金融账户）',
};

export function applicationTitle(childName: string): string {
  return `生育补贴申领（${childName}）`;
}

export function applicationLink(id: string): string {
  return pageUrl('/packages/subsidy/application/index', { id });
}

export function linesOf(row: Pick<SubsidyApplicationRow, 'lines_json'>): SubsidyLine[] {
  return JSON.parse(row.lines_json) as SubsidyLine[];
}

export function accountView(row: SubsidyApplicationRow): PayoutAccountView {
  return {
    kind: row.account_kind,
    holder: row.account_holder,
    holderName: row.account_holder_name,
    bankName: row.account_bank_name,
    last4: row.account_last4,
  };
}

export function eventView(e: SubsidyEventRow): SubsidyEvent {
  return { at: e.at, status: e.status, ...(e.note ? { note: e.note } : {}) };
}

export function applicationView(
  row: SubsidyApplicationRow,
  childName: string,
  events: readonly SubsidyEventRow[],
  batch: PayoutBatchRow | undefined,
): SubsidyApplicationView {
  const view: SubsidyApplicationView = {
    id: row.id,
    number: row.number,
    childId: row.child_id,
    childName,
    applicantName: row.applicant_name,
    status: row.status,
    statusText: STATUS_TEXT[row.status],
    submittedAt: row.submitted_at,
    reviewDueBy: row.review_due_by,
    lines: linesOf(row),
    totalFen: row.total_fen,
    account: accountView(row),
    events: events.filter((e) => e.application_id === row.id).map(eventView),
  };
  if (row.status === 'rejected' && row.reject_reason) view.rejectReason = row.reject_reason;
  if (batch) view.batch = { id: batch.id, number: batch.number, ...(row.paid_on ? { paidOn: row.paid_on } : {}) };
  return view;
}

/** '国家育儿补贴2025年度、县一次性生育补贴' */
export function ruleSummary(lines: readonly SubsidyLine[]): string {
  return lines.map((l) => (l.periodKey === 'once' ? l.ruleName : `${l.ruleName}${l.periodLabel}`)).join('、');
}
