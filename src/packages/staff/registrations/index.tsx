import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { RegistrationSummary } from '@domain/api/contract';
import type { TownshipCode } from '@domain/place/townships';
import { townshipName } from '@domain/place/townships';
import { childOrderText } from '@domain/registration/childOrder';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { bindFields } from '@/components/form/bindFields';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { formatInstant } from '@/services/format';
import { registrationStaffService } from '@/services/registration';
import { TOWNSHIP_OPTIONS } from '@/content/options';
import { filledIn, PagedList, PeriodAndSearch, usePagedSearch } from '../pagedSearch';
import { pageUrl } from '@domain/routes';

const NO_FILTERS = { number: '', township: '' as TownshipCode | '', from: '', to: '' };

export default function RegistrationSearchPage() {
  const [form, setForm] = useState(NO_FILTERS);
  const found = usePagedSearch(form, (filters, page) => registrationStaffService.search({ page, ...filledIn(filters) }));
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), found.errors);

  return (
    <PageShell>
      <View className='card'>
        <TextField {...field('number')} label='登记编号' placeholder='如 SY5331232026000001' maxlength={32} />
        <SelectField {...field('township')} label='现居住乡镇' options={TOWNSHIP_OPTIONS} placeholder='全部乡镇' />
        <PeriodAndSearch from={field('from')} to={field('to')} fromLabel='登记日期从' busy={found.busy} onSearch={() => found.search(1)} />
      </View>

      <PagedList search={found} empty='没有符合条件的登记'>
        {(r: RegistrationSummary) => (
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
        )}
      </PagedList>
    </PageShell>
  );
}
