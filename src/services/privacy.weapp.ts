import { PRIVACY_VERSION } from '@/content/privacyNotice';
import { usePrivacyPrompt } from '@/stores/privacyPrompt';
import { useSettings } from '@/stores/settings';

// WeChat's privacy flow: when a privacy API (or requirePrivacyAuthorize) needs consent, WeChat
// calls our listener; the sheet's agree button has open-type="agreePrivacyAuthorization", and we
// pass the user's answer back through `resolve`.
type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

interface WxPrivacy {
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void;
  requirePrivacyAuthorize?: (options: { success: () => void; fail: () => void }) => void;
}

declare const wx: WxPrivacy;
const wxPrivacy = (): WxPrivacy => wx;

export function installPrivacyListener(): void {
  wxPrivacy().onNeedPrivacyAuthorization?.((resolve) => {
    usePrivacyPrompt.getState().ask((agreed) => {
      resolve(agreed ? { event: 'agree', buttonId: 'privacy-agree' } : { event: 'disagree' });
    });
  });
}

export function ensurePrivacyConsent(): Promise<boolean> {
  const requireAuthorize = wxPrivacy().requirePrivacyAuthorize;
  if (!requireAuthorize) return Promise.resolve(true);
  return new Promise((resolve) => {
    requireAuthorize({
      success: () => {
        useSettings.getState().acceptPrivacy(PRIVACY_VERSION);
        resolve(true);
      },
      fail: () => resolve(false),
    });
  });
}
