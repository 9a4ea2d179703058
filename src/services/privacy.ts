import { PRIVACY_VERSION } from '@/content/privacyNotice';
import { usePrivacyPrompt } from '@/stores/privacyPrompt';
import { useSettings } from '@/stores/settings';

// H5 (and tests): our own consent sheet with the same text WeChat users see.
// The weapp build uses privacy.weapp.ts, which goes through WeChat's own flow.

export function installPrivacyListener(): void {
  // Nothing to listen to outside WeChat.
}

/** Resolves true once the user has agreed to the current privacy notice; false if they decline. */
export function ensurePrivacyConsent(): Promise<boolean> {
  if (useSettings.getState().privacyAcceptedVersion === PRIVACY_VERSION) return Promise.resolve(true);
  return new Promise((resolve) => {
    usePrivacyPrompt.getState().ask((agreed) => {
      if (agreed) useSettings.getState().acceptPrivacy(PRIVACY_VERSION);
      resolve(agreed);
    });
  });
}
