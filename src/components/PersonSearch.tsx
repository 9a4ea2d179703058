// Staff find a person county-wide by name and birth date, or by ID number: a child (ChildFinder) or
// a mother (妇幼保健's 查找孕产妇). One form and one way to send it; each caller shows what it found.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { todayIn } from '@domain/dates';
import type { FieldErrors } from '@domain/validation';
import { Press } from '@/components/controls/Press';
import { DateField } from '@/components/form/DateField';
import { TextField } from '@/components/form/TextField';
import { useSubmit } from '@/hooks/useSubmit';

export interface PersonQuery {
  name?: string;
  birthDate?: string;
  idNumber?: string;
}

/** The search form's state, the search itself (the empty fields left out) and what it found. */
export function usePersonSearch<T>(find: (query: PersonQuery) => Promise<T[]>) {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [found, setFound] = useState<T[] | null>(null);
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });

  const search = () =>
    run(async () => {
      setErrors({});
      const query: PersonQuery = {};
      if (name.trim()) query.name = name.trim();
      if (birthDate) query.birthDate = birthDate;
      if (idNumber.trim()) query.idNumber = idNumber.trim();
      setFound(await find(query));
    });

  const form = { name, setName, birthDate, setBirthDate, idNumber, setIdNumber, errors, busy, search };
  return { form, found };
}

export type PersonSearchForm = ReturnType<typeof usePersonSearch>['form'];

interface CardProps {
  form: PersonSearchForm;
  title?: string;
  /** How to search, said under the title. */
  intro: string;
  nameLabel: string;
}

export function PersonSearchCard({ form, title, intro, nameLabel }: CardProps) {
  return (
    <View className='card'>
      {title ? <View className='card-title'>{title}</View> : null}
      <View className='muted'>{intro}</View>
      <TextField name='name' label={nameLabel} value={form.name} onChange={form.setName} error={form.errors.name} maxlength={50} />
      <DateField
        name='birthDate'
        label='出生日期'
        value={form.birthDate}
        end={todayIn(new Date())}
        onChange={form.setBirthDate}
        error={form.errors.birthDate}
      />
      <TextField
        name='idNumber'
        label='公民身份号码'
        type='idcard'
        maxlength={18}
        value={form.idNumber}
        onChange={form.setIdNumber}
        error={form.errors.idNumber ?? form.errors._}
      />
      <Press className='btn btn-primary btn-block' disabled={form.busy || undefined} onClick={() => void form.search()}>
        查找
      </Press>
    </View>
  );
}
