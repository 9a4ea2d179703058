import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { RecordCheckRequest, RecordScreeningRequest } from '@domain/api/contract';
import type { ChildCheckView } from '@domain/childHealth/childCheckCalendar';
import { MEASURE_LABELS } from '@domain/childHealth/labels';
import { GrowthChart } from '@/components/charts/GrowthChart';
import { ChildCheckList } from '@/components/ChildCheckList';
import { ChildHeader } from '@/components/ChildHeader';
import { PageShell } from '@/components/PageShell';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useRecordSubmit } from '@/hooks/useRecordSubmit';
import { childHealthStaffService } from '@/services/childHealth';
import { ScreeningList } from '@/components/ScreeningList';
import { CheckForm } from './CheckForm';
import { ScreeningForm } from './ScreeningForm';
import { Press } from '@/components/controls/Press';

export default function StaffChildHealthPage() {
  const { params } = useRouter();
  const childId = params.childId ?? '';
  const view = useLoad(() => childHealthStaffService.child(childId));
  const [check, setCheck] = useState<ChildCheckView | null>(null);
  const [screening, setScreening] = useState(false);
  const { busy, run, errors, openForm } = useRecordSubmit(view);
  const v = view.data;
  if (!v) return <PageShell load={view} />;

  const pick = (c: ChildCheckView) =>
    openForm(() => {
      setScreening(false);
      setCheck(c);
    });
  const recordCheck = (input: RecordCheckRequest) =>
    run(async () => {
      view.setData(await childHealthStaffService.recordCheck(input));
      showSuccess('已录入');
      setCheck(null);
    });
  const recordScreening = (input: RecordScreeningRequest) =>
    run(async () => {
      view.setData(await childHealthStaffService.recordScreening(input));
      showSuccess('已录入');
      setScreening(false);
    });

  return (
    <PageShell load={view}>
      <ChildHeader child={v.child} hint='点选一次检查录入结果。本次查阅已记入审计日志。'>
        {!screening && !check ? (
          <Press className='btn btn-secondary btn-block' onClick={() => setScreening(true)}>
            录入新生儿筛查结果
          </Press>
        ) : null}
      </ChildHeader>

      {check ? (
        <CheckForm childId={childId} check={check} busy={busy} errors={errors} onSubmit={recordCheck} onCancel={() => setCheck(null)} />
      ) : null}
      {screening ? (
        <ScreeningForm childId={childId} busy={busy} errors={errors} onSubmit={recordScreening} onCancel={() => setScreening(false)} />
      ) : null}

      {v.staffFlags.length > 0 ? (
        <View className='card' data-staff-flags>
          <View className='card-title'>生长监测提示</View>
          {v.staffFlags.map((f) => (
            <View key={`${f.kind}-${f.measure}-${f.date}`} className='queue-item'>
              <View>
                {f.date} · {MEASURE_LABELS[f.measure]}：{f.label}
              </View>
              <View className='muted'>依据：{f.basis}</View>
            </View>
          ))}
        </View>
      ) : null}

      <View className='card'>
        <View className='card-title'>新生儿筛查</View>
        <ScreeningList screenings={v.screenings} />
      </View>

      <View className='card'>
        <View className='card-title'>健康检查</View>
        <ChildCheckList checks={v.calendar.checks} records={v.records} onPick={pick} />
      </View>

      {(v.growth.charts ?? []).map((c) => (
        <View key={c.measure} className='card'>
          <GrowthChart chart={c} />
        </View>
      ))}
      <View className='card muted' data-staff-notes>
        <View>对照标准：{v.growth.standard.name}</View>
        {v.notes.map((n) => (
          <View key={n}>待核：{n}</View>
        ))}
      </View>
    </PageShell>
  );
}
