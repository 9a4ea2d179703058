import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { BundleStepKey, StepResult } from '@domain/birth/types';
import { bundleStep, isBundleStepKey } from '@domain/birth/bundleGraph';
import { todayIn } from '@domain/dates';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ShownRows } from '@/components/ShownRows';
import { StatusTag } from '@/components/StatusTag';
import { bindFields } from '@/components/form/bindFields';
import { CheckListField } from '@/components/form/CheckListField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { showError } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { bundleStaffService } from '@/services/birth';
import { openFile } from '@/services/transport';
import { stepStatusText, stepTimeline, stepTone } from '@/components/bundle/stepDisplay';
import { waitingText } from '../waiting';
import { RESULT_FIELDS } from './resultFields';
import { RejectCard } from '../RejectCard';
import { useStaffAction } from '../useStaffAction';
import { WorkHistory } from '../WorkHistory';

const isFile = (value: string) => value.startsWith('/api/files/');

export default function BundleStepPage() {
  const { params } = useRouter();
  const caseId = params.caseId ?? '';
  // An unknown step in the link is said, never replaced by another department's step.
  const known = isBundleStepKey(params.step);
  const step: BundleStepKey = known ? (params.step as BundleStepKey) : 'birth_certificate';
  const work = useLoad(() => bundleStaffService.step(caseId, step), [caseId, step], { enabled: known });
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(RESULT_FIELDS[step].map((f) => [f.key, ''])),
    registeredOn: todayIn(new Date()),
    paidOn: todayIn(new Date()),
  }));
  const [reason, setReason] = useState('');
  const [toFix, setToFix] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState(false);
  const { busy, act, errors } = useStaffAction(work.setData, { fieldErrors: 'inline' });
  const w = work.data;

  if (!known) {
    return (
      <PageShell>
        <EmptyState title='未找到该事项'>链接中的办理事项无法识别，请从待办列表重新打开。</EmptyState>
        <Press className='btn btn-secondary btn-block' onClick={() => Taro.navigateBack()}>
          返回待办
        </Press>
      </PageShell>
    );
  }

  if (!w) {
    return <PageShell load={work} />;
  }

  const result = (): StepResult => {
    const entries = RESULT_FIELDS[step].map((f) => [f.key, values[f.key]?.trim() ?? ''] as const);
    return Object.fromEntries(
      entries.filter(([key, v]) => v !== '' || !RESULT_FIELDS[step].find((f) => f.key === key)?.optional),
    ) as unknown as StepResult;
  };

  // The result goes to the server under `result`: its fields are named, and their errors come back, by that path.
  const resultField = bindFields(values, (patch) => setValues({ ...values, ...patch } as Record<string, string>), errors, 'result.');
  const open = w.status === 'pending' || w.status === 'accepted';
  const changed = w.data.filter((d) => d.before !== undefined).length;
  // One choice per application field (the 户口簿 photos are one item).
  const fixable = [...new Map(w.data.filter((d) => d.field).map((d) => [d.field!, { value: d.field!, label: d.label }])).values()];
  return (
    <PageShell load={work}>
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>{bundleStep(step).title}</Text>
          <StatusTag text={stepStatusText(w.status)} tone={stepTone(w.status)} />
        </View>
        <View className='muted'>
          申请编号 {w.caseNumber} · {waitingText(w.since, new Date())}
        </View>
      </View>

      <View className='card'>
        <View className='card-title'>办理所需信息</View>
        {changed > 0 ? <View className='step-changed-note'>申请人补正后重新提交，修改过的 {changed} 项已标出（原内容附后）。</View> : null}
        {w.data.map((d, i) => (
          <View
            key={`${d.label}-${i}`}
            className={`kv ${d.before !== undefined ? 'kv-changed' : ''}`}
            data-changed={d.before !== undefined ? '1' : undefined}
          >
            <View className='kv-key'>{d.label}</View>
            <View className='kv-value'>
              {isFile(d.value) ? (
                <Press className='btn btn-secondary' size='mini' onClick={() => openFile(d.value, d.label).catch(showError)}>
                  查看照片
                </Press>
              ) : (
                d.value
              )}
              {d.before !== undefined ? (
                <View className='kv-before'>
                  {isFile(d.before) || isFile(d.value) ? '已更换照片' : `已修改，原为：${d.before || '（空）'}`}
                </View>
              ) : null}
            </View>
          </View>
        ))}
        <View className='muted'>本次查阅已记入审计日志。</View>
      </View>

      {w.result ? (
        <View className='card'>
          <View className='card-title'>办理结果</View>
          <ShownRows rows={w.result} />
        </View>
      ) : null}

      {w.status === 'pending' && !rejecting ? (
        <Press
          className='btn btn-primary btn-block'
          disabled={busy}
          onClick={() => act(() => bundleStaffService.accept(caseId, step), '已受理')}
        >
          受理
        </Press>
      ) : null}

      {w.status === 'accepted' && !rejecting ? (
        <View className='card'>
          <View className='card-title'>办结</View>
          {RESULT_FIELDS[step].map((f) =>
            f.kind === 'date' ? (
              <DateField
                key={f.key}
                {...resultField(f.key)}
                label={f.label}
                required={!f.optional}
                end={todayIn(new Date())}
                hint={f.hint}
              />
            ) : (
              <TextField
                key={f.key}
                {...resultField(f.key)}
                label={f.label}
                required={!f.optional}
                type={f.kind === 'idcard' ? 'idcard' : 'text'}
                maxlength={f.kind === 'idcard' ? 18 : 60}
                hint={f.hint}
              />
            ),
          )}
          {errors._ ? <View className='field-error'>{errors._}</View> : null}
          <Press
            className='btn btn-primary btn-block'
            disabled={busy}
            onClick={() => act(() => bundleStaffService.complete(caseId, step, result()), '已办结')}
          >
            办结并通知申请人
          </Press>
        </View>
      ) : null}

      <RejectCard
        available={open}
        rejecting={rejecting}
        onStart={() => setRejecting(true)}
        title='退回补正'
        hint='申请人会收到退回原因，只需修改并重新提交本事项。'
        reasonLabel='退回原因'
        reason={reason}
        onReason={setReason}
        error={errors.reason}
        confirmText='确认退回'
        busy={busy}
        onBack={() => setRejecting(false)}
        onConfirm={() =>
          act(() => bundleStaffService.reject(caseId, step, reason, toFix), '已退回').then((ok) => ok && setRejecting(false))
        }
      >
        <CheckListField
          name='fields'
          label='需要补正的项目'
          hint='勾选后，申请人打开补正时会直接看到这些项目和退回原因'
          value={toFix}
          options={fixable}
          onChange={setToFix}
          error={errors.fields}
        />
      </RejectCard>

      <WorkHistory entries={stepTimeline(w.events)} done={!open} />
    </PageShell>
  );
}
