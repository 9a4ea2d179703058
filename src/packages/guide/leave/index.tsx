import { useState } from 'react';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { leaveFor, leaveInputSchema, type LeavePlan } from '@domain/leave/leaveCalculator';
import { allowanceFor, allowanceInputSchema, type AllowanceEstimate } from '@domain/leave/maternityAllowance';
import { nursingTimeFor, PRENATAL_CHECK_SOURCES, type NursingTime } from '@domain/leave/nursingTime';
import { formatYuan } from '@domain/money';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { formatDate } from '@/services/format';
import { YES_NO_OPTIONS } from '@/content/options';
import { KvRow } from '@/components/KvRow';

const BABY_OPTIONS = [
  { value: '1', label: '1个' },
  { value: '2', label: '双胞胎' },
  { value: '3', label: '三胞胎' },
];

const range = (r: { start: string; end: string }) => `${formatDate(r.start)} 至 ${formatDate(r.end)}`;

// Everything here is computed on the phone from the leave rules; nothing is sent anywhere.
export default function LeavePage() {
  const [form, setForm] = useState({ birthDate: todayIn(new Date()), difficult: 'no', babies: '1', monthlyWageYuan: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);
  const [result, setResult] = useState<{ plan: LeavePlan; nursing: NursingTime; allowance: AllowanceEstimate | null } | null>(null);

  const calculate = () => {
    const { birthDate, difficult, babies, monthlyWageYuan: wage } = form;
    const checked = validate(leaveInputSchema(), { birthDate, difficult: difficult === 'yes', babies: Number(babies) });
    // The wage is optional: without it there is no 生育津贴 estimate, the rest still shows.
    const wageChecked = wage.trim() === '' ? null : validate(allowanceInputSchema(), { monthlyWageYuan: wage });
    const fieldErrors = { ...(checked.ok ? {} : checked.fields), ...(wageChecked && !wageChecked.ok ? wageChecked.fields : {}) };
    if (!checked.ok || (wageChecked && !wageChecked.ok)) return setErrors(fieldErrors);
    setErrors({});
    const plan = leaveFor(checked.value);
    setResult({
      plan,
      nursing: nursingTimeFor(plan, checked.value.babies),
      allowance: wageChecked?.ok ? allowanceFor(plan.maternity.breakdown, wageChecked.value.monthlyWageYuan) : null,
    });
  };
  const plan = result?.plan ?? null;

  return (
    <PageShell>
      <View className='card'>
        <DateField {...field('birthDate')} label='孩子出生日期（或预产期）' required />
        <ChoiceField {...field('difficult')} label='是否难产' options={YES_NO_OPTIONS} />
        <ChoiceField {...field('babies')} label='本胎婴儿数' options={BABY_OPTIONS} />
        <TextField
          {...field('monthlyWageYuan')}
          label='用人单位上年度职工月平均工资（元）'
          type='digit'
          maxlength={12}
          placeholder='选填，如6500；填写后估算生育津贴'
        />
        <Press className='btn btn-primary btn-block' onClick={calculate}>
          计算假期
        </Press>
      </View>
      {plan ? (
        <View className='leave-plan'>
          <View className='card' data-leave='maternity'>
            <View className='card-title'>产假 {plan.maternity.totalDays} 天</View>
            <View className='leave-range'>{range(plan.maternity)}</View>
            {plan.maternity.breakdown
              .filter((p) => p.days > 0)
              .map((p) => (
                <KvRow key={p.key} label={p.label}>
                  {p.days} 天<View className='muted'>{p.source}</View>
                </KvRow>
              ))}
          </View>
          <View className='card' data-leave='paternity'>
            <View className='card-title'>男方护理假 {plan.paternity.days} 天</View>
            <View className='leave-range'>{range(plan.paternity)}</View>
            <View className='muted'>按出生当天起连续休计算，具体时间与单位商定。依据：{plan.paternity.source}</View>
          </View>
          <View className='card' data-leave='parental'>
            <View className='card-title'>育儿假 父母每人每年 {plan.parental.periods[0]?.daysPerParent ?? 0} 天</View>
            {plan.parental.periods.map((p) => (
              <View key={p.year} className='kv'>
                <View className='kv-key'>第{p.year}年</View>
                <View className='kv-value'>{range(p)}</View>
              </View>
            ))}
            <View className='muted'>孩子满3周岁前。依据：{plan.parental.source}</View>
          </View>
          {result ? <NursingCard nursing={result.nursing} /> : null}
          {result ? <AllowanceCard allowance={result.allowance} /> : null}
          <View className='card' data-leave='prenatal'>
            <View className='card-title'>产前检查计入劳动时间</View>
            <View>怀孕期间在上班时间去做产前检查，所用时间算作上班时间。</View>
            {PRENATAL_CHECK_SOURCES.map((s) => (
              <View key={s} className='muted'>
                {s}
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </PageShell>
  );
}

function NursingCard({ nursing }: { nursing: NursingTime }) {
  return (
    <View className='card' data-leave='nursing'>
      <View className='card-title'>哺乳时间 每天 {nursing.hoursPerDay} 小时</View>
      <View className='leave-range'>
        {nursing.start ? range({ start: nursing.start, end: nursing.end }) : `产假结束时孩子已满1周岁（至 ${formatDate(nursing.end)}）`}
      </View>
      <View className='muted'>产假结束上班后，每天在上班时间内安排，直到孩子满1周岁。</View>
      {nursing.sources.map((s) => (
        <View key={s} className='muted'>
          {s}
        </View>
      ))}
    </View>
  );
}

function AllowanceCard({ allowance }: { allowance: AllowanceEstimate | null }) {
  if (!allowance) {
    return (
      <View className='card' data-leave='allowance'>
        <View className='card-title'>生育津贴估算</View>
        <View className='muted'>在上方填写用人单位上年度职工月平均工资，可估算产假期间的生育津贴。</View>
      </View>
    );
  }
  const daily = formatYuan(Math.round(allowance.dailyFen));
  return (
    <View className='card' data-leave='allowance'>
      <View className='card-title'>生育津贴估算 约 {formatYuan(allowance.totalFen)}</View>
      <View>
        月平均工资 {formatYuan(allowance.monthlyWageFen)} ÷ 30 = 每天约 {daily}，共 {allowance.paidDays} 天
      </View>
      {allowance.parts.map((p) => (
        <View key={p.key} className='kv' data-part={p.key}>
          <View className='kv-key'>{p.label}</View>
          <View className='kv-value'>
            {p.days} 天 · {formatYuan(p.fen)}
            <View className='muted'>{p.source}</View>
          </View>
        </View>
      ))}
      {allowance.sources.map((s) => (
        <View key={s} className='muted'>
          {s}
        </View>
      ))}
      <View className='muted'>以上为估算，实际金额以医保经办机构核定为准。</View>
    </View>
  );
}
