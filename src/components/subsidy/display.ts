import type { PayoutAccountView, SubsidyEvent, SubsidyStatus } from '@domain/subsidy/types';
import type { StatusTone } from '@/components/StatusTag';
import type { TimelineEntry } from '@/components/Timeline';
import { formatInstant } from '@/services/format';

const TONE: Record<SubsidyStatus, StatusTone> = {
  submitted: 'pending',
  under_review: 'pending',
  approved: 'ok',
  rejected: 'bad',
  paid: 'ok',
};

const EVENT_TITLE: Record<SubsidyStatus, string> = {
  submitted: '已提交，等待卫生健康局受理',
  under_review: '卫生健康局已受理，正在审核',
  approved: '审核通过，等待财政按季度发放',
  rejected: '审核未通过',
  paid: '已发放到账户',
};

const ACCOUNT_KIND: Record<PayoutAccountView['kind'], string> = {
  bank_card: '银行卡',
  social_security_card: '社保卡',
};

export function subsidyTone(status: SubsidyStatus): StatusTone {
  return TONE[status];
}

export function subsidyTimeline(events: SubsidyEvent[]): TimelineEntry[] {
  return events.map((e) => ({
    at: formatInstant(e.at),
    title: EVENT_TITLE[e.status],
    note: e.note,
    tone: e.status === 'paid' || e.status === 'approved' ? 'ok' : e.status === 'rejected' ? 'bad' : 'neutral',
  }));
}

export function accountKindText(kind: PayoutAccountView['kind']): string {
  return ACCOUNT_KIND[kind];
}

/** '中国农业银行 银行卡 尾号1234' */
export function accountText(account: PayoutAccountView): string {
  return `${account.bankName} ${ACCOUNT_KIND[account.kind]} 尾号${account.last4}`;
}

/** '户名 张三（申请人本人）' */
export function accountHolderText(account: PayoutAccountView): string {
  return `户名 ${account.holderName}（${account.holder === 'child' ? '孩子' : '申请人本人'}）`;
}
