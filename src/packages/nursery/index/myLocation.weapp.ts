import Taro from '@tarojs/taro';
import type { LatLng } from '@domain/nursery/types';
import { ensurePrivacyConsent } from '@/services/privacy';

export function canLocate(): boolean {
  return true;
}

/**
 * The phone's position (WGS-84, the datum the institutions' coordinates use), after the privacy
 * consent and the 位置 permission. A person who once refused is offered the settings page once;
 * null whenever the position is not to be had — the township picker stays the way in.
 */
export async function myLocation(): Promise<LatLng | null> {
  if (!(await ensurePrivacyConsent())) return null;
  const setting = await Taro.getSetting();
  if (setting.authSetting['scope.userLocation'] === false) {
    const ask = await Taro.showModal({
      title: '需要位置权限',
      content: '按距离查找附近的托育机构需要您的位置。可以在设置中开启，也可以直接选择乡镇。',
      confirmText: '去设置',
      cancelText: '选乡镇',
    });
    if (!ask.confirm) return null;
    const opened = await Taro.openSetting();
    if (!opened.authSetting['scope.userLocation']) return null;
  }
  try {
    const p = await Taro.getLocation({ type: 'wgs84' });
    return { lat: p.latitude, lng: p.longitude };
  } catch {
    return null;
  }
}
