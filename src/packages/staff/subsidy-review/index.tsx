import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { todayIn } from '@domain/dates';
import { formatYuan } from '@domain/money';
import { decideSubsidySchema, SUBSIDY_LABELS } from '@domain/subsidy/schema';
import { validate } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { SubsidyLines } from '@/components/subsidy/SubsidyLines';
import { accountHolderText, accountText, subsidyTimeline, subsidyTone } from '@/components/subsidy/display';
import { useLoad } from '@/hooks/useLoad';
import { formatDate, formatInstant } from '@/services/format';
import { subsidyStaffService } from '@/services/subsidy';
import { EngineExplanation, FactsCard, PapersCard } from './parts';
import './index.scss';
import { RejectCard } from '../RejectCard';
import { useStaffAction } from '../useStaffAction';
import { WorkHistory } from '../WorkHistory';

export default function SubsidyReviewPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const review = useLoad(() => subsidyStaffService.review(id));
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, act, errors, setErrors } = useStaffAction(review.setData);
  const r = review.data;

  if (!r) {
    return <PageShell load={review} />;
  }

  const reject = async () => {
    const checked = validate(decideSubsidySchema, { id, decision: 'reject', reason });
    if (!checked.ok) {
      setErrors(checked.fields);
      return;
    }
    if (await act(() => subsidyStaffService.reject(id, reason.trim()), '已作出不予通过决定')) setRejecting(false);
  };

  const a = r.application;
  // Public money: the reviewer sees the amount and the account once more before it goes to finance.
  const approve = async () => {
    const answer = await Taro.showModal({
      title: '确认审核通过',
      content: `为${a.childName}发放${a.lines.length}项补贴，合计${formatYuan(a.totalFen)}，发放到${accountText(a.account)}。通过后进入财政发放批次。`,
      confirmText: '确认通过',
      cancelText: '返回核对',
    });
    if (answer.confirm) await act(() => subsidyStaffService.approve(id), '已审核通过');
  };
  const open = a.status === 'submitted' || a.status === 'under_review';
  const late = open && a.reviewDueBy < todayIn(new Date());
  const claimed = new Set(a.lines.map((l) => `${l.ruleId}:${l.periodKey}`));

  return (
    <PageShell className='subsidy-review' load={review}>
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>{a.childName}</Text>
          <StatusTag text={a.statusText} tone={subsidyTone(a.status)} />
        </View>
        <View className='muted'>
          {a.number} · 申领人 {a.applicantName}
        </View>
        <View className='muted'>提交于 {formatInstant(a.submittedAt)}</View>
        {open ? (
          <View className={late ? 'sr-late' : 'muted'}>
            {late ? '已超过审核期限：' : '审核期限：'}
            {formatDate(a.reviewDueBy)}前（30个工作日）
          </View>
        ) : null}
        {a.rejectReason ? <View className='sr-reject'>不予通过原因：{a.rejectReason}</View> : null}
        <View className='muted'>本次查阅已记入审计日志。</View>
      </View>

      <View className='card'>
        <View className='card-title'>申领项目</View>
        <SubsidyLines lines={a.lines} totalFen={a.totalFen} />
      </View>

      <EngineExplanation evaluation={r.evaluation} claimed={claimed} />
      <FactsCard facts={r.facts} />
      <PapersCard review={r} />

      <View className='card'>
        <View className='card-title'>收款账户</View>
        <View>{accountText(a.account)}</View>
        <View className='muted'>{accountHolderText(a.account)}</View>
      </View>

      {a.status === 'submitted' && !rejecting ? (
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={() => act(() => subsidyStaffService.accept(id), '已受理')}>
          受理
        </Press>
      ) : null}
      {a.status === 'under_review' && !rejecting ? (
        <Press className='btn btn-primary btn-block' disabled={busy} onClick={approve}>
          审核通过
        </Press>
      ) : null}
      <RejectCard
        available={open}
        rejecting={rejecting}
        onStart={() => setRejecting(true)}
        title='不予通过'
        hint='申请人会收到这个原因，请写明依据和可以怎么办。'
        reasonLabel={SUBSIDY_LABELS.rejectReason}
        reason={reason}
        onReason={setReason}
        error={errors.reason}
        confirmText='确认不予通过'
        busy={busy}
        onBack={() => setRejecting(false)}
        onConfirm={reject}
      />

      <WorkHistory entries={subsidyTimeline(a.events)} done={!open} />
    </PageShell>
  );
}
