import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { NurseryDetail } from '@domain/nursery/types';
import { CARE_TYPE_LABELS, FILING_STATUS_LABELS, OWNERSHIP_LABELS } from '@domain/nursery/labels';
import { CLASS_RULES, caregiversNeeded } from '@domain/nursery/classRules';
import { formatYuan } from '@domain/money';
import { townshipName } from '@domain/place/townships';
import { PageShell } from '@/components/PageShell';
import { InspectionLine } from '@/components/InspectionLine';
import { StatusTag } from '@/components/StatusTag';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { nurseryService } from '@/services/nursery';
import { goSignIn, goVerify } from '@/services/signInRoute';
import { signInNeeded } from '@/services/transport';
import { FILING_STATUS_TONES, feeAmountText, typeTags } from '@/content/nursery';
import { ContactRows } from './ContactRows';
import { ClassTable } from './ClassTable';
import './index.scss';
import { pageUrl } from '@domain/routes';
import { KvRow } from '@/components/KvRow';

/** '1:4.5' — enrolled children per caregiver, one decimal. */
function ratioText(n: NurseryDetail): string {
  const enrolled = n.classes.reduce((sum, c) => sum + c.enrolled, 0);
  if (n.caregivers === 0) return '—';
  const per = Math.round((enrolled / n.caregivers) * 10) / 10;
  return `1:${per}`;
}

export default function NurseryDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { me, signedIn } = useMe();
  const loaded = useLoad(() => nurseryService.detail(id));
  const [history, setHistory] = useState(false);
  const n = loaded.data;
  if (!n) {
    return <PageShell load={loaded} />;
  }

  // Booking and applying are done as a verified person; send anyone else there first, and on
  // to the booking afterwards (this page and the search under it stay as they were).
  const go = (page: 'visit' | 'apply') => {
    const url = pageUrl(page === 'visit' ? '/packages/nursery/visit/index' : '/packages/nursery/apply/index', { id: n.id });
    const reason = page === 'visit' ? '登录后继续预约参观' : '登录后继续申请入托';
    if (signInNeeded && !signedIn) return goSignIn({ reason, next: url });
    if (me && !me.verified) return goVerify({ reason: reason.replace('登录', '实名认证'), next: url });
    void Taro.navigateTo({ url });
  };

  const enrolled = n.classes.reduce((sum, c) => sum + c.enrolled, 0);
  const latest = n.latestInspection;
  const older = n.inspections.filter((i) => !latest || i.date !== latest.date || i.result !== latest.result || i.notes !== latest.notes);
  return (
    <PageShell className='nursery-detail' load={loaded}>
      <View className='card'>
        <View className='card-title'>{n.name}</View>
        <View className='nursery-tags'>
          {typeTags(n).map((t) => (
            <Text key={t} className={`nursery-tag ${t === '示范' ? 'nursery-tag-star' : ''}`}>
              {t}
            </Text>
          ))}
        </View>
        <View className='nursery-filing' data-filing={n.filingStatus}>
          <View>
            <View className='muted'>备案编号</View>
            <View className='nursery-filing-number'>{n.filingNumber}</View>
          </View>
          <StatusTag text={FILING_STATUS_LABELS[n.filingStatus]} tone={FILING_STATUS_TONES[n.filingStatus]} />
        </View>
        {n.sample ? <View className='muted nursery-sample'>样例数据：演示用的机构，不是真实的托育机构。</View> : null}
      </View>

      {/* The two things a family came to do, above the fold. */}
      <View className='nursery-actions'>
        <Press className='btn btn-secondary nursery-action' onClick={() => go('visit')}>
          预约参观
        </Press>
        <Press className='btn btn-primary nursery-action' onClick={() => go('apply')}>
          申请入托
        </Press>
      </View>
      {n.visitSlots.length === 0 ? <View className='muted nursery-actions-note'>机构暂未开放参观时段，可以先电话联系。</View> : null}

      <View className='card'>
        <ContactRows nursery={n} />
        <KvRow label='所在乡镇'>{townshipName(n.township)}</KvRow>
        <KvRow label='性质'>
          {OWNERSHIP_LABELS[n.ownership]}
          {n.grade ? ` · 等级 ${n.grade}` : ''}
        </KvRow>
        <KvRow label='服务时间'>{n.hours}</KvRow>
        <KvRow label='托育类型'>{n.careTypes.map((c) => CARE_TYPE_LABELS[c]).join('、')}</KvRow>
      </View>

      <View className='card'>
        <View className='card-title'>班级与保育费</View>
        <ClassTable classes={n.classes} />
      </View>

      <View className='card'>
        <View className='card-title'>其他费用</View>
        <KvRow label='伙食费'>每月 {formatYuan(n.mealsMonthlyFen)}</KvRow>
        {n.otherFees.map((f) => (
          <KvRow key={f.name} label={f.name}>
            {feeAmountText(f)}
          </KvRow>
        ))}
      </View>

      <View className='card'>
        <View className='card-title'>保育人员</View>
        <View>
          {n.caregivers} 名保育人员，在托 {enrolled} 名幼儿，师幼比 {ratioText(n)}
        </View>
        <View className='muted'>
          国家标准师幼比：{n.classes.map((c) => `${CLASS_RULES[c.kind].name} 1:${CLASS_RULES[c.kind].childrenPerCaregiver}`).join('，')}
          ；按现有在托人数至少需要 {caregiversNeeded(n.classes)} 名
        </View>
      </View>

      <View className='card' data-section='inspection'>
        <View className='card-title'>监督检查</View>
        {n.latestInspection ? (
          <InspectionLine inspection={n.latestInspection} className='nursery-inspection' lead='最近一次' />
        ) : (
          <View className='muted'>还没有检查记录</View>
        )}
        {older.length > 0 && !history ? (
          <Press look='block' className='link nursery-more' onClick={() => setHistory(true)}>
            查看以往 {older.length} 次检查
          </Press>
        ) : null}
        {history ? older.map((i) => <InspectionLine key={`${i.date}-${i.result}`} inspection={i} className='nursery-inspection' />) : null}
      </View>
    </PageShell>
  );
}
