import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { HighRiskCase, MaternalQueue, QueueEntry } from '@domain/maternal/views';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { PersonSearchCard, usePersonSearch } from '@/components/PersonSearch';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { maternalStaffService } from '@/services/maternal';
import { Press } from '@/components/controls/Press';
import './index.scss';
import { pageUrl } from '@domain/routes';

const open = (pregnancyId: string) => Taro.navigateTo({ url: pageUrl('/packages/staff-health/pregnancy/index', { id: pregnancyId }) });

function Entry({ e, late }: { e: QueueEntry; late?: boolean }) {
  return (
    <Press
      look='block'
      className={`card queue-entry ${late ? 'queue-late' : ''}`}
      data-pregnancy={e.pregnancyId}
      onClick={() => open(e.pregnancyId)}
    >
      <View className='row'>
        <Text className='queue-name'>{e.motherName}</Text>
        <Text className='muted'>{e.gestationalAgeText ?? ''}</Text>
      </View>
      <View>{e.title}</View>
      <View className='muted'>{e.kind === 'follow_up' ? `约定随访日期 ${e.date}` : `${e.date} 至 ${e.dueBy ?? ''}`}</View>
    </Press>
  );
}

/** The bureau reads the list; only 妇幼保健 opens a mother's file. */
function HighRisk({ c, canOpen }: { c: HighRiskCase; canOpen: boolean }) {
  const className = `card queue-entry risk-${c.colours[0]}`;
  const body = (
    <>
      <View className='row'>
        <Text className='queue-name'>{c.motherName}</Text>
        {canOpen ? <Text className='link'>专案 ›</Text> : null}
      </View>
      <View className='queue-risk-title'>{c.title}</View>
      <View className='muted'>
        {c.delivered ? '已分娩' : (c.gestationalAgeText ?? '')} · 预产期 {c.dueDate} · 评估 {c.assessedOn} {c.facility}
      </View>
      <View className={c.followUpOverdue ? 'queue-overdue-text' : ''}>
        下次随访 {c.nextFollowUp ?? '未约定'}
        {c.followUpOverdue ? '（已逾期）' : ''}
      </View>
    </>
  );
  return canOpen ? (
    <Press look='block' className={className} data-pregnancy={c.pregnancyId} onClick={() => open(c.pregnancyId)}>
      {body}
    </Press>
  ) : (
    <View className={className} data-pregnancy={c.pregnancyId}>
      {body}
    </View>
  );
}

export default function PregnanciesPage() {
  const { me } = useMe();
  const maternal = me?.roles.some((r) => r.role === 'maternal_child') ?? false;
  const queue = useLoad<MaternalQueue | null>(() => (maternal ? maternalStaffService.queue() : Promise.resolve(null)), [maternal], {
    enabled: me !== null,
  });
  const highRisk = useLoad(() => maternalStaffService.highRisk(), [], { enabled: me !== null && !maternal });
  const { form, found } = usePersonSearch((query) => maternalStaffService.findMothers(query));

  const q = queue.data;
  const cases = q?.highRisk ?? highRisk.data ?? [];
  return (
    <PageShell load={maternal ? queue : highRisk}>
      {maternal ? (
        <PersonSearchCard
          form={form}
          title='查找孕产妇'
          intro='按姓名和出生日期查找，或输入她的公民身份号码。每次查找都记入审计日志。'
          nameLabel='孕产妇姓名'
        />
      ) : null}
      {found && found.length === 0 ? (
        <EmptyState title='没有找到'>请核对姓名和出生日期；孕妇本人在“孕期保健”中开始记录后才能查到。</EmptyState>
      ) : null}
      {(found ?? []).map((m) => (
        <Press look='block' key={m.pregnancyId} className='card' data-found={m.pregnancyId} onClick={() => open(m.pregnancyId)}>
          <View className='row'>
            <Text className='queue-name'>{m.motherName}</Text>
            <Text className='link'>孕产期保健 ›</Text>
          </View>
          <View className='muted'>
            {m.birthDate ? `出生日期 ${m.birthDate}` : ''}
            {m.idNumberMasked ? ` · ${m.idNumberMasked}` : ''}
          </View>
          <View className='muted'>
            {m.delivered ? '已分娩' : (m.gestationalAgeText ?? '')} · 预产期 {m.dueDate}
          </View>
        </Press>
      ))}

      {q ? (
        <>
          <View className='section-title'>本周应检（{q.dueThisWeek.length}）</View>
          {q.dueThisWeek.length === 0 ? <View className='muted queue-empty'>本周没有到期的检查和随访。</View> : null}
          {q.dueThisWeek.map((e) => (
            <Entry key={`${e.pregnancyId}-${e.title}`} e={e} />
          ))}
          <View className='section-title'>已逾期（{q.overdue.length}）</View>
          {q.overdue.length === 0 ? <View className='muted queue-empty'>没有逾期的检查和随访。</View> : null}
          {q.overdue.map((e) => (
            <Entry key={`${e.pregnancyId}-${e.title}`} e={e} late />
          ))}
        </>
      ) : null}
      <View className='section-title'>高危孕产妇专案（{cases.length}）</View>
      <View className='muted queue-empty'>妊娠风险评估为橙色、红色、紫色的孕产妇，逾期未随访的在前。</View>
      {cases.map((c) => (
        <HighRisk key={c.pregnancyId} c={c} canOpen={maternal} />
      ))}
    </PageShell>
  );
}
