import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryRequestView } from '@domain/nursery/types';
import { CARE_TYPE_LABELS, REQUEST_KIND_LABELS } from '@domain/nursery/labels';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { nurseryService } from '@/services/nursery';
import { formatInstant } from '@/services/format';
import { REQUEST_TONES, classWithAges, monthText, slotText } from '@/content/nursery';
import '../nursery.scss';
import './index.scss';
import { pageUrl } from '@domain/routes';
import { KvRow } from '@/components/KvRow';

function WhatWasAsked({ r }: { r: NurseryRequestView }) {
  return (
    <>
      {r.slot ? <KvRow label='参观时间'>{slotText(r.slot)}</KvRow> : null}
      {r.visitors ? <KvRow label='来访人数'>{r.visitors}人</KvRow> : null}
      {r.classKind ? <KvRow label='班级'>{classWithAges(r.classKind)}</KvRow> : null}
      {r.careType ? <KvRow label='托育类型'>{CARE_TYPE_LABELS[r.careType]}</KvRow> : null}
      {r.startMonth ? <KvRow label='入托月份'>{monthText(r.startMonth)}</KvRow> : null}
      {r.child ? <KvRow label='孩子'>{r.child.name}</KvRow> : null}
      {r.note ? <KvRow label='留言'>{r.note}</KvRow> : null}
    </>
  );
}

export default function NurseryRequestPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => nurseryService.getRequest(id));
  const { busy, run } = useSubmit();
  const r = loaded.data;
  if (!r) {
    return <PageShell load={loaded} />;
  }

  const cancel = async () => {
    const confirmed = await Taro.showModal({
      title: `取消${REQUEST_KIND_LABELS[r.kind]}`,
      content: '取消后机构不再处理这次请求，确定取消吗？',
      confirmText: '确定取消',
      cancelText: '不取消',
    });
    if (!confirmed.confirm) return;
    await run(async () => {
      loaded.setData(await nurseryService.cancelRequest(r.id));
      showSuccess('已取消');
    });
  };

  const fresh = params.fresh === '1' && r.status === 'submitted';
  return (
    <PageShell load={loaded}>
      {fresh ? <View className='request-fresh'>已提交！机构确认后会通知您。</View> : null}
      <View className='card'>
        <View className='row request-head'>
          <Text className='card-title'>{REQUEST_KIND_LABELS[r.kind]}</Text>
          <StatusTag text={r.statusText} tone={REQUEST_TONES[r.status]} />
        </View>
        <View className='muted'>办件编号 {r.number}</View>
        <View className='muted'>
          提交于 {formatInstant(r.createdAt)}
          {r.updatedAt !== r.createdAt ? ` · 更新于 ${formatInstant(r.updatedAt)}` : ''}
        </View>
      </View>

      {r.answer ? (
        <View className={`card request-answer request-answer-${r.status}`}>
          <View className='card-title'>机构答复</View>
          <View>{r.answer}</View>
        </View>
      ) : null}

      <View className='card'>
        <View className='card-title'>{r.institution.name}</View>
        <KvRow label='地址'>{r.institution.address}</KvRow>
        <KvRow label='电话'>{r.institution.phone}</KvRow>
        <WhatWasAsked r={r} />
      </View>

      {r.status === 'submitted' ? (
        <Press className='btn btn-danger btn-block' disabled={busy} onClick={cancel}>
          取消{REQUEST_KIND_LABELS[r.kind]}
        </Press>
      ) : null}
      <Press
        className='btn btn-secondary btn-block'
        onClick={() => Taro.navigateTo({ url: pageUrl('/packages/nursery/detail/index', { id: r.institution.id }) })}
      >
        查看机构详情
      </Press>
    </PageShell>
  );
}
