import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { childOrderText } from '@domain/registration/childOrder';
import { SPOUSE_CONSENT_TEXT } from '@domain/registration/spouseConsent';
import { townshipName } from '@domain/place/townships';
import { ethnicityName } from '@domain/people/ethnicities';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { TextField } from '@/components/form/TextField';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { formatDate, formatInstant } from '@/services/format';
import { registrationService } from '@/services/registration';
import './index.scss';
import { pageUrl } from '@domain/routes';
import { KvRow } from '@/components/KvRow';

export default function CertificatePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const registration = useLoad(() => registrationService.get(id));
  const [cancelling, setCancelling] = useState(false);
  // 注销 is a secondary action: behind 更多操作, then a confirmation step with the reason.
  const [more, setMore] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const { busy, run } = useSubmit({ onFieldErrors: (fields) => setReasonError(fields.reason) });
  const r = registration.data;

  if (!r) {
    return <PageShell load={registration} />;
  }

  const cancel = () =>
    run(async () => {
      registration.setData(await registrationService.cancel(id, reason));
      setCancelling(false);
      void Taro.showToast({ title: '已注销', icon: 'success' });
    });

  const active = r.status === 'registered';
  return (
    <PageShell load={registration}>
      {params.fresh === '1' && active ? (
        <View className='cert-success'>登记成功！请保存本凭证，后续办理“出生一件事”时会自动带出登记信息。</View>
      ) : null}
      <View className={`card cert ${active ? '' : 'cert-void'}`}>
        <View className='cert-head'>
          <View className='cert-title'>生育服务登记凭证</View>
          <StatusTag text={active ? '有效' : '已注销'} tone={active ? 'ok' : 'off'} />
        </View>
        <View className='cert-number'>
          登记编号 <Text className='cert-number-value'>{r.number}</Text>
        </View>
        <KvRow label='申请人'>
          {r.applicant.name}（{ethnicityName(r.applicant.ethnicity)}）<View className='muted'>{r.applicant.idNumberMasked}</View>
        </KvRow>
        <KvRow label='配偶'>
          {r.spouse.name}（{ethnicityName(r.spouse.ethnicity)}）<View className='muted'>{r.spouse.idNumberMasked}</View>
          {active && r.spouseConsent !== 'confirmed' ? (
            <View className='cert-spouse-state' data-testid='spouse-consent'>
              <StatusTag text={SPOUSE_CONSENT_TEXT[r.spouseConsent]} tone={r.spouseConsent === 'refused' ? 'bad' : 'pending'} />
            </View>
          ) : null}
        </KvRow>
        <View className='kv'>
          <View className='kv-key'>孩次</View>
          <View className='kv-value cert-order'>{childOrderText(r.childOrder)}</View>
        </View>
        {r.stage === 'pregnant' ? (
          <KvRow label='预产期'>{r.dueDate ? formatDate(r.dueDate) : ''}</KvRow>
        ) : (
          <KvRow label='出生日期'>{r.birthDate ? formatDate(r.birthDate) : ''}</KvRow>
        )}
        <KvRow label='结婚登记日期'>{formatDate(r.marriageDate)}</KvRow>
        <KvRow label='现居住乡镇'>{townshipName(r.township)}</KvRow>
        <KvRow label='登记时间'>{formatInstant(r.createdAt)}</KvRow>
        <KvRow label='登记机关'>盈江县卫生健康局</KvRow>
        {active && r.spouseConsent === 'pending' ? (
          <View className='muted cert-note'>配偶在小程序中确认“这是我”之前，不会加入您的家庭，也看不到本登记、孩子和补贴信息。</View>
        ) : null}
        {active && r.spouseConsent === 'refused' ? (
          <View className='cert-warning'>
            您填写的配偶表示“这不是我”，对方不会加入您的家庭。请点击“更正信息”核对配偶的姓名和公民身份号码。
          </View>
        ) : null}
        {!active && r.cancelReason ? <KvRow label='注销原因'>{r.cancelReason}</KvRow> : null}
      </View>

      {r.corrections.length > 0 ? (
        <View className='card'>
          <View className='card-title'>更正记录</View>
          {r.corrections.map((c, i) => (
            <KvRow key={i} label={formatInstant(c.at)}>
              {c.by === 'health_bureau' ? '卫生健康局更正' : '本人更正'}
              {c.reason ? `：${c.reason}` : ''}
            </KvRow>
          ))}
        </View>
      ) : null}

      {active && !cancelling ? (
        <View className='cert-actions'>
          <Press
            className='btn btn-secondary cert-action'
            onClick={() => Taro.navigateTo({ url: pageUrl('/packages/registration/form/index', { id }) })}
          >
            更正信息
          </Press>
        </View>
      ) : null}
      {active && !cancelling && !more ? (
        <Press look='block' className='link cert-more' onClick={() => setMore(true)}>
          更多操作 ›
        </Press>
      ) : null}
      {active && !cancelling && more ? (
        <View className='card cert-secondary'>
          <View className='muted'>不再需要这份登记（如登记有误需重新办理）时，可以注销。</View>
          <Press className='btn btn-danger btn-block' onClick={() => setCancelling(true)}>
            注销登记
          </Press>
        </View>
      ) : null}

      {cancelling ? (
        <View className='card'>
          <View className='card-title'>确认注销生育登记？</View>
          <View className='muted'>注销后这份凭证立即失效，不能恢复；如需再次登记可以重新办理。</View>
          <TextField name='reason' label='注销原因' required value={reason} onChange={setReason} error={reasonError} maxlength={200} />
          <View className='cert-actions'>
            <Press
              className='btn btn-secondary cert-action'
              onClick={() => {
                setCancelling(false);
                setMore(false);
              }}
            >
              不注销
            </Press>
            <Press className='btn btn-danger cert-action' disabled={busy || undefined} onClick={cancel}>
              确认注销
            </Press>
          </View>
        </View>
      ) : null}
    </PageShell>
  );
}
