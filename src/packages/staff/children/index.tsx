import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { ChildSummary } from '@domain/children/types';
import type { FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { useSubmit } from '@/hooks/useSubmit';
import { clinicService } from '@/services/staff';

export default function ChildSearchPage() {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const [found, setFound] = useState<ChildSummary[] | null>(null);

  const search = async () => {
    const query: { name?: string; birthDate?: string; idNumber?: string } = {};
    if (name.trim()) query.name = name.trim();
    if (birthDate) query.birthDate = birthDate;
    if (idNumber.trim()) query.idNumber = idNumber.trim();
    await run(async () => {
      setErrors({});
      setFound(await clinicService.findChildren(query));
    });
  };

  return (
    <PageShell>
      <View className='card'>
        <View className='muted'>按姓名和出生日期查找，或输入孩子的公民身份号码。</View>
        <TextField name='name' label='孩子姓名' value={name} onChange={setName} error={errors.name} maxlength={50} />
        <DateField name='birthDate' label='出生日期' value={birthDate} onChange={setBirthDate} error={errors.birthDate} />
        <TextField name='idNumber' label='公民身份号码' type='idcard' maxlength={18} value={idNumber} onChange={setIdNumber} error={errors.idNumber ?? errors._} />
        <Press className='btn btn-primary btn-block' disabled={busy || undefined} onClick={search}>
          查找
        </Press>
      </View>
      {found && found.length === 0 ? <EmptyState title='没有找到'>请核对姓名和出生日期。</EmptyState> : null}
      {(found ?? []).map((c) => (
        <Press look='block' key={c.id} className='card' data-child={c.id} onClick={() => Taro.navigateTo({ url: `/packages/staff/child-vaccines/index?childId=${c.id}` })}>
          <View className='row'>
            <Text className='card-title'>{c.name}</Text>
            <Text className='link'>接种记录 ›</Text>
          </View>
          <View className='muted'>
            出生日期 {c.birthDate}
            {c.idNumberMasked ? ` · ${c.idNumberMasked}` : ''}
          </View>
        </Press>
      ))}
    </PageShell>
  );
}
