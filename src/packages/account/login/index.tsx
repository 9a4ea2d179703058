import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { DemoAccount } from '@domain/api/contract';
import { PageShell } from '@/components/PageShell';
import { useSubmit } from '@/hooks/useSubmit';
import { accountService } from '@/services/account';
import { continueAfterSignIn, taskFrom } from '@/services/signInRoute';
import { silentSignIn, wechatSignIn } from '@/services/transport';
import { useSession } from '@/stores/session';

// Development sign-in: the gateway offers it only outside production (NODE_ENV=production refuses it).
const DEMOS: { demo?: DemoAccount; title: string; detail: string }[] = [
  { title: '新用户', detail: '从实名认证开始，完整体验一次' },
  { demo: 'parent', title: '演示家长（怀孕中）', detail: '已实名认证，已有一条生育登记' },
  { demo: 'newborn_parent', title: '演示家长（新生儿）', detail: '孩子刚出生，可以申请“出生一件事”' },
  { demo: 'subsidy_parent', title: '演示家长（可领补贴）', detail: '二孩2025年出生，出生一件事已办结，可以申领补贴' },
  { demo: 'health_bureau', title: '卫生健康局工作人员', detail: '生育登记查询更正；补贴审核；托育机构备案与检查；人口监测与年度报告' },
  { demo: 'hospital', title: '助产机构工作人员', detail: '出生医学证明' },
  { demo: 'clinic', title: '接种单位工作人员', detail: '预防接种证' },
  { demo: 'police', title: '派出所工作人员', detail: '户口登记；户口迁出登记' },
  { demo: 'medical_insurance', title: '医保局工作人员', detail: '医保参保' },
  { demo: 'social_security', title: '人社局工作人员', detail: '社保卡' },
  { demo: 'finance', title: '财政局工作人员', detail: '补贴按季度发放' },
  { demo: 'maternal_child', title: '妇幼保健工作人员', detail: '孕产妇和0—6岁儿童健康检查记录、高危专案' },
  { demo: 'nursery_operator', title: '托育机构工作人员', detail: '平原镇示范托育机构：预约、入托申请、空位与收费' },
  { demo: 'admin', title: '系统管理员', detail: '授予工作人员岗位' },
];

/**
 * weapp: WeChat sign-in (wx.login; usually already done silently on launch). The demo accounts stay
 * for h5 and for a weapp built with TARO_APP_DEV_LOGIN=1; the gateway refuses them in production.
 */
const showDemos = !wechatSignIn || process.env.TARO_APP_DEV_LOGIN === '1';

export default function LoginPage() {
  // What the person was doing: said here, and carried on with once signed in.
  const task = taskFrom(useRouter().params);
  const { busy, run } = useSubmit();

  const wechatLogin = () =>
    run(async () => {
      const me = (await silentSignIn()) ? useSession.getState().me : null;
      if (!me) {
        await Taro.showToast({ title: '微信登录失败，请稍后重试', icon: 'none' });
        return;
      }
      await continueAfterSignIn(me, task);
    });

  const login = (demo?: DemoAccount) =>
    run(async () => {
      const { token, me } = await accountService.devLogin(demo);
      useSession.getState().setToken(token);
      useSession.getState().setMe(me);
      await continueAfterSignIn(me, task);
    });

  return (
    <PageShell>
      {task.reason ? (
        <View className='card login-reason' data-testid='login-reason'>
          <View className='card-title'>{task.reason}</View>
          <View className='muted'>登录后回到刚才的地方接着办。</View>
        </View>
      ) : null}
      {wechatSignIn ? (
        <View className='card'>
          <View className='card-title'>微信登录</View>
          <View className='muted'>使用您的微信身份登录，无需注册和密码。</View>
          <Press className='btn btn-primary btn-block' disabled={busy} onClick={wechatLogin}>
            微信一键登录
          </Press>
        </View>
      ) : null}
      {showDemos ? (
        <View className='card'>
          <View className='card-title'>选择登录身份</View>
          <View className='muted'>这是开发和演示环境：演示账号的数据均为虚构的样例。</View>
        </View>
      ) : null}
      {(showDemos ? DEMOS : []).map((d) => (
        <View key={d.demo ?? 'new'} className='card'>
          <View className='row'>
            <View>
              <View className='card-title'>{d.title}</View>
              <View className='muted'>{d.detail}</View>
            </View>
            <Press
              className='btn btn-primary'
              data-demo={d.demo ?? 'new'}
              label={`以${d.title}登录`}
              disabled={busy}
              onClick={() => login(d.demo)}
            >
              登录
            </Press>
          </View>
        </View>
      ))}
    </PageShell>
  );
}
