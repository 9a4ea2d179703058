import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { COUNTY_PROMISES, POLICY_DOCUMENT, PROMISE_TOPICS, type CountyPromise, type PromiseTopic } from '@domain/guide/promises';
import { PageShell } from '@/components/PageShell';
import { ChoiceField } from '@/components/form/ChoiceField';
import { formatDate } from '@/services/format';
import './index.scss';
import { pageUrl } from '@domain/routes';

const TOPIC_OPTIONS = [
  { value: 'all', label: '全部' },
  ...(Object.keys(PROMISE_TOPICS) as PromiseTopic[]).map((t) => ({ value: t, label: PROMISE_TOPICS[t] })),
];

function Promise({ p }: { p: CountyPromise }) {
  const [open, setOpen] = useState(false);
  return (
    <View className='card promise' data-promise={p.id}>
      <View className='promise-topic muted'>{PROMISE_TOPICS[p.topic]}</View>
      <View className='card-title'>{p.title}</View>
      <View>{p.plain}</View>
      {p.updates?.map((u) => (
        <View key={u.from} className='promise-update'>
          <View className='promise-update-title'>{formatDate(u.from)}起</View>
          <View>{u.plain}</View>
          <View className='muted'>依据：{u.source}</View>
        </View>
      ))}
      <Press look='block' className='promise-clause link' onClick={() => setOpen(!open)}>
        {p.clause} {open ? '收起原文 ▲' : '查看原文 ▼'}
      </Press>
      {open ? <View className='promise-quote'>“{p.quote}”</View> : null}
    </View>
  );
}

export default function GuidePage() {
  const [topic, setTopic] = useState('all');
  const shown = COUNTY_PROMISES.filter((p) => topic === 'all' || p.topic === topic);
  return (
    <PageShell>
      <Press look='block' className='card guide-leave' onClick={() => Taro.navigateTo({ url: pageUrl('/packages/guide/leave/index') })}>
        <View className='row'>
          <Text className='card-title'>产假、护理假、育儿假 计算</Text>
          <Text className='link'>›</Text>
        </View>
        <View className='muted'>输入孩子出生日期，算出每种假期从哪天到哪天</View>
      </Press>
      <View className='card'>
        <View className='muted'>
          以下承诺出自《{POLICY_DOCUMENT.title}》（{POLICY_DOCUMENT.number}），点“查看原文”可核对文件原话。
        </View>
        <ChoiceField name='topic' label='分类' value={topic} options={TOPIC_OPTIONS} onChange={setTopic} />
      </View>
      {shown.map((p) => (
        <Promise key={p.id} p={p} />
      ))}
    </PageShell>
  );
}
