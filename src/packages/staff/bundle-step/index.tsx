import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Button, Text } from '@tarojs/components';
import type { BundleStepKey, StepResult } from '@domain/birth/types';
import { bundleStep, isBundleStepKey } from '@domain/birth/bundleGraph';
import { todayIn } from '@domain/dates';
import type { FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ShownRows } from '@/components/ShownRows';
import { StatusTag } from '@/components/StatusTag';
import { Timeline } from '@/components/Timeline';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { unnest } from '@/components/form/wizard';
import { showError, showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { bundleStaffService } from '@/services/staff';
import { openFile } from '@/services/transport';
import { stepStatusText, stepTimeline, stepTone } from '@/components/bundle/stepDisplay';
import { waitingText } from '../waiting';
import { RESULT_FIELDS } from './resultFields';

export default function BundleStepPage() {
  const { params } = useRouter();
  const caseId = params.caseId ?? '';
  const step: BundleStepKey = isBundleStepKey(params.step) ? params.step : 'birth_certificate';
  const work = useLoad(() => bundleStaffService.step(caseId, step));
  const [values, setValues] = useState<Record<string, string>>({ registeredOn: todayIn(new Date()), paidOn: todayIn(new Date()) });
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const w = work.data;

  if (!w) {
    return (
      <PageShell>
        <EmptyState title='正在加载…' />
      </PageShell>
    );
  }

  const act = async (run: () => Promise<typeof w>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      setErrors({});
      work.setData(await run());
      showSuccess(done);
      return true;
    } catch (error) {
      setErrors(unnest(showError(error, { fieldErrors: 'inline' }), 'result'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const result = (): StepResult => {
    const entries = RESULT_FIELDS[step].map((f) => [f.key, values[f.key]?.trim() ?? ''] as const);
    return Object.fromEntries(entries.filter(([key, v]) => v !== '' || !RESULT_FIELDS[step].find((f) => f.key === key)?.optional)) as unknown as StepResult;
  };

  const open = w.status === 'pending' || w.status === 'accepted';
  return (
    <PageShell>
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
        {w.data.map((d) => (
          <View key={d.label} className='kv'>
            <View className='kv-key'>{d.label}</View>
            <View className='kv-value'>
              {d.value.startsWith('/api/files/') ? (
                <Button className='btn btn-secondary' size='mini' onClick={() => openFile(d.value).catch(showError)}>
                  查看照片
                </Button>
              ) : (
                d.value
              )}
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
        <Button className='btn btn-primary btn-block' disabled={busy} onClick={() => act(() => bundleStaffService.accept(caseId, step), '已受理')}>
          受理
        </Button>
      ) : null}

      {w.status === 'accepted' && !rejecting ? (
        <View className='card'>
          <View className='card-title'>办结</View>
          {RESULT_FIELDS[step].map((f) =>
            f.kind === 'date' ? (
              <DateField key={f.key} name={`result.${f.key}`} label={f.label} required={!f.optional} value={values[f.key] ?? ''} end={todayIn(new Date())} onChange={(v) => setValues({ ...values, [f.key]: v })} error={errors[f.key]} hint={f.hint} />
            ) : (
              <TextField
                key={f.key}
                name={`result.${f.key}`}
                label={f.label}
                required={!f.optional}
                type={f.kind === 'idcard' ? 'idcard' : 'text'}
                maxlength={f.kind === 'idcard' ? 18 : 60}
                value={values[f.key] ?? ''}
                onChange={(v) => setValues({ ...values, [f.key]: v })}
                error={errors[f.key]}
                hint={f.hint}
              />
            ),
          )}
          {errors._ ? <View className='field-error'>{errors._}</View> : null}
          <Button className='btn btn-primary btn-block' disabled={busy} onClick={() => act(() => bundleStaffService.complete(caseId, step, result()), '已办结')}>
            办结并通知申请人
          </Button>
        </View>
      ) : null}

      {open && !rejecting ? (
        <Button className='btn btn-danger btn-block' onClick={() => setRejecting(true)}>
          退回补正
        </Button>
      ) : null}

      {rejecting ? (
        <View className='card'>
          <View className='card-title'>退回补正</View>
          <View className='muted'>申请人会收到退回原因，只需修改并重新提交本事项。</View>
          <TextField name='reason' label='退回原因' required value={reason} onChange={setReason} error={errors.reason} maxlength={200} />
          <View className='form-actions'>
            <Button className='btn btn-secondary form-back' onClick={() => setRejecting(false)}>
              返回
            </Button>
            <Button
              className='btn btn-danger form-next'
              disabled={busy}
              onClick={() => act(() => bundleStaffService.reject(caseId, step, reason), '已退回').then((ok) => ok && setRejecting(false))}
            >
              确认退回
            </Button>
          </View>
        </View>
      ) : null}

      <View className='card'>
        <View className='card-title'>办理记录</View>
        <Timeline entries={stepTimeline(w.events)} />
      </View>
      {!open ? (
        <Button className='btn btn-secondary btn-block' onClick={() => Taro.navigateBack()}>
          返回待办
        </Button>
      ) : null}
    </PageShell>
  );
}
