import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Button } from '@tarojs/components';
import type { DemoAccount } from '@domain/api/contract';
import { PageShell } from '@/components/PageShell';
import { showError } from '@/components/feedback';
import { accountService } from '@/services/account';
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
  { demo: 'nursery_operator', title: '托育机构工作人员', detail: '平原镇示范托育机构：预约、入托申请、空位与收费' },
  { demo: 'admin', title: '系统管理员', detail: '授予工作人员岗位' },
];

/**
 * weapp: WeChat sign-in (wx.login; usually already done silently on launch). The demo accounts stay
 * for h5 and for a weapp built with TARO_APP_DEV_LOGIN=1; the gateway refuses them in production.
 */
const showDemos = !wechatSignIn || process.env.TARO_APP_DEV_LOGIN === '1';

export default function LoginPage() {
  const [busy, setBusy] = useState(false);

  const wechatLogin = async () => {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await silentSignIn())) {
        await Taro.showToast({ title: '微信登录失败，请稍后重试', icon: 'none' });
        return;
      }
      const me = useSession.getState().me;
      if (!me?.verified) await Taro.redirectTo({ url: '/packages/account/verify/index' });
      else await Taro.switchTab({ url: '/pages/home/index' });
    } finally {
      setBusy(false);
    }
  };

  const login = async (demo?: DemoAccount) => {
    if (busy) return;
    setBusy(true);
    try {
      const { token, me } = await accountService.devLogin(demo);
      useSession.getState().setToken(token);
      useSession.getState().setMe(me);
      if (!me.verified) await Taro.redirectTo({ url: '/packages/account/verify/index' });
      else await Taro.switchTab({ url: '/pages/home/index' });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell>
      {wechatSignIn ? (
        <View className='card'>
          <View className='card-title'>微信登录</View>
          <View className='muted'>使用您的微信身份登录，无需注册和密码。</View>
          <Button className='btn btn-primary btn-block' disabled={busy} onClick={wechatLogin}>
            微信一键登录
          </Button>
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
            <Button
              className='btn btn-primary'
              data-demo={d.demo ?? 'new'}
              disabled={busy}
              onClick={() => login(d.demo)}
            >
              登录
            </Button>
          </View>
        </View>
      ))}
    </PageShell>
  );
}
