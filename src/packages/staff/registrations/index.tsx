import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { InputOf, Page, RegistrationSummary } from '@domain/api/contract';
import type { TownshipCode } from '@domain/place/townships';
import { townshipName } from '@domain/place/townships';
import { childOrderText } from '@domain/registration/childOrder';
import type { FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { DateField } from '@/components/form/DateField';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { formatInstant } from '@/services/format';
import { registrationStaffService } from '@/services/registration';
import { TOWNSHIP_OPTIONS } from '@/content/options';
import './index.scss';
import { Pager } from '@/components/Pager';
import { useSubmit } from '@/hooks/useSubmit';
import { pageUrl } from '@domain/routes';

type Query = InputOf<'registration', 'searchRegistrations'>;

export default function RegistrationSearchPage() {
  const [number, setNumber] = useState('');
  const [township, setTownship] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  const [result, setResult] = useState<Page<RegistrationSummary> | null>(null);
  const [page, setPage] = useState(1);

  const search = async (pageNo = 1) => {
    const query: Query = { page: pageNo };
    if (number.trim()) query.number = number.trim();
    if (township) query.township = township as TownshipCode;
    if (from) query.from = from;
    if (to) query.to = to;
    await run(async () => {
      setErrors({});
      setResult(await registrationStaffService.search(query));
      setPage(pageNo);
    });
  };

  return (
    <PageShell>
      <View className='card'>
        <TextField
          name='number'
          label='登记编号'
          value={number}
          onChange={setNumber}
          error={errors.number}
          placeholder='如 SY5331232026000001'
          maxlength={32}
        />
        <SelectField
          name='township'
          label='现居住乡镇'
          value={township}
          options={TOWNSHIP_OPTIONS}
          onChange={setTownship}
          error={errors.township}
          placeholder='全部乡镇'
        />
        <View className='search-dates'>
          <DateField name='from' label='登记日期从' value={from} onChange={setFrom} error={errors.from} />
          <DateField name='to' label='至' value={to} onChange={setTo} error={errors.to} />
        </View>
        <Press className='btn btn-primary btn-block' disabled={busy || undefined} onClick={() => search(1)}>
          查询
        </Press>
      </View>

      {result ? <View className='section-title'>共 {result.total} 条</View> : null}
      {result && result.items.length === 0 ? <EmptyState title='没有符合条件的登记' /> : null}
      {result?.items.map((r) => (
        <Press
          look='block'
          key={r.id}
          className='card search-item'
          onClick={() => Taro.navigateTo({ url: pageUrl('/packages/staff/registration/index', { id: r.id }) })}
        >
          <View className='row'>
            <Text className='card-title'>
              {r.applicantName}、{r.spouseName}
            </Text>
            <StatusTag text={r.status === 'registered' ? '有效' : '已注销'} tone={r.status === 'registered' ? 'ok' : 'off'} />
          </View>
          <View className='muted'>
            {r.number} · {childOrderText(r.childOrder)} · {townshipName(r.township)}
          </View>
          <View className='muted'>
            {r.stage === 'pregnant' ? `预产期 ${r.dueDate}` : `出生日期 ${r.birthDate}`} · 登记于 {formatInstant(r.createdAt)}
          </View>
        </Press>
      ))}
      {result ? <Pager page={page} result={result} onPage={search} /> : null}
    </PageShell>
  );
}
