// The health bureau enters, per year, the 妇幼 figures of the 妇幼 reporting system (孕产妇死亡率,
// 婴幼儿死亡率) with their source; the dashboard and the yearly report set them beside the plan's
// 2025 targets. Entering a year again replaces its figure (the audit log keeps the old one). Its own
// small subpackage: the staff one is near its size budget.
import { useState } from 'react';
import { View } from '@tarojs/components';
import {
  REPORTED_FIGURE_KEYS,
  REPORTED_FIGURE_QUESTIONS,
  REPORTED_FIGURES,
  targetFor,
  type ReportedFigureKey,
} from '@domain/dashboard/maternalChildTargets';
import { REPORTED_LABELS, REPORTED_SOURCE_MAX_LENGTH, reportedValueOf, setReportedFigureSchema } from '@domain/dashboard/reportedFigures';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { formatDate } from '@/services/format';
import { reportedFiguresService } from '@/services/dashboard';
import { Press } from '@/components/controls/Press';

const FIGURE_OPTIONS = REPORTED_FIGURE_KEYS.map((k) => ({ value: k, label: `${REPORTED_FIGURES[k].name}（${REPORTED_FIGURES[k].unit}）` }));

export default function ReportedFiguresPage() {
  const overview = useLoad(() => reportedFiguresService.list());
  const [form, setForm] = useState({ figure: '', year: '', value: '', source: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors, fieldErrors: 'inline' });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const field = bindFields(form, set, errors);
  const { figure, year } = form;
  const data = overview.data;

  const save = () => {
    const input = { figure, year: year ? Number(year) : undefined, value: reportedValueOf(form.value), source: form.source };
    const checked = validate(setReportedFigureSchema(Number(todayIn(new Date()).slice(0, 4))), input);
    if (!checked.ok) return setErrors(checked.fields);
    setErrors({});
    void run(async () => {
      overview.setData(await reportedFiguresService.set(checked.value));
      set({ value: '', source: '' });
      showSuccess('已保存');
    });
  };

  const replacing = data?.figures.find((f) => f.figure === figure && String(f.year) === year);
  const spec = figure ? REPORTED_FIGURES[figure as ReportedFigureKey] : undefined;
  const target = spec && year ? targetFor(spec.key, Number(year)) : undefined;
  return (
    <PageShell load={overview} className='reported-figures'>
      {data ? (
        <>
          <View className='card'>
            <View className='card-title'>录入年度数据</View>
            <View className='muted'>
              按妇幼卫生统计（年报）上报的数值填写，并写明来源（报表名称、年度、表号）。同一指标同一年度再次录入会替换原数值，原数值保留在审计日志中。
            </View>
            <SelectField {...field('figure')} label={REPORTED_LABELS.figure} required options={FIGURE_OPTIONS} />
            <SelectField
              {...field('year')}
              label={REPORTED_LABELS.year}
              required
              options={data.years.map((y) => ({ value: String(y), label: `${y}年` }))}
            />
            <TextField
              {...field('value')}
              label={spec ? `${REPORTED_LABELS.value}（${spec.unit}）` : REPORTED_LABELS.value}
              required
              type='digit'
              maxlength={10}
              hint={target ? `${target.year}年目标：低于${target.below}${spec!.unit}` : undefined}
            />
            {spec && REPORTED_FIGURE_QUESTIONS[spec.key] ? (
              <View className='muted' data-testid='figure-question'>
                口径说明：{REPORTED_FIGURE_QUESTIONS[spec.key]}
              </View>
            ) : null}
            <TextField
              {...field('source')}
              label={REPORTED_LABELS.source}
              required
              maxlength={REPORTED_SOURCE_MAX_LENGTH}
              hint='如：德宏州妇幼卫生年报（2025年）表1'
            />
            {replacing ? (
              <View className='muted' data-testid='replacing'>
                将替换已录入的 {replacing.value}
                {replacing.unit}（{replacing.enteredBy}于{formatDate(replacing.enteredAt.slice(0, 10))}录入）
              </View>
            ) : null}
            <Press className='btn btn-primary btn-block' disabled={busy} onClick={save}>
              {replacing ? '替换并保存' : '保存'}
            </Press>
          </View>
          <View className='card'>
            <View className='card-title'>已录入</View>
            {data.figures.length === 0 ? <View className='muted'>暂无记录</View> : null}
            {data.figures.map((f) => (
              <View key={`${f.figure}-${f.year}`} className='kv' data-entered={`${f.figure}-${f.year}`}>
                <View className='kv-key'>
                  {f.year}年 {f.name}
                </View>
                <View className='kv-value'>
                  {f.value}
                  {f.unit}
                  {f.target ? `（目标低于${f.target.below}${f.unit}，${f.target.met ? '已达到' : '未达到'}）` : ''}
                  <View className='muted'>
                    {f.source} · {f.enteredBy} · {formatDate(f.enteredAt.slice(0, 10))}
                  </View>
                </View>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
