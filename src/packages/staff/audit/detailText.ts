// An audit entry's details as one line of Chinese: '编号：BT…；金额：8,100元', nested values as
// compact JSON. Keys without a Chinese name are shown as they are.
import { AUDIT_DETAIL_LABELS } from '@domain/audit/labels';
import { formatYuan } from '@domain/money';

function valueText(key: string, value: unknown): string {
  if (typeof value === 'number' && /Fen$/.test(key)) return formatYuan(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${AUDIT_DETAIL_LABELS[key] ?? key}：${valueText(key, value)}`)
    .join('；');
}
