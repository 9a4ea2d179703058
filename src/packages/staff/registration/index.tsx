import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { PersonView } from '@domain/api/contract';
import { childOrderText } from '@domain/registration/childOrder';
import { townshipName } from '@domain/place/townships';
import { ethnicityName } from '@domain/people/ethnicities';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { useLoad } from '@/hooks/useLoad';
import { formatInstant } from '@/services/format';
import { registrationStaffService } from '@/services/registration';
import { pageUrl } from '@domain/routes';
import { KvRow } from '@/components/KvRow';

function Person({ who, p }: { who: string; p: PersonView }) {
  const hukou = p.hukouTownship === 'outside' ? '盈江县以外' : townshipName(p.hukouTownship);
  return (
    <View className='card'>
      <View className='card-title'>{who}</View>
      <KvRow label='姓名'>{p.name}</KvRow>
      <KvRow label='公民身份号码'>{p.idNumberMasked}</KvRow>
      <KvRow label='民族'>{ethnicityName(p.ethnicity)}</KvRow>
      <KvRow label='手机号码'>{p.phoneMasked}</KvRow>
      <KvRow label='户籍'>
        {hukou} {p.hukouAddress}
      </KvRow>
    </View>
  );
}

export default function StaffRegistrationPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => registrationStaffService.get(id));
  const r = loaded.data?.view;
  if (!r) {
    return <PageShell load={loaded} />;
  }
  return (
    <PageShell load={loaded}>
      <View className='card'>
        <View className='row'>
          <View className='card-title'>{r.number}</View>
          <StatusTag text={r.status === 'registered' ? '有效' : '已注销'} tone={r.status === 'registered' ? 'ok' : 'off'} />
        </View>
        <KvRow label='孩次'>{childOrderText(r.childOrder)}</KvRow>
        <KvRow label={r.stage === 'pregnant' ? '预产期' : '出生日期'}>{r.stage === 'pregnant' ? r.dueDate : r.birthDate}</KvRow>
        <KvRow label='结婚登记日期'>{r.marriageDate}</KvRow>
        <KvRow label='现居住乡镇'>{townshipName(r.township)}</KvRow>
        <KvRow label='已有子女'>{r.existingChildren.length} 个</KvRow>
        <KvRow label='登记时间'>{formatInstant(r.createdAt)}</KvRow>
        {r.cancelReason ? <KvRow label='注销原因'>{r.cancelReason}</KvRow> : null}
      </View>
      <Person who='申请人' p={r.applicant} />
      <Person who='配偶' p={r.spouse} />
      {r.corrections.length > 0 ? (
        <View className='card'>
          <View className='card-title'>更正记录</View>
          {r.corrections.map((c, i) => (
            <KvRow key={i} label={formatInstant(c.at)}>
              {c.by === 'health_bureau' ? '卫生健康局' : '本人'}更正：{c.fields.join('、')}
              {c.reason ? `（${c.reason}）` : ''}
            </KvRow>
          ))}
        </View>
      ) : null}
      <View className='muted'>您的本次查阅已记入审计日志。</View>
      {r.status === 'registered' ? (
        <Press
          className='btn btn-primary btn-block'
          onClick={() => Taro.navigateTo({ url: pageUrl('/packages/registration/form/index', { id, as: 'staff' }) })}
        >
          更正登记信息
        </Press>
      ) : null}
    </PageShell>
  );
}
