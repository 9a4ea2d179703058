import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { DEFAULT_SUBSIDY_POLICY, rulesFor } from '@domain/subsidy/policySettings';
import { RULES, ruleById } from '@domain/subsidy/rules';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { formatDate } from '@/services/format';
import { subsidyService } from '@/services/subsidy';
import { amountText, applyText, scheduleText, whoText, windowText } from './describe';
import './index.scss';
import { KvRow } from '@/components/KvRow';

/** One rule and where it comes from: document, clause, the sentence itself. (Open questions stay in the data, for staff.) */
export default function SubsidyRulePage() {
  const { params } = useRouter();
  // The rules as the health bureau has set them (e.g. whether the county 800 continues after 2025).
  const policy = useLoad(() => subsidyService.policy());
  const rules = rulesFor(policy.data ?? DEFAULT_SUBSIDY_POLICY);
  const rule = ruleById(params.id ?? '', rules);
  if (!rule) {
    return (
      <PageShell>
        <EmptyState title='没有找到这项补贴'>政策可能已更新，请返回重新查看。</EmptyState>
      </PageShell>
    );
  }
  const notes = [...(rule.notes ?? []), ...(rule.closedNote ? [`${rule.closedNote}。`] : [])];
  const births = windowText(rule.effective.births);
  const periods = windowText(rule.effective.periods);
  const superseded = rule.supersedes?.map((s) => ({ name: ruleById(s.ruleId, rules)?.name ?? s.ruleId, from: s.from })) ?? [];
  const supersededBy = rules.rules
    .filter((r) => r.supersedes?.some((s) => s.ruleId === rule.id))
    .map((r) => ({ name: r.name, from: r.supersedes!.find((s) => s.ruleId === rule.id)!.from }));

  return (
    <PageShell className='subsidy-rule'>
      <View className='card'>
        <View className='card-title'>{rule.name}</View>
        <View className='rule-amount'>{amountText(rule)}</View>
        <KvRow label='发放单位'>{rule.issuer}</KvRow>
        <KvRow label='谁可以领'>{whoText(rule)}</KvRow>
        {births ? <KvRow label='出生日期在'>{births}</KvRow> : null}
        {periods ? <KvRow label='补贴期间'>{periods}</KvRow> : null}
        <KvRow label='怎么发'>{scheduleText(rule)}</KvRow>
        <KvRow label='申领期限'>{applyText(rule)}</KvRow>
        {superseded.map((s) => (
          <KvRow key={s.name} label='取代'>
            {formatDate(s.from)}起取代“{s.name}”
          </KvRow>
        ))}
        {supersededBy.map((s) => (
          <KvRow key={s.name} label='已并入'>
            {formatDate(s.from)}起并入“{s.name}”
          </KvRow>
        ))}
      </View>

      {rule.basis.map((b) => (
        <View key={`${b.document}-${b.clause}`} className='card rule-basis'>
          <View className='muted'>依据</View>
          <View className='rule-document'>{b.document}</View>
          <View className='muted'>条款：{b.clause}</View>
          {b.quote ? (
            <View className='rule-quote'>“{b.quote}”</View>
          ) : (
            <View className='muted rule-no-quote'>原文尚未收录，以发文机关公布的文件为准。</View>
          )}
        </View>
      ))}

      {notes.length > 0 ? (
        <View className='card'>
          <View className='card-title'>说明</View>
          {notes.map((n) => (
            <View key={n} className='rule-note'>
              {n}
            </View>
          ))}
        </View>
      ) : null}

      <View className='muted rule-version'>政策数据版本 {RULES.version}</View>
    </PageShell>
  );
}
