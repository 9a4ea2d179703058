import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';
import { todayIn } from '@domain/dates';
import { hukouMoveSchema, SUBSIDY_LABELS as L } from '@domain/subsidy/schema';
import { validate, type FieldErrors } from '@domain/validation';
import { ChildBirthLine } from '@/components/ChildHeader';
import { FoundChildren } from '@/components/ChildFinder';
import { PageShell } from '@/components/PageShell';
import { PersonSearchCard, usePersonSearch } from '@/components/PersonSearch';
import { bindFields } from '@/components/form/bindFields';
import { ChoiceField } from '@/components/form/ChoiceField';
import { DateField } from '@/components/form/DateField';
import { FormActions } from '@/components/form/FormActions';
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
  const [child, setChild] = useState<ChildSummary | null>(null);
  const [move, setMove] = useState<{ movedOn: string; destination: Destination | '' }>({ movedOn: today, destination: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors, fieldErrors: 'inline' });
  const [done, setDone] = useState<string | null>(null);
  const { form: searchForm, found } = usePersonSearch((query) => {
    setChild(null);
    setDone(null);
    return hukouStaffService.findChildren(query);
  });
  const field = bindFields(move, (patch) => setMove({ ...move, ...patch }), errors);

  const record = async () => {
    if (!child) return;
    const checked = validate(hukouMoveSchema(today), { childId: child.id, ...move });
    if (!checked.ok) return setErrors(checked.fields);
    const answer = await Taro.showModal({
      title: '确认登记迁出',
      content: `${child.name}的户口于${formatDate(move.movedOn)}迁出盈江县。在盈江申领的育儿补贴将自迁出次月起停发。`,
      confirmText: '确认登记',
    });
    if (!answer.confirm) return;
    await run(async () => {
      setErrors({});
      await hukouStaffService.recordMove(checked.value);
      showSuccess('已登记迁出');
      setDone(`${child.name}：${formatDate(move.movedOn)}迁出盈江县，已登记。`);
      setChild(null);
    });
  };

  return (
    <PageShell>
      {done ? <View className='hm-done'>{done}</View> : null}
      <PersonSearchCard form={searchForm} title='查找孩子' intro='按姓名和出生日期查找，或输入孩子的公民身份号码。' nameLabel='孩子姓名' />
      {!child ? (
        <FoundChildren found={found} opens='登记迁出' onOpen={setChild} hint='请核对姓名和出生日期，或改用公民身份号码查找。' />
      ) : null}
      {child ? (
        <View className='card hm-form'>
          <View className='card-title'>{child.name} · 户口迁出</View>
          <ChildBirthLine child={child} />
          <DateField {...field('movedOn')} label={L.movedOn} required start={child.birthDate} end={today} />
          <ChoiceField {...field('destination')} label={L.destination} required options={DESTINATIONS} />
          {errors._ ? <View className='field-error'>{errors._}</View> : null}
          <FormActions backText='返回' submitText='登记迁出' busy={busy} onBack={() => setChild(null)} onSubmit={record} />
        </View>
      ) : null}
    </PageShell>
  );
}
