import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { formatYuan } from '@domain/money';
import { StatusTag } from '@/components/StatusTag';
import { subsidyTone } from '@/components/subsidy/display';
import { formatDate } from '@/services/format';
import { pageUrl } from '@domain/routes';
import { byYear, thirdBirthday, type ChildPayments } from './paymentLines';
import { YearTimeline } from './YearTimeline';
import { RuleLink } from './RuleLink';

interface Props {
  payments: ChildPayments;
  busy: boolean;
  /** One-tap renewal to the account used last time. */
  onRenew: () => void;
}

function Totals({ payments }: { payments: ChildPayments }) {
  const t = payments.totals;
  return (
    <View className='pay-totals'>
      <View className='pay-total' data-total='claimable'>
        <View className='pay-total-amount pay-total-owed'>{formatYuan(t.claimable.fen)}</View>
        <View className='muted'>现在可申领</View>
      </View>
      <View className='pay-total' data-total='pending'>
        <View className='pay-total-amount'>{formatYuan(t.pending)}</View>
        <View className='muted'>办理中</View>
      </View>
      <View className='pay-total' data-total='paid'>
        <View className='pay-total-amount'>{formatYuan(t.paid)}</View>
        <View className='muted'>已发放</View>
      </View>
    </View>
  );
}

function ApplyArea({ payments, busy, onRenew }: Props) {
  const { child, totals } = payments;
  const claimable = totals.claimable;
  if (claimable.count === 0) return null;
  const now = totals.withoutPolicy;
  const policyHint = now.count < claimable.count ? '（意外伤害险参保补贴需在申领页填写已购买的保单）' : '';
  const what = `申领 ${now.count} 项，共 ${formatYuan(now.fen)}${policyHint}`;
  if (!child.canApply) {
    return (
      <View className='pay-apply pay-apply-other'>
        现在可申领 {claimable.count} 项，共 {formatYuan(claimable.fen)}。一个家庭只能由一人申领，本孩子的补贴由
        <Text className='pay-strong'>{child.applicantName ?? '另一位家庭成员'}</Text>
        申领，请由其在本小程序中办理。
      </View>
    );
  }
  const apply = () => Taro.navigateTo({ url: pageUrl('/packages/subsidy/apply/index', { childId: child.child.id }) });
  if (child.previousAccount && !child.papersNeeded && now.count > 0) {
    return (
      <View className='pay-apply'>
        <View className='pay-apply-what'>{what}</View>
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={onRenew}>
          使用尾号{child.previousAccount.last4}的账户一键申领
        </Press>
        <Press className='btn btn-secondary btn-block' onClick={apply}>
          换一个账户申领
        </Press>
      </View>
    );
  }
  return (
    <View className='pay-apply'>
      <Press className='btn btn-primary btn-block' disabled={busy} onClick={apply}>
        {what}
      </Press>
    </View>
  );
}

/** One child on 我的补贴: totals, the apply button, the payments year by year, what does not apply. */
export function ChildSubsidyCard(props: Props) {
  const { child, evaluation, lines, totals } = props.payments;
  const none = lines.length === 0;
  // With nothing owed, the reasons are the whole answer: show them at once.
  const [showNotApplicable, setShowNotApplicable] = useState(none);
  const third = thirdBirthday(child.child.birthDate);
  return (
    <View className='pay-child' data-child={child.child.id}>
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>{child.child.name}</Text>
          <Text className='muted'>{formatDate(child.child.birthDate)}出生</Text>
        </View>
        {child.applicantName ? <View className='muted'>申领人：{child.applicantName}</View> : null}
        {none ? (
          <View className='muted pay-none'>按现行政策，这个孩子没有可以领取的补贴，原因见下方。</View>
        ) : (
          <>
            <Totals payments={props.payments} />
            {totals.upcoming > 0 ? <View className='muted pay-later'>以后每年还可申领，合计 {formatYuan(totals.upcoming)}</View> : null}
            {totals.expired > 0 ? <View className='muted'>已过申领期限未申领：{formatYuan(totals.expired)}</View> : null}
            <ApplyArea {...props} />
          </>
        )}
      </View>

      {none ? null : (
        <View className='card'>
          <View className='card-title'>每年的补贴</View>
          <YearTimeline groups={byYear(lines, child.child.birthDate)} thirdBirthday={third} />
        </View>
      )}

      {evaluation.notApplicable.length > 0 ? (
        <View className='card pay-na'>
          <Press look='block' className='row pay-na-toggle' onClick={() => setShowNotApplicable(!showNotApplicable)}>
            <Text className='card-title'>不适用的补贴（{evaluation.notApplicable.length}项）</Text>
            <Text className='link'>{showNotApplicable ? '收起 ▲' : '查看原因 ▼'}</Text>
          </Press>
          {showNotApplicable
            ? evaluation.notApplicable.map((n) => (
                <View key={n.ruleId} className='pay-na-item' data-rule={n.ruleId}>
                  <View className='pay-line-name'>{n.ruleName}</View>
                  <View className='pay-line-why'>{n.reason}</View>
                  <RuleLink ruleId={n.ruleId} className='link pay-na-link' />
                </View>
              ))
            : null}
        </View>
      ) : null}

      {child.applications.length > 0 ? (
        <View className='card'>
          <View className='card-title'>申请记录</View>
          {child.applications.map((a) => (
            <Press
              look='block'
              key={a.id}
              className='pay-app'
              data-application={a.number}
              onClick={() => Taro.navigateTo({ url: pageUrl('/packages/subsidy/application/index', { id: a.id }) })}
            >
              <View className='row'>
                <Text>{a.number}</Text>
                <StatusTag text={a.statusText} tone={subsidyTone(a.status)} />
              </View>
              <View className='row muted'>
                <Text>
                  {a.lines.length}项 · {formatYuan(a.totalFen)}
                </Text>
                <Text className='link'>详情 ›</Text>
              </View>
            </Press>
          ))}
        </View>
      ) : null}
    </View>
  );
}
