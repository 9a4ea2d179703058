import type { CheckStatus } from '@domain/maternal/types';
import type { StatusTone } from '@/components/StatusTag';

export const CHECK_STATUS: Readonly<Record<CheckStatus, { text: string; tone: StatusTone }>> = {
  done: { text: '已完成', tone: 'ok' },
  due: { text: '现在该做', tone: 'pending' },
  upcoming: { text: '未到时间', tone: 'off' },
  overdue: { text: '已过时间，请尽快补做', tone: 'bad' },
  missed: { text: '已错过', tone: 'off' },
  'not-needed': { text: '无需再做', tone: 'off' },
};
