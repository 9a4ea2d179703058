import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { BirthCaseView, StepView } from '@domain/birth/views';
import type { ResultSummary } from '@domain/birth/collection';
import { bundleStep } from '@domain/birth/bundleGraph';
import { OTHER_PARENT_CONSENT_TEXT } from '@domain/registration/spouseConsent';
import { PageShell } from '@/components/PageShell';
import { ShownRows } from '@/components/ShownRows';
import { StatusTag } from '@/components/StatusTag';
import { Timeline } from '@/components/Timeline';
import { useLoad } from '@/hooks/useLoad';
import { birthService } from '@/services/birth';
import { formatDate } from '@/services/format';
import { stepStatusText, stepTimeline, stepTone } from '@/components/bundle/stepDisplay';
import './index.scss';
import { pageUrl } from '@domain/routes';
import { KvRow } from '@/components/KvRow';

const CASE_STATUS: Record<BirthCaseView['status'], { text: string; tone: 'ok' | 'pending' | 'bad' }> = {
  in_progress: { text: '办理中', tone: 'pending' },
  needs_fix: { text: '待补正', tone: 'bad' },
  completed: { text: '已全部办结', tone: 'ok' },
};

function StepCard({ caseId, step }: { caseId: string; step: StepView }) {
  const waitingFor = step.dependsOn.map((d) => bundleStep(d).title).join('、');
  return (
    <View className={`card step step-${step.status}`} data-step={step.key}>
      <View className='row'>
        <View>
          <View className='card-title'>{step.title}</View>
          <View className='muted'>{step.department}</View>
        </View>
        <StatusTag text={stepStatusText(step.status)} tone={stepTone(step.status)} />
      </View>
      {step.status === 'waiting' ? <View className='muted step-waiting'>{waitingFor}办结后自动开始</View> : null}
      {step.status !== 'excluded' ? <Timeline entries={stepTimeline(step.events)} /> : <View className='muted'>本次未申请办理</View>}
      {step.result ? (
        <View className='step-result'>
          <ShownRows rows={step.result} />
        </View>
      ) : null}
      {step.status === 'rejected' ? (
        <>
          <View className='step-reject'>退回原因：{step.rejectReason}</View>
          {step.rejectFields && step.rejectFields.length > 0 ? (
            <View className='step-reject'>请修改：{step.rejectFields.map((f) => f.label).join('、')}</View>
          ) : null}
          <Press
            className='btn btn-primary btn-block'
            onClick={() => Taro.navigateTo({ url: pageUrl('/packages/birth/form/index', { id: caseId, fix: step.key }) })}
          >
            修改并重新提交
          </Press>
        </>
      ) : null}
    </View>
  );
}

/** A finished case opens on this: each result, where and when to collect it, what to bring. */
function SummaryCard({ items }: { items: ResultSummary[] }) {
  return (
    <View className='card case-summary'>
      <View className='card-title'>全部办好了，接下来这样领取</View>
      {items.map((item) => (
        <View key={item.step} className='summary-item' data-summary={item.step}>
          <View className='summary-result'>{item.result}</View>
          <View className='muted'>{item.detail}</View>
          <KvRow label='到哪里'>{item.where}</KvRow>
          <KvRow label='什么时候'>{item.when}</KvRow>
          {item.bring.length > 0 ? <KvRow label='带什么'>{item.bring.join('、')}</KvRow> : null}
          {item.how ? <View className='summary-how'>{item.how}</View> : null}
          {item.source ? <View className='muted summary-source'>依据：{item.source}</View> : null}
        </View>
      ))}
    </View>
  );
}

export default function BirthCasePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => birthService.get(id));
  const [history, setHistory] = useState(false);
  const c = loaded.data;
  if (!c) {
    return <PageShell load={loaded} />;
  }
  const status = CASE_STATUS[c.status];
  const justSubmitted = params.fresh === '1' && c.steps.every((s) => ['pending', 'waiting', 'excluded'].includes(s.status));
  const rejected = c.steps.filter((s) => s.status === 'rejected');
  return (
    <PageShell load={loaded}>
      {justSubmitted ? <View className='case-fresh'>已提交！各部门会按顺序办理，每一步都会通知您。</View> : null}
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>{c.child.name}</Text>
          <StatusTag text={status.text} tone={status.tone} />
        </View>
        <View className='muted'>
          {formatDate(c.child.birthDate)} {c.child.birthTime} 出生于{c.child.hospitalName}
        </View>
        <View className='muted'>申请编号 {c.number}</View>
        {c.otherParentConsent !== 'confirmed' ? <View className='muted'>{OTHER_PARENT_CONSENT_TEXT[c.otherParentConsent]}</View> : null}
        {rejected.length > 0 ? (
          <View className='case-fix'>需要补正：{rejected.map((s) => s.title).join('、')}（见下方退回原因）</View>
        ) : null}
      </View>

      {c.summary ? <SummaryCard items={c.summary} /> : null}

      {c.summary && !history ? (
        <Press className='btn btn-secondary btn-block' onClick={() => setHistory(true)}>
          查看各部门办理经过
        </Press>
      ) : null}

      {c.summary && !history ? null : c.deadlines.length > 0 ? (
        <View className='card'>
          <View className='card-title'>时限提醒</View>
          {c.deadlines.map((d) => (
            <View key={d.key} className='kv case-deadline'>
              <View className='kv-key'>{d.title}</View>
              <View className='kv-value'>
                <View>
                  {formatDate(d.dueDate)}前{d.met === true ? ' ✓ 已按时办结' : d.met === false ? ' · 已超期' : ''}
                </View>
                <View className='muted'>{d.note}</View>
              </View>
            </View>
          ))}
        </View>
      ) : null}

      {c.summary && !history ? null : c.steps.map((s) => <StepCard key={s.key} caseId={c.id} step={s} />)}
    </PageShell>
  );
}
