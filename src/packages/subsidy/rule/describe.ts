// A rule's data in the words a parent reads. Every number comes from the rule itself (rules.ts).
import type { Deadline, DateWindow, SubsidyRule } from '@domain/subsidy/rules';
import { formatYuan } from '@domain/money';
import { formatDate } from '@/services/format';

const ORDER_NAMES = ['', '一孩', '二孩', '三孩', '四孩', '五孩'];

function orderName(order: number): string {
  return ORDER_NAMES[order] ?? `第${order}孩`;
}

export function windowText(w: DateWindow | undefined): string | null {
  if (!w || (!w.from && !w.to)) return null;
  if (w.from && w.to) return `${formatDate(w.from)}至${formatDate(w.to)}`;
  if (w.from) return `${formatDate(w.from)}起`;
  return `${formatDate(w.to!)}止`;
}

function per(rule: SubsidyRule): string {
  if (rule.schedule.kind === 'once') return '一次性';
  if (rule.schedule.kind === 'yearly') return '每年';
  return '每月';
}

export function amountText(rule: SubsidyRule): string {
  const unit = per(rule);
  if (rule.amount.kind === 'flat') {
    const yearly = rule.schedule.kind === 'monthly' ? `（每年${formatYuan(rule.amount.fen * 12)}）` : '';
    return `${unit}${formatYuan(rule.amount.fen)}${yearly}`;
  }
  return Object.entries(rule.amount.fen)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([order, fen]) => `${orderName(Number(order))}${unit}${formatYuan(fen)}`)
    .join('，');
}

export function scheduleText(rule: SubsidyRule): string {
  const s = rule.schedule;
  if (s.kind === 'once') return '出生后发放一次';
  const until = s.untilAgeYears ? `，发放到满${s.untilAgeYears}周岁` : '';
  if (s.kind === 'yearly') return `按年度发放${until}`;
  return `按月计算，每年度发放一次${until}`;
}

export function whoText(rule: SubsidyRule): string {
  const e = rule.eligibility;
  const parts: string[] = [];
  if (e.birthOrders) parts.push(e.birthOrders.map(orderName).join('、'));
  if (e.hukou === 'first-spell-local') parts.push('新出生并户口登记在盈江县');
  if (e.hukou === 'local') parts.push('户口在盈江县期间（迁出的自次月起停发）');
  if (e.maxDisabilityGrade) parts.push(`失独父母，伤病残鉴定为一至${e.maxDisabilityGrade}级`);
  if (parts.length === 0) parts.push(rule.subject === 'child' ? '每个孩子' : '符合条件的父母');
  return parts.join('；');
}

function deadlineText(d: Deadline): string {
  if (d.kind === 'date') return `${formatDate(d.date)}前`;
  const years = ['当年', '次年'];
  const year = d.of === 'birth' ? `出生${years[d.plusYears] ?? `后第${d.plusYears}年`}` : (years[d.plusYears] ?? `后第${d.plusYears}年`);
  const floor = d.notBefore ? `（截止日不早于${formatDate(d.notBefore)}）` : '';
  return `${year}12月31日前${floor}`;
}

export function applyText(rule: SubsidyRule): string {
  const first = rule.apply.firstPeriodBy;
  if (!first) return deadlineText(rule.apply.by);
  return `首次申领：${deadlineText(first)}；以后每年度：${deadlineText(rule.apply.by)}`;
}
