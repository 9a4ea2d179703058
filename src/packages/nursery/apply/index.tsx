import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { ClassKind } from '@domain/nursery/types';
import { CARE_TYPE_LABELS } from '@domain/nursery/labels';
import { ageInMonths, classFitsAge } from '@domain/nursery/ageFit';
import { addMonths, todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { applyPlaceSchema } from '@domain/nursery/schema';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { accountService } from '@/services/account';
import { nurseryService } from '@/services/nursery';
import { newIdempotencyKey } from '@/services/transport';
import { monthText } from '@/content/nursery';
import { OptionRows } from '../OptionRows';
import { classRows } from './classRows';
import '../nursery.scss';
import { pageUrl } from '@domain/routes';
import { ContactPhoneField } from '../ContactPhoneField';

/** This month and the six after it. */
function startMonths(today: string): { value: string; label: string }[] {
  return [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const month = addMonths(today, i).slice(0, 7);
    return { value: month, label: monthText(month) };
  });
}

export default function NurseryApplyPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { me } = useMe();
  const today = todayIn(new Date());
  const nursery = useLoad(() => nurseryService.detail(id));
  const kids = useLoad(() => accountService.children(), [], { enabled: me?.verified === true });
  const [childId, setChildId] = useState('');
  const [classKind, setClassKind] = useState('');
  const [careType, setCareType] = useState('');
  const [startMonth, setStartMonth] = useState('');
  const [note, setNote] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const [idempotencyKey] = useState(newIdempotencyKey);
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

  const picked = children.length === 1 ? children[0] : children.find((c) => c.id === childId);
  const age = picked ? ageInMonths(picked.birthDate, today) : null;
  const rows = classRows(n.classes, age);
  // A class picked for one child may not fit the next one picked.
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
    const checked = validate(applyPlaceSchema(today), input);
    if (!checked.ok) return setErrors(checked.fields);
    await run(async () => {
      setErrors({});
      const request = await nurseryService.applyPlace(
        { ...input, classKind: checked.value.classKind, careType: checked.value.careType },
        idempotencyKey,
      );
      await Taro.redirectTo({ url: pageUrl('/packages/nursery/request/index', { id: request.id, fresh: 1 }) });
    });
  };

  return (
    <PageShell load={[nursery, kids]}>
      <View className='card nursery-summary'>
        <View className='card-title'>{n.name}</View>
        <View className='muted'>{n.address}</View>
      </View>
      <View className='card'>
        <ChoiceField
          name='childId'
          label='为哪个孩子申请'
          required
          value={picked?.id ?? ''}
          options={children.map((c) => ({ value: c.id, label: `${c.name}（${ageInMonths(c.birthDate, today)}个月）` }))}
          onChange={setChildId}
          error={errors.childId}
        />
        {picked && rows.every((r) => r.disabledReason) ? (
          <View className='option-reason nursery-none-fit'>这家机构没有适合{picked.name}现在月龄的班级，可以换一家机构查找。</View>
        ) : null}
        <OptionRows
          name='classKind'
          label='班级'
          required
          value={chosenClass}
          rows={rows}
          onChange={setClassKind}
          error={errors.classKind}
          hint='按孩子现在的月龄，不适合的班级不能选'
        />
        <ChoiceField
          name='careType'
          label='托育类型'
          required
          value={careType}
          options={n.careTypes.map((c) => ({ value: c, label: CARE_TYPE_LABELS[c] }))}
          onChange={setCareType}
          error={errors.careType}
        />
        <SelectField
          name='startMonth'
          label='希望入托月份'
          required
          value={startMonth}
          options={startMonths(today)}
          onChange={setStartMonth}
          error={errors.startMonth}
        />
        <TextField
          name='note'
          label='留言（可不填）'
          value={note}
          onChange={setNote}
          maxlength={200}
          placeholder='如孩子的饮食过敏、接送时间等'
          error={errors.note}
        />
        <ContactPhoneField value={phone} onChange={setPhone} error={errors.phone} />
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={submit}>
          {busy ? '正在提交…' : '提交申请'}
        </Press>
      </View>
      <View className='muted nursery-note'>提交后由机构答复，结果会通知您，也可以在“办件”中查看。</View>
    </PageShell>
  );
}
