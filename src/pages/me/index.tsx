import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Toggle } from '@/components/controls/Toggle';
import { Press } from '@/components/controls/Press';
import type { FamilyMember } from '@domain/api/contract';
import { PageShell } from '@/components/PageShell';
import { WechatPhoneButton } from '@/components/WechatPhoneButton';
import { maskPhone } from '@domain/identity/idNumber';
import { useMe } from '@/hooks/useMe';
import { useLoad } from '@/hooks/useLoad';
import { maternalService } from '@/services/maternal';
import { badgeText, useUnread } from '@/hooks/useUnread';
import { goSignIn, goVerify } from '@/services/signInRoute';
import { signInNeeded, signOut } from '@/services/transport';
import { useSettings } from '@/stores/settings';
import { roleName } from '@/content/roles';
import './index.scss';
import { pageUrl } from '@domain/routes';

const RELATION: Record<FamilyMember['relation'], string> = {
  self: '本人',
  spouse: '配偶',
  child: '子女',
  expected: '待出生',
};

export default function MePage() {
  const { me, signedIn, refresh } = useMe();
  const unread = useUnread();
  const elderMode = useSettings((s) => s.elderMode);
  const setElderMode = useSettings((s) => s.setElderMode);
  const go = (url: string) => Taro.navigateTo({ url });
  const pregnancies = useLoad(() => maternalService.mine(), [], { enabled: me?.verified === true });
  const pregnancy = pregnancies.data?.pregnancies.find((p) => !p.delivered);

  return (
    <PageShell>
      <View className='card'>
        {!signedIn ? (
          <>
            <View className='card-title'>未登录</View>
            <Press className='btn btn-primary btn-block' onClick={() => goSignIn()}>
              登录
            </Press>
          </>
        ) : me?.verified ? (
          <>
            <View className='row'>
              <Text className='card-title'>{me.name}</Text>
              <Text className='me-verified'>已实名认证</Text>
            </View>
            <View className='muted'>公民身份号码 {me.idNumberMasked}</View>
            {me.phone ? <View className='muted'>手机号 {maskPhone(me.phone)}（办事表单会自动填入，可修改）</View> : null}
            {me.phone ? null : <WechatPhoneButton onPhone={() => void refresh()} />}
          </>
        ) : (
          <>
            <View className='card-title'>尚未实名认证</View>
            <View className='muted'>实名认证后才能提交办件。</View>
            <Press className='btn btn-primary btn-block' onClick={() => goVerify()}>
              去实名认证
            </Press>
          </>
        )}
      </View>

      {me?.verified ? (
        <>
          <View className='section-title'>家庭成员</View>
          <View className='card'>
            {me.family.map((m, i) => (
              <View key={`${m.relation}-${i}`} className='kv me-member'>
                <View className='kv-key'>{RELATION[m.relation]}</View>
                <View className='kv-value'>
                  <View>{m.name}</View>
                  {m.idNumberMasked ? <View className='muted'>{m.idNumberMasked}</View> : null}
                  {m.birthDate ? <View className='muted'>出生日期 {m.birthDate}</View> : null}
                  {m.note ? <View className='muted'>{m.note}</View> : null}
                </View>
              </View>
            ))}
            {me.family.length <= 1 ? <View className='muted'>办理生育登记后，配偶和子女会显示在这里。</View> : null}
          </View>
        </>
      ) : null}

      {pregnancy ? (
        <View
          className='card me-link me-pregnancy'
          data-pregnancy={pregnancy.id}
          onClick={() => go(pageUrl('/packages/maternal/index/index', { id: pregnancy.id }))}
        >
          <View className='row'>
            <Text>孕期保健</Text>
            <Text className='muted'>›</Text>
          </View>
          <View className='link'>
            {pregnancy.gestationalAgeText ? `${pregnancy.gestationalAgeText} · ` : ''}预产期 {pregnancy.dueDate}
          </View>
        </View>
      ) : null}

      {me && me.roles.length > 0 ? (
        <>
          <View className='section-title'>工作人员</View>
          <Press look='block' className='card me-link' onClick={() => go(pageUrl('/packages/staff/index'))}>
            <View className='row'>
              <Text>工作台</Text>
              <Text className='muted'>{me.roles.map((r) => roleName(r.role)).join('、')} ›</Text>
            </View>
          </Press>
        </>
      ) : null}

      <View className='section-title'>设置</View>
      <View className='card'>
        <View className='row me-setting'>
          <View>
            <View>长辈模式</View>
            <View className='muted'>更大的字、更大的按钮、更清晰的对比</View>
          </View>
          <Toggle checked={elderMode} onChange={setElderMode} label='长辈模式' />
        </View>
        {signedIn ? (
          <Press look='block' className='row me-setting me-link' onClick={() => go(pageUrl('/packages/account/inbox/index'))}>
            <Text>消息</Text>
            <View className='row me-inbox-end'>
              {unread > 0 ? (
                <Text className='me-badge' aria-label={`${unread}条未读消息`}>
                  {badgeText(unread)}
                </Text>
              ) : null}
              <Text className='muted'>›</Text>
            </View>
          </Press>
        ) : null}
        <Press look='block' className='row me-setting me-link' onClick={() => go(pageUrl('/packages/account/privacy/index'))}>
          <Text>个人信息保护说明</Text>
          <Text className='muted'>›</Text>
        </Press>
      </View>

      {signedIn && signInNeeded ? (
        <Press className='btn btn-secondary btn-block' onClick={() => void signOut()}>
          退出登录
        </Press>
      ) : null}
    </PageShell>
  );
}
