import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { DatingFields } from '@domain/api/contract';
import type { MyPregnancies, PregnancyView } from '@domain/maternal/views';
import type { FieldErrors } from '@domain/validation';
import { PageShell } from '@/components/PageShell';
import { CheckList } from '@/components/maternal/CheckList';
import { RiskCard } from '@/components/maternal/RiskCard';
import { showSuccess } from '@/components/feedback';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { maternalService } from '@/services/maternal';
import { newIdempotencyKey } from '@/services/transport';
import { DatingForm } from './DatingForm';
import { Press } from '@/components/controls/Press';
import './index.scss';

/** Her pregnancy (the one in the link, else the newest), or how to start one. */
async function load(id: string | undefined): Promise<{ mine: MyPregnancies; view: PregnancyView | null }> {
  const mine = await maternalService.mine();
  const target = id ?? mine.pregnancies[0]?.id;
  return { mine, view: target ? await maternalService.get(target) : null };
}

export default function PregnancyPage() {
  const { params } = useRouter();
  const page = useLoad(() => load(params.id), [params.id]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [correcting, setCorrecting] = useState(false);
  const [showRecommended, setShowRecommended] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, run } = useSubmit({ onFieldErrors: setErrors, fieldErrors: 'inline' });
  const data = page.data;
  if (!data) return <PageShell load={page} />;
  const setView = (view: PregnancyView) => page.setData({ mine: data.mine, view });

  const start = (input: DatingFields & { registrationId?: string }) =>
    run(async () => {
      setErrors({});
      const view = await maternalService.start(input, key);
      setKey(newIdempotencyKey());
      showSuccess('已开始记录孕期');
      await page.reload();
      return view;
    });

  const v = data.view;
  if (!v) {
    const fromRegistration = data.mine.registrations.find((r) => r.dueDate);
    return (
      <PageShell load={page}>
        <View className='card'>
          <View className='card-title'>孕期保健</View>
          <View className='muted'>
            记录孕期后，这里会显示预产期、现在的孕周、每次产检的时间和内容、哪些免费、哪些医保报销，以及医院录入的检查和妊娠风险评估结果。
          </View>
        </View>
        {fromRegistration ? (
          <View className='card pregnancy-from-registration'>
            <View className='card-title'>从生育登记开始</View>
            <View>
              生育登记 {fromRegistration.number} 填写的预产期是 {fromRegistration.dueDate}。
            </View>
            <View className='muted'>先按这个预产期计算；到医院建册后，可以按末次月经或B超更正。</View>
            {errors.registrationId ? <View className='field-error'>{errors.registrationId}</View> : null}
            <Press className='btn btn-primary btn-block' disabled={busy} onClick={() => start({ registrationId: fromRegistration.id })}>
              用这个预产期开始
            </Press>
          </View>
        ) : null}
        <DatingForm
          title={fromRegistration ? '或者按末次月经、B超填写' : '填写孕周信息'}
          submitText='开始记录孕期'
          busy={busy}
          errors={errors}
          onSubmit={(fields) =>
            start({ ...fields, ...(data.mine.registrations[0] ? { registrationId: data.mine.registrations[0].id } : {}) })
          }
        />
      </PageShell>
    );
  }

  const correct = (fields: DatingFields) =>
    run(async () => {
      setErrors({});
      setView(await maternalService.correctDating({ id: v.id, version: v.version, ...fields }));
      setCorrecting(false);
      showSuccess('孕周已更正');
    });

  const c = v.calendar;
  return (
    <PageShell load={page}>
      <View className='card pregnancy-hero'>
        {c.delivered && v.delivery ? (
          <>
            <View className='pregnancy-week'>已分娩</View>
            <View>
              分娩日期 {v.delivery.date}
              {c.gestationalAgeAtDelivery ? `（孕${c.gestationalAgeAtDelivery.weeks}周+${c.gestationalAgeAtDelivery.days}天）` : ''}
              {v.delivery.dischargeDate ? ` · 出院 ${v.delivery.dischargeDate}` : ''}
            </View>
          </>
        ) : (
          <>
            <View className='muted'>{v.motherName} 现在</View>
            <View className='pregnancy-week' data-week>
              {c.gestationalAgeText ?? '尚未开始计算'}
            </View>
            <View className='pregnancy-due'>预产期 {v.dating.dueDate}</View>
          </>
        )}
        <View className='muted'>{v.dating.reason}</View>
        {v.booked ? (
          <View className='muted'>
            已建册：{v.booked.date} · {v.booked.facility}
          </View>
        ) : (
          <View className='muted'>还没有建册：请在孕13周前到居住地的乡镇卫生院或社区卫生服务中心建立《母子健康手册》。</View>
        )}
        {v.registration ? <View className='muted'>生育登记 {v.registration.number}</View> : null}
        {!c.delivered && !correcting ? (
          <Press look='inline' className='link pregnancy-correct' onClick={() => setCorrecting(true)}>
            更正孕周 ›
          </Press>
        ) : null}
      </View>

      {correcting ? (
        <DatingForm
          title='更正孕周'
          submitText='保存'
          initial={{
            lmp: v.dating.lmp ?? null,
            scanDate: v.dating.scanDate ?? null,
            scanWeeks: v.dating.scanWeeks ?? null,
            scanDays: v.dating.scanDays ?? null,
          }}
          busy={busy}
          errors={errors}
          onSubmit={(fields) => void correct(fields)}
          onCancel={() => setCorrecting(false)}
        />
      ) : null}

      {c.notices.map((n, i) => (
        <View key={i} className='card pregnancy-notice'>
          {n.text}
          <View className='muted'>
            依据：{n.source.document} {n.source.clause}
          </View>
        </View>
      ))}

      {v.risk ? <RiskCard risk={v.risk} /> : null}

      <View className='section-title'>产检计划（国家基本公共卫生服务，免费）</View>
      <CheckList checks={c.checks} checkCosts={v.checkCosts} costs={v.costs} />

      <View className='section-title'>推荐的产检（孕前和孕期保健指南）</View>
      <View className='muted pregnancy-recommended-note'>
        医生通常建议整个孕期做7～11次产检。下面是指南推荐的时间和内容，按医院收费，符合政策的纳入医保支付。
      </View>
      {showRecommended ? (
        <CheckList checks={c.recommended} checkCosts={v.checkCosts} costs={v.costs} />
      ) : (
        <Press className='btn btn-secondary btn-block' onClick={() => setShowRecommended(true)}>
          显示推荐的产检（{c.recommended.length}项）
        </Press>
      )}

      <View className='section-title'>哪些免费，哪些医保报销</View>
      {v.costs.map((cost) => (
        <View key={cost.id} className='card pregnancy-cost' data-cost={cost.id}>
          <View className='row'>
            <Text className='check-title'>{cost.service}</Text>
            <Text className={`cost-tag cost-${cost.cost}`}>{cost.costLabel}</Text>
          </View>
          <View>{cost.note}</View>
          <View className='muted'>
            依据：{cost.source.document} {cost.source.clause}
          </View>
        </View>
      ))}
    </PageShell>
  );
}
