import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { Timeline } from '@/components/Timeline';
import { SubsidyLines } from '@/components/subsidy/SubsidyLines';
import { accountHolderText, accountText, subsidyTimeline, subsidyTone } from '@/components/subsidy/display';
import { useLoad } from '@/hooks/useLoad';
import { formatDate, formatInstant } from '@/services/format';
import { subsidyService } from '@/services/subsidy';
import { pageUrl } from '@domain/routes';
import './index.scss';
import { KvRow } from '@/components/KvRow';

export default function SubsidyApplicationPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => subsidyService.get(id));
  const a = loaded.data;
  if (!a) {
    return <PageShell load={loaded} />;
  }
  const reviewing = a.status === 'submitted' || a.status === 'under_review';
  return (
    <PageShell load={loaded}>
      {params.fresh === '1' && reviewing ? (
        <View className='sa-fresh'>已提交！卫生健康局会在{formatDate(a.reviewDueBy)}前审核完，结果会通知您。</View>
      ) : null}
      <View className='card'>
        <View className='row'>
          <Text className='card-title'>{a.childName}的补贴申领</Text>
          <StatusTag text={a.statusText} tone={subsidyTone(a.status)} />
        </View>
        <KvRow label='申请编号'>{a.number}</KvRow>
        <KvRow label='申领人'>{a.applicantName}</KvRow>
        <KvRow label='提交时间'>{formatInstant(a.submittedAt)}</KvRow>
        {reviewing ? (
          <View className='kv sa-due'>
            <View className='kv-key'>审核期限</View>
            <View className='kv-value'>
              {formatDate(a.reviewDueBy)}前<View className='muted'>提交后30个工作日内</View>
            </View>
          </View>
        ) : null}
        {a.batch ? (
          <View className='kv sa-batch'>
            <View className='kv-key'>发放批次</View>
            <View className='kv-value'>
              {a.batch.number}
              {a.batch.paidOn ? (
                <View className='sa-paid'>{formatDate(a.batch.paidOn)}已发放</View>
              ) : (
                <View className='muted'>财政正在办理发放</View>
              )}
            </View>
          </View>
        ) : null}
        {a.status === 'approved' && !a.batch ? (
          <View className='muted sa-wait'>审核已通过，财政按季度集中发放，发放后会通知您。</View>
        ) : null}
        {a.status === 'rejected' ? <View className='sa-reject'>未通过原因：{a.rejectReason}</View> : null}
      </View>

      <View className='card'>
        <View className='card-title'>申领的补贴</View>
        <SubsidyLines
          lines={a.lines}
          totalFen={a.totalFen}
          onRule={(ruleId) => Taro.navigateTo({ url: pageUrl('/packages/subsidy/rule/index', { id: ruleId }) })}
        />
      </View>

      <View className='card'>
        <View className='card-title'>收款账户</View>
        <View>{accountText(a.account)}</View>
        <View className='muted'>{accountHolderText(a.account)}</View>
      </View>

      <View className='card'>
        <View className='card-title'>办理进度</View>
        <Timeline entries={subsidyTimeline(a.events)} />
      </View>
    </PageShell>
  );
}
