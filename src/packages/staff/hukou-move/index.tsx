import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { ChildSummary } from '@domain/children/types';
import { todayIn } from '@domain/dates';
import { hukouMoveSchema, SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import { validate, type FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { showSuccess } from '@/components/feedback';
import { formatDate } from '@/services/format';
import { hukouStaffService } from '@/services/subsidy';
import { useSubmit } from '@/hooks/useSubmit';
import './index.scss';

type Destination = 'yunnan_other' | 'outside_yunnan';

const DESTINATIONS = [
  { value: 'yunnan_other', label: '云南省内其他县（市、区）' },
  { value: 'outside_yunnan', label: '云南省外' },
];

/** Police: record that a child's hukou moved out of 盈江 (subsidies paid here stop from the next month). */
export default function HukouMovePage() {
  const today = todayIn(new Date());
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [found, setFound] = useState<ChildSummary[] | null>(null);
  const [child, setChild] = useState<ChildSummary | null>(null);
  const [movedOn, setMovedOn] = useState(today);
  const [destination, setDestination] = useState<Destination | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors, fieldErrors: 'inline' });
  const [done, setDone] = useState<string | null>(null);

  const search = async () => {
    const query: { name?: string; birthDate?: string; idNumber?: string } = {};
    if (name.trim()) query.name = name.trim();
    if (birthDate) query.birthDate = birthDate;
    if (idNumber.trim()) query.idNumber = idNumber.trim();
    await run(async () => {
      setErrors({});
      setChild(null);
      setDone(null);
      setFound(await hukouStaffService.findChildren(query));
    });
  };

  const record = async () => {
    if (!child) return;
    const checked = validate(hukouMoveSchema(today), { childId: child.id, movedOn, destination });
    if (!checked.ok) return setErrors(checked.fields);
    const answer = await Taro.showModal({
      title: '确认登记迁出',
      content: `${child.name}的户口于${formatDate(movedOn)}迁出盈江县。在盈江申领的育儿补贴将自迁出次月起停发。`,
      confirmText: '确认登记',
    });
    if (!answer.confirm) return;
    await run(async () => {
      setErrors({});
      await hukouStaffService.recordMove(checked.value);
      showSuccess('已登记迁出');
      setDone(`${child.name}：${formatDate(movedOn)}迁出盈江县，已登记。`);
      setChild(null);
    });
  };

  return (
    <PageShell>
      {done ? <View className='hm-done'>{done}</View> : null}
      <View className='card'>
        <View className='card-title'>查找孩子</View>
        <View className='muted'>按姓名和出生日期查找，或输入孩子的公民身份号码。</View>
        <TextField name='name' label='孩子姓名' value={name} onChange={setName} error={errors.name} maxlength={50} />
        <DateField name='birthDate' label='出生日期' value={birthDate} end={today} onChange={setBirthDate} error={errors.birthDate} />
        <TextField
          name='idNumber'
          label='公民身份号码'
          type='idcard'
          maxlength={18}
          value={idNumber}
          onChange={setIdNumber}
          error={errors.idNumber ?? (found === null ? errors._ : undefined)}
        />
        <Press className='btn btn-primary btn-block' onClick={search}>
          查找
        </Press>
      </View>
      {found && found.length === 0 ? <EmptyState title='没有找到'>请核对姓名和出生日期，或改用公民身份号码查找。</EmptyState> : null}
      {!child
        ? (found ?? []).map((c) => (
            <Press look='block' key={c.id} className='card' data-child={c.id} onClick={() => setChild(c)}>
              <View className='row'>
                <Text className='card-title'>{c.name}</Text>
                <Text className='link'>登记迁出 ›</Text>
              </View>
              <View className='muted'>
                出生日期 {c.birthDate}
                {c.idNumberMasked ? ` · ${c.idNumberMasked}` : ''}
              </View>
            </Press>
          ))
        : null}
      {child ? (
        <View className='card hm-form'>
          <View className='card-title'>{child.name} · 户口迁出</View>
          <View className='muted'>
            出生日期 {child.birthDate}
            {child.idNumberMasked ? ` · ${child.idNumberMasked}` : ''}
          </View>
          <DateField
            name='movedOn'
            label={L.movedOn}
            required
            value={movedOn}
            start={child.birthDate}
            end={today}
            onChange={setMovedOn}
            error={errors.movedOn}
          />
          <ChoiceField
            name='destination'
            label={L.destination}
            required
            value={destination}
            options={DESTINATIONS}
            onChange={(v) => setDestination(v as Destination)}
            error={errors.destination}
          />
          {errors._ ? <View className='field-error'>{errors._}</View> : null}
          <View className='form-actions'>
            <Press className='btn btn-secondary form-back' onClick={() => setChild(null)}>
              返回
            </Press>
            <Press className='btn btn-primary form-next' disabled={busy} onClick={record}>
              登记迁出
            </Press>
          </View>
        </View>
      ) : null}
    </PageShell>
  );
}
