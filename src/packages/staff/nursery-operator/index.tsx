import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { FILING_STATUS_LABELS } from '@domain/nursery/labels';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { useLoad } from '@/hooks/useLoad';
import { nurseryOperatorService } from '@/services/nursery';
import { FILING_STATUS_TONES } from '@/content/nursery';
import { OfferEditor } from './OfferEditor';
import { RequestsPanel } from './RequestsPanel';
import { RovingChips } from './RovingChips';
import { SlotsPanel } from './SlotsPanel';
import './index.scss';

type Tab = 'requests' | 'offer' | 'slots';
const TABS: { value: Tab; label: string }[] = [
  { value: 'requests', label: '预约与申请' },
  { value: 'offer', label: '班级与收费' },
  { value: 'slots', label: '参观时段' },
];

export default function NurseryOperatorPage() {
  const institution = useLoad(() => nurseryOperatorService.institution());
  const [tab, setTab] = useState<Tab>('requests');
  const n = institution.data;
  if (!n) {
    return <PageShell load={institution} />;
  }
  return (
    <PageShell className='nursery-operator' load={institution}>
      <View className='card'>
        <View className='row operator-head'>
          <Text className='card-title'>{n.name}</Text>
          <StatusTag text={FILING_STATUS_LABELS[n.filingStatus]} tone={FILING_STATUS_TONES[n.filingStatus]} />
        </View>
        <View className='muted'>备案编号 {n.filingNumber}</View>
      </View>
      <View className='operator-tabbar' role='tablist'>
        <RovingChips options={TABS} value={tab} onChange={setTab} role='tab' chip='operator-tab' />
      </View>
      {tab === 'requests' ? <RequestsPanel /> : null}
      {tab === 'offer' ? <OfferEditor nursery={n} onSaved={institution.setData} /> : null}
      {tab === 'slots' ? <SlotsPanel nursery={n} onChanged={institution.setData} /> : null}
    </PageShell>
  );
}
