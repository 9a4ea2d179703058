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

function Person({ who, p }: { who: string; p: PersonView }) {
  const hukou = p.hukouTownship === 'outside' ? '盈江县以外' : townshipName(p.hukouTownship);
  return (
    <View className='card'>
      <View className='card-title'>{who}</View>
      <View className='kv'>
        <View className='kv-key'>姓名</View>
        <View className='kv-value'>{p.name}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>公民身份号码</View>
        <View className='kv-value'>{p.idNumberMasked}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>民族</View>
        <View className='kv-value'>{ethnicityName(p.ethnicity)}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>手机号码</View>
        <View className='kv-value'>{p.phoneMasked}</View>
      </View>
      <View className='kv'>
        <View className='kv-key'>户籍</View>
        <View className='kv-value'>
          {hukou} {p.hukouAddress}
        </View>
      </View>
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
        <View className='kv'>
          <View className='kv-key'>孩次</View>
          <View className='kv-value'>{childOrderText(r.childOrder)}</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>{r.stage === 'pregnant' ? '预产期' : '出生日期'}</View>
          <View className='kv-value'>{r.stage === 'pregnant' ? r.dueDate : r.birthDate}</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>结婚登记日期</View>
          <View className='kv-value'>{r.marriageDate}</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>现居住乡镇</View>
          <View className='kv-value'>{townshipName(r.township)}</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>已有子女</View>
          <View className='kv-value'>{r.existingChildren.length} 个</View>
        </View>
        <View className='kv'>
          <View className='kv-key'>登记时间</View>
          <View className='kv-value'>{formatInstant(r.createdAt)}</View>
        </View>
        {r.cancelReason ? (
          <View className='kv'>
            <View className='kv-key'>注销原因</View>
            <View className='kv-value'>{r.cancelReason}</View>
          </View>
        ) : null}
      </View>
      <Person who='申请人' p={r.applicant} />
      <Person who='配偶' p={r.spouse} />
      {r.corrections.length > 0 ? (
        <View className='card'>
          <View className='card-title'>更正记录</View>
          {r.corrections.map((c, i) => (
            <View key={i} className='kv'>
              <View className='kv-key'>{formatInstant(c.at)}</View>
              <View className='kv-value'>
                {c.by === 'health_bureau' ? '卫生健康局' : '本人'}更正：{c.fields.join('、')}
                {c.reason ? `（${c.reason}）` : ''}
              </View>
            </View>
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
