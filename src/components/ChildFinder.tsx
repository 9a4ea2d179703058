// Finding a child county-wide, for the staff who record for one (the clinic's doses, 妇幼保健's health
// checks): name and birth date, or the child's ID number; each match opens that child.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';
import type { FieldErrors } from '@domain/validation';
import { Press } from '@/components/controls/Press';
import { EmptyState } from '@/components/EmptyState';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { useSubmit } from '@/hooks/useSubmit';

export interface ChildQuery {
  name?: string;
  birthDate?: string;
  idNumber?: string;
}

interface ChildFinderProps {
  find: (query: ChildQuery) => Promise<ChildSummary[]>;
  /** What opening a match shows, e.g. '接种记录'. */
  opens: string;
  onOpen: (childId: string) => void;
  title?: string;
  /** Said under the title, after how to search. */
  note?: string;
}

export function ChildFinder({ find, opens, onOpen, title, note }: ChildFinderProps) {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const [found, setFound] = useState<ChildSummary[] | null>(null);

  const search = async () => {
    const query: ChildQuery = {};
    if (name.trim()) query.name = name.trim();
    if (birthDate) query.birthDate = birthDate;
    if (idNumber.trim()) query.idNumber = idNumber.trim();
    await run(async () => {
      setErrors({});
      setFound(await find(query));
    });
  };

  return (
    <>
      <View className='card'>
        {title ? <View className='card-title'>{title}</View> : null}
        <View className='muted'>按姓名和出生日期查找，或输入孩子的公民身份号码。{note ?? ''}</View>
        <TextField name='name' label='孩子姓名' value={name} onChange={setName} error={errors.name} maxlength={50} />
        <DateField name='birthDate' label='出生日期' value={birthDate} onChange={setBirthDate} error={errors.birthDate} />
        <TextField
          name='idNumber'
          label='公民身份号码'
          type='idcard'
          maxlength={18}
          value={idNumber}
          onChange={setIdNumber}
          error={errors.idNumber ?? errors._}
        />
        <Press className='btn btn-primary btn-block' disabled={busy || undefined} onClick={search}>
          查找
        </Press>
      </View>
      {found && found.length === 0 ? <EmptyState title='没有找到'>请核对姓名和出生日期。</EmptyState> : null}
      {(found ?? []).map((c) => (
        <Press look='block' key={c.id} className='card' data-found-child={c.id} onClick={() => onOpen(c.id)}>
          <View className='row'>
            <Text className='card-title'>{c.name}</Text>
            <Text className='link'>{opens} ›</Text>
          </View>
          <View className='muted'>
            出生日期 {c.birthDate}
            {c.idNumberMasked ? ` · ${c.idNumberMasked}` : ''}
          </View>
        </Press>
      ))}
    </>
  );
}
