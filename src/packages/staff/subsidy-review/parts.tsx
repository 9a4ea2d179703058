import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { ChildFacts, Evaluation, HukouPlace, SubsidyReview } from '@domain/subsidy/types';
import { formatYuan } from '@domain/money';
import { townshipName } from '@domain/place/townships';
import { StatusTag } from '@/components/StatusTag';
import { showError } from '@/components/feedback';
import { formatDate } from '@/services/format';
import { openFile } from '@/services/transport';
import { KvRow } from '@/components/KvRow';

const PLACE: Record<HukouPlace, string> = {
  yingjiang: '盈江县',
  yunnan_other: '云南省内其他县（市、区）',
  outside_yunnan: '云南省外',
};

const ENTITLEMENT_STATE = { claimable: '可申领', upcoming: '未到申领时间', expired: '已过申领期限' } as const;

/** The engine's answer on the server's facts: what is owed and why, what does not apply and why. */
export function EngineExplanation({ evaluation, claimed }: { evaluation: Evaluation; claimed: ReadonlySet<string> }) {
  return (
    <View className='card sr-engine'>
      <View className='card-title'>系统核算</View>
      <View className='muted'>
        按政策数据 {evaluation.rulesVersion} 版、以 {formatDate(evaluation.asOf)} 计算。标“本次申领”的是这份申请包含的项目。
      </View>
      {evaluation.entitlements.map((e) => {
        const inClaim = claimed.has(`${e.ruleId}:${e.periodKey}`);
        return (
          <View
            key={`${e.ruleId}:${e.periodKey}`}
            className={`sr-ent ${inClaim ? 'sr-ent-claimed' : ''}`}
            data-entitlement={`${e.ruleId}:${e.periodKey}`}
          >
            <View className='row sr-ent-head'>
              <Text className='sr-ent-name'>
                {e.ruleName} · {e.periodLabel}
              </Text>
              <Text className='sr-amount'>{formatYuan(e.amountFen)}</Text>
            </View>
            <View className='row sr-ent-tags'>
              {inClaim ? <StatusTag text='本次申领' tone='ok' /> : <StatusTag text={ENTITLEMENT_STATE[e.state]} tone='off' />}
            </View>
            <View className='sr-why'>{e.why}</View>
          </View>
        );
      })}
      {evaluation.notApplicable.length > 0 ? (
        <>
          <View className='sr-subtitle'>不适用</View>
          {evaluation.notApplicable.map((n) => (
            <View key={n.ruleId} className='sr-na' data-rule={n.ruleId}>
              <View className='sr-ent-name'>{n.ruleName}</View>
              <View className='sr-why'>{n.reason}</View>
            </View>
          ))}
        </>
      ) : null}
    </View>
  );
}

/** The facts the server evaluated on: 孩次, twins, hukou spells. */
export function FactsCard({ facts }: { facts: ChildFacts }) {
  return (
    <View className='card'>
      <View className='card-title'>核算所用情况</View>
      <KvRow label='出生日期'>{formatDate(facts.birthDate)}</KvRow>
      <KvRow label='孩次'>
        第{facts.birthOrder}孩{facts.multipleBirth ? `（${facts.multipleBirth.of}胞胎中的第${facts.multipleBirth.index}个）` : ''}
      </KvRow>
      <KvRow label='户口'>
        {facts.hukou.length === 0
          ? '尚未登记户口'
          : facts.hukou.map((s) => (
              <View key={s.from}>
                {formatDate(s.from)}起 {PLACE[s.place]}
              </View>
            ))}
      </KvRow>
      {facts.deceasedOn ? <KvRow label='死亡日期'>{formatDate(facts.deceasedOn)}</KvRow> : null}
    </View>
  );
}

/** The papers: typed by the parent with the 户口簿 photo, or where the system had them from. */
export function PapersCard({ review }: { review: SubsidyReview }) {
  const p = review.papers;
  return (
    <View className='card'>
      <View className='card-title'>证件</View>
      {review.papersSource ? <View className='muted'>系统已有，来源：{review.papersSource}</View> : null}
      {p ? (
        <>
          <View className='muted'>申请人填写，请与户口簿照片核对：</View>
          <KvRow label='公民身份号码'>{p.idNumberMasked}</KvRow>
          <KvRow label='出生医学证明编号'>{p.birthCertificateNumber}</KvRow>
          <KvRow label='户口所在乡镇'>{townshipName(p.hukouTownship)}</KvRow>
          <KvRow label='户口簿'>
            <Press
              className='btn btn-secondary'
              size='mini'
              onClick={() => openFile(`/api/files/${encodeURIComponent(p.hukouBookFileId)}`).catch(showError)}
            >
              查看照片
            </Press>
          </KvRow>
        </>
      ) : null}
    </View>
  );
}
