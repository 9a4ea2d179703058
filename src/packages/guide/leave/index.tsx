import { useState } from 'react';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { leaveFor, leaveInputSchema, type LeavePlan } from '@domain/leave/leaveCalculator';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { formatDate } from '@/services/format';
import { YES_NO_OPTIONS } from '@/content/options';

const BABY_OPTIONS = [
  { value: '1', label: '1个' },
  { value: '2', label: '双胞胎' },
  { value: '3', label: '三胞胎' },
];

const range = (r: { start: string; end: string }) => `${formatDate(r.start)} 至 ${formatDate(r.end)}`;

// Everything here is computed on the phone from the leave rules; nothing is sent anywhere.
export default function LeavePage() {
  const [birthDate, setBirthDate] = useState(todayIn(new Date()));
  const [difficult, setDifficult] = useState('no');
  const [babies, setBabies] = useState('1');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [plan, setPlan] = useState<LeavePlan | null>(null);

  const calculate = () => {
    const checked = validate(leaveInputSchema(), { birthDate, difficult: difficult === 'yes', babies: Number(babies) });
    if (!checked.ok) return setErrors(checked.fields);
    setErrors({});
    setPlan(leaveFor(checked.value));
  };

  return (
    <PageShell>
      <View className='card'>
        <DateField name='birthDate' label='孩子出生日期（或预产期）' required value={birthDate} onChange={setBirthDate} error={errors.birthDate} />
        <ChoiceField name='difficult' label='是否难产' value={difficult} options={YES_NO_OPTIONS} onChange={setDifficult} error={errors.difficult} />
        <ChoiceField name='babies' label='本胎婴儿数' value={babies} options={BABY_OPTIONS} onChange={setBabies} error={errors.babies} />
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
                <View key={p.key} className='kv'>
                  <View className='kv-key'>{p.label}</View>
                  <View className='kv-value'>
                    {p.days} 天<View className='muted'>{p.source}</View>
                  </View>
                </View>
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
        </View>
      ) : null}
    </PageShell>
  );
}
