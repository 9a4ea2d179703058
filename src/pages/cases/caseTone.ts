import type { StatusTone } from '@/components/StatusTag';

const TONES: Record<string, StatusTone> = {
  registered: 'ok',
  cancelled: 'off',
  completed: 'ok',
  needs_fix: 'bad',
  // subsidy applications
  paid: 'ok',
  rejected: 'bad',
  // 托育 visit bookings and place applications
  accepted: 'ok',
  declined: 'bad',
};

export function caseTone(status: string): StatusTone {
  return TONES[status] ?? 'pending';
}
