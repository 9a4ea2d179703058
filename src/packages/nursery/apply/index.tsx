import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { ClassKind } from '@domain/nursery/types';
import { CARE_TYPE_LABELS } from '@domain/nursery/labels';
import { ageInMonths, classFitsAge } from '@domain/nursery/ageFit';
import { addMonths, todayIn } from '@domain/dates';
import { validate } from '@domain/validation';
import { applyPlaceSchema } from '@domain/nursery/schema';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { nurseryService } from '@/services/nursery';
import { monthText } from '@/content/nursery';
import { OptionRows } from '../OptionRows';
import { classRows } from './classRows';
import '../nursery.scss';
import { ContactPhoneField } from '../ContactPhoneField';
import { NurserySummary } from '../NurserySummary';
import { useRequestForm } from '../useRequestForm';

/** This month and the six after it. */
function startMonths(today: string): { value: string; label: string }[] {
  return [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const month = addMonths(today, i).slice(0, 7);
    return { value: month, label: monthText(month) };
  });
}

export default function NurseryApplyPage() {
  const today = todayIn(new Date());
  const { nursery, kids, form, field, busy, send } = useRequestForm({
    childId: '',
    classKind: '',
    careType: '',
    startMonth: '',
    note: '',
    phone: '',
  });
  const n = nursery.data;

  if (!n || !kids.data) {
    return <PageShell load={[nursery, kids]} />;
  }
  const children = kids.data;
  if (children.length === 0) {
    return (
      <PageShell>
        <EmptyState title='还没有孩子的记录'>
          申请入托要选择孩子。办理“出生一件事”或在生育登记中填写已有子女后，就可以在这里申请。
        </EmptyState>
      </PageShell>
    );
  }

  const picked = children.length === 1 ? children[0] : children.find((c) => c.id === form.childId);
  const age = picked ? ageInMonths(picked.birthDate, today) : null;
  const rows = classRows(n.classes, age);
  // A class picked for one child may not fit the next one picked.
  const { classKind, careType, startMonth, note, phone } = form;
  const chosenClass = classKind && (age === null || classFitsAge(classKind as ClassKind, age)) ? classKind : '';

  const submit = async () => {
    const input = {
      institutionId: n.id,
      childId: picked?.id ?? '',
      classKind: chosenClass,
      careType,
      startMonth,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
    };
    await send(validate(applyPlaceSchema(today), input), (value, key) =>
      nurseryService.applyPlace({ ...input, classKind: value.classKind, careType: value.careType }, key),
    );
  };

  return (
    <PageShell load={[nursery, kids]}>
      <NurserySummary nursery={n} />
      <View className='card'>
        <ChoiceField
          {...field('childId')}
          value={picked?.id ?? ''}
          label='为哪个孩子申请'
          required
          options={children.map((c) => ({ value: c.id, label: `${c.name}（${ageInMonths(c.birthDate, today)}个月）` }))}
        />
        {picked && rows.every((r) => r.disabledReason) ? (
          <View className='option-reason nursery-none-fit'>这家机构没有适合{picked.name}现在月龄的班级，可以换一家机构查找。</View>
        ) : null}
        <OptionRows
          {...field('classKind')}
          value={chosenClass}
          label='班级'
          required
          rows={rows}
          hint='按孩子现在的月龄，不适合的班级不能选'
        />
        <ChoiceField
          {...field('careType')}
          label='托育类型'
          required
          options={n.careTypes.map((c) => ({ value: c, label: CARE_TYPE_LABELS[c] }))}
        />
        <SelectField {...field('startMonth')} label='希望入托月份' required options={startMonths(today)} />
        <TextField {...field('note')} label='留言（可不填）' maxlength={200} placeholder='如孩子的饮食过敏、接送时间等' />
        <ContactPhoneField {...field('phone')} />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={submit}>
          {busy ? '正在提交…' : '提交申请'}
        </Press>
      </View>
      <View className='muted nursery-note'>提交后由机构答复，结果会通知您，也可以在“办件”中查看。</View>
    </PageShell>
  );
}
