import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { PageShell } from '@/components/PageShell';
import { StatusTag } from '@/components/StatusTag';
import { SERVICES, type ServiceEntry } from '@/content/services';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useUnread } from '@/hooks/useUnread';
import { accountService } from '@/services/account';
import { goSignIn, goVerify } from '@/services/signInRoute';
import { caseTone } from '@/pages/cases/caseTone';
import { DueNextCard } from './DueNextCard';
import { roleName } from '@/content/roles';
import './index.scss';
import { pageUrl } from '@domain/routes';

export default function HomePage() {
  const { me, signedIn } = useMe();
  useUnread();
  const cases = useLoad(() => accountService.myCases(), [], { enabled: signedIn });
  const due = useLoad(() => accountService.dueNext(), [], { enabled: signedIn && me?.verified === true });
  const inProgress = (cases.data ?? []).filter((c) => c.status !== 'cancelled').slice(0, 3);

  const open = (service: ServiceEntry) => {
    if (service.needsVerified && !signedIn) return goSignIn({ reason: `登录后继续办理${service.title}`, next: service.url });
    if (service.needsVerified && !me?.verified) return goVerify({ reason: `实名认证后继续办理${service.title}`, next: service.url });
    void Taro.navigateTo({ url: service.url });
  };

  return (
    <PageShell className='home' load={[cases, due]}>
      <View className='home-hero'>
        <View className='home-hero-title'>出生一件事 · 盈江</View>
        <View className='home-hero-sub'>生育登记、出生证、户口、医保、社保卡，一次申请，少跑腿</View>
      </View>

      {!signedIn ? (
        <View className='card'>
          <View className='card-title'>欢迎使用</View>
          <View className='muted'>登录后可以办理业务、查看办件进度。</View>
          <Press className='btn btn-primary btn-block' onClick={() => goSignIn()}>
            登录
          </Press>
        </View>
      ) : me && !me.verified ? (
        <View className='card'>
          <View className='card-title'>先完成实名认证</View>
          <View className='muted'>办理业务前需要核验您的姓名和公民身份号码，只需一次。</View>
          <Press className='btn btn-primary btn-block' onClick={() => goVerify()}>
            去实名认证
          </Press>
        </View>
      ) : null}

      {due.data && due.data.length > 0 ? <DueNextCard items={due.data} /> : null}

      {me && me.roles.length > 0 ? (
        <Press look='block' className='card home-staff' onClick={() => Taro.navigateTo({ url: pageUrl('/packages/staff/index') })}>
          <View className='row'>
            <Text className='home-service-title'>工作台</Text>
            <Text className='link'>进入 ›</Text>
          </View>
          <View className='muted'>{me.roles.map((r) => roleName(r.role)).join('、')}</View>
        </Press>
      ) : null}

      {inProgress.length > 0 ? (
        <>
          <View className='section-title'>我家正在办理</View>
          {inProgress.map((c) => (
            <Press look='block' key={c.id} className='card home-case' onClick={() => Taro.navigateTo({ url: c.link })}>
              <View className='row'>
                <Text className='home-case-title'>{c.title}</Text>
                <StatusTag text={c.statusText} tone={caseTone(c.status)} />
              </View>
            </Press>
          ))}
        </>
      ) : null}

      <View className='section-title'>可以办理的服务</View>
      {SERVICES.map((s) => (
        <Press look='block' key={s.key} className='card home-service' onClick={() => open(s)} data-service={s.key}>
          <View className='row'>
            <View className='home-service-title'>{s.title}</View>
            <Text className='link'>办理 ›</Text>
          </View>
          <View className='muted'>{s.description}</View>
        </Press>
      ))}
    </PageShell>
  );
}
