import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { BundleStepKey } from '@domain/birth/types';
import { BUNDLE_STEPS, isBundleRole, stepForRole } from '@domain/birth/bundleGraph';
import { hukouDueDate } from '@domain/birth/bundleRules';
import { diffDays, todayIn } from '@domain/dates';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { ChoiceField } from '@/components/form/ChoiceField';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { bundleStaffService } from '@/services/birth';
import { waitingText } from '../waiting';
import './index.scss';
import { pageUrl } from '@domain/routes';

/** The police's one-month limit (户口登记条例 第七条): the last day, and how far it is. */
function HukouDeadline({ birthDate, today }: { birthDate: string; today: string }) {
  const due = hukouDueDate(birthDate);
  const left = diffDays(due, today);
  const late = left < 0;
  return (
    <View className={`queue-deadline ${late ? 'queue-deadline-late' : left <= 7 ? 'queue-deadline-near' : ''}`} data-deadline={due}>
      出生登记期限 {due}
      {late ? `（已超过${-left}天）` : left === 0 ? '（今天截止）' : `（还有${left}天）`}
    </View>
  );
}

export default function BundleQueuePage() {
  const { me } = useMe();
  const mySteps = (me?.roles ?? [])
    .map((r) => r.role)
    .filter(isBundleRole)
    .map(stepForRole);
  const [picked, setPicked] = useState<BundleStepKey | null>(null);
  const step = picked ?? mySteps[0] ?? null;
  const queue = useLoad(() => bundleStaffService.queue(step ?? undefined), [step], { enabled: step !== null });
  const now = new Date();
  const title = BUNDLE_STEPS.find((s) => s.key === step)?.title ?? '';

  return (
    <PageShell load={queue}>
      {mySteps.length > 1 ? (
        <View className='card'>
          <ChoiceField
            name='step'
            label='事项'
            value={step ?? ''}
            options={mySteps.map((s) => ({ value: s, label: BUNDLE_STEPS.find((b) => b.key === s)?.title ?? s }))}
            onChange={(v) => setPicked(v as BundleStepKey)}
          />
        </View>
      ) : null}
      <View className='section-title'>
        {title} · 待办 {queue.data?.length ?? 0} 件（最早提交的在前）
      </View>
      {queue.data && queue.data.length === 0 ? <EmptyState title='暂无待办'>新的申请到达时会出现在这里。</EmptyState> : null}
      {(queue.data ?? []).map((item) => (
        <Press
          look='block'
          key={`${item.caseId}-${item.step}`}
          className='card queue-item'
          data-case={item.caseNumber}
          onClick={() => Taro.navigateTo({ url: pageUrl('/packages/staff/bundle-step/index', { caseId: item.caseId, step: item.step }) })}
        >
          <View className='row'>
            <Text className='card-title'>{item.childName}</Text>
            <StatusTag text={item.status === 'pending' ? '待受理' : '办理中'} tone='pending' />
          </View>
          <View className='muted'>
            出生日期 {item.childBirthDate} · 申请编号 {item.caseNumber}
          </View>
          {item.step === 'hukou' ? <HukouDeadline birthDate={item.childBirthDate} today={todayIn(now)} /> : null}
          <View className='muted'>{waitingText(item.since, now)}</View>
        </Press>
      ))}
    </PageShell>
  );
}
