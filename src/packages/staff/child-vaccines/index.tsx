import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { DoseView } from '@domain/vaccine/types';
import { PRODUCTS, possibleDoses, type ProductCode } from '@domain/vaccine/schedule';
import { todayIn } from '@domain/dates';
import { ChildHeader } from '@/components/ChildHeader';
import { DoseList } from '@/components/DoseList';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useRecordSubmit } from '@/hooks/useRecordSubmit';
import { clinicService } from '@/services/vaccine';

interface Entry {
  date: string;
  product: string;
  batch: string;
  clinic: string;
}

export default function ChildVaccinesPage() {
  const { params } = useRouter();
  const childId = params.childId ?? '';
  const calendar = useLoad(() => clinicService.calendar(childId));
  const [dose, setDose] = useState<DoseView | null>(null);
  const [entry, setEntry] = useState<Entry>({ date: todayIn(new Date()), product: '', batch: '', clinic: '' });
  const { busy, run, errors, openForm } = useRecordSubmit(calendar);
  const c = calendar.data;
  if (!c) {
    return <PageShell load={calendar} />;
  }

  const pick = (d: DoseView) =>
    openForm(() => {
      setDose(d);
      setEntry({ ...entry, product: d.product });
    });
  const field = bindFields(entry, (patch) => setEntry({ ...entry, ...patch }), errors);
  const products = dose ? (possibleDoses(c.child.birthDate).get(dose.doseId)?.products ?? [dose.product]) : [];

  const record = async () => {
    if (!dose) return;
    await run(async () => {
      calendar.setData(await clinicService.recordDose({ childId, doseId: dose.doseId, ...entry }));
      showSuccess('已录入');
      setDose(null);
    });
  };

  return (
    <PageShell load={calendar}>
      <ChildHeader child={c.child} hint='点选一剂录入接种信息。本次查阅已记入审计日志。' />

      {dose ? (
        <View className='card record-dose'>
          <View className='card-title'>
            录入：{dose.vaccine} 第{dose.doseNumber}剂
          </View>
          <DateField {...field('date')} label='接种日期' required end={todayIn(new Date())} />
          <ChoiceField
            {...field('product')}
            label='疫苗品种'
            required
            options={products.map((p) => ({ value: p, label: PRODUCTS[p as ProductCode]?.name ?? p }))}
          />
          <TextField {...field('batch')} label='疫苗批号' required maxlength={30} />
          <TextField {...field('clinic')} label='接种单位' required maxlength={50} />
          {errors.doseId ? <View className='field-error'>{errors.doseId}</View> : null}
          <FormActions backText='取消' submitText='确认录入' busy={busy} onBack={() => setDose(null)} onSubmit={record} />
        </View>
      ) : null}

      <DoseList doses={c.doses} onPick={pick} />
    </PageShell>
  );
}
