import type { StepStatus } from '@domain/birth/types';
import type { StepEvent } from '@domain/birth/views';
import { STEP_STATUS_TEXT } from '@domain/birth/bundleGraph';
import type { StatusTone } from '@/components/StatusTag';
import type { TimelineEntry } from '@/components/Timeline';
import { formatInstant } from '@/services/format';

const TONE: Record<StepStatus, StatusTone> = {
  waiting: 'off',
  pending: 'pending',
  accepted: 'pending',
  done: 'ok',
  rejected: 'bad',
  excluded: 'off',
};

const EVENT_TITLE: Record<StepStatus, string> = {
  waiting: '已提交，等待前序事项办结',
  pending: '已送达承办部门，等待受理',
  accepted: '承办部门已受理',
  done: '已办结',
  rejected: '被退回，需要补正',
  excluded: '未申请办理',
};

export function stepTone(status: StepStatus): StatusTone {
  return TONE[status];
}

export function stepStatusText(status: StepStatus): string {
  return STEP_STATUS_TEXT[status];
}

export function stepTimeline(events: StepEvent[]): TimelineEntry[] {
  return events.map((e) => ({
    at: formatInstant(e.at),
    title: e.by === 'parent' && e.status === 'pending' ? '已补正并重新提交' : EVENT_TITLE[e.status],
    note: e.note,
    tone: e.status === 'done' ? 'ok' : e.status === 'rejected' ? 'bad' : 'neutral',
  }));
}
