import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { DoseView } from '@domain/vaccine/types';
import { PRODUCTS, possibleDoses, type ProductCode } from '@domain/vaccine/schedule';
import { todayIn } from '@domain/dates';
import type { FieldErrors } from '@domain/validation';
import { DoseList } from '@/components/DoseList';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { ApiCallError } from '@/services/apiError';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({
    onFieldErrors: setErrors,
    fieldErrors: 'inline',
    // Recorded already (a retry after a lost answer, or a colleague): show the calendar as it is now.
    onError: (error) => {
      if (error instanceof ApiCallError && error.code === 'CONFLICT') void calendar.reload();
    },
  });
  const c = calendar.data;
  if (!c) {
    return <PageShell load={calendar} />;
  }

  const pick = (d: DoseView) => {
    setDose(d);
    setErrors({});
    setEntry({ ...entry, product: d.product });
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
  };
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
      <View className='card'>
        <View className='card-title'>{c.child.name}</View>
        <View className='muted'>
          出生日期 {c.child.birthDate}
          {c.child.idNumberMasked ? ` · ${c.child.idNumberMasked}` : ''}
        </View>
        <View className='muted'>点选一剂录入接种信息。本次查阅已记入审计日志。</View>
      </View>

      {dose ? (
        <View className='card record-dose'>
          <View className='card-title'>
            录入：{dose.vaccine} 第{dose.doseNumber}剂
          </View>
          <DateField
            name='date'
            label='接种日期'
            required
            value={entry.date}
            end={todayIn(new Date())}
            onChange={(date) => setEntry({ ...entry, date })}
            error={errors.date}
          />
          <ChoiceField
            name='product'
            label='疫苗品种'
            required
            value={entry.product}
            options={products.map((p) => ({ value: p, label: PRODUCTS[p as ProductCode]?.name ?? p }))}
            onChange={(product) => setEntry({ ...entry, product })}
            error={errors.product}
          />
          <TextField
            name='batch'
            label='疫苗批号'
            required
            value={entry.batch}
            onChange={(batch) => setEntry({ ...entry, batch })}
            error={errors.batch}
            maxlength={30}
          />
          <TextField
            name='clinic'
            label='接种单位'
            required
            value={entry.clinic}
            onChange={(clinic) => setEntry({ ...entry, clinic })}
            error={errors.clinic}
            maxlength={50}
          />
          {errors.doseId ? <View className='field-error'>{errors.doseId}</View> : null}
          <View className='form-actions'>
            <Press className='btn btn-secondary form-back' onClick={() => setDose(null)}>
              取消
            </Press>
            <Press className='btn btn-primary form-next' disabled={busy} onClick={record}>
              确认录入
            </Press>
          </View>
        </View>
      ) : null}

      <DoseList doses={c.doses} onPick={pick} />
    </PageShell>
  );
}
