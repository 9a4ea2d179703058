import Taro from '@tarojs/taro';

// WeChat subscribe messages need the user's consent, asked from a tap. Template ids are set per
// mini-program account (TARO_APP_SUBSCRIBE_TEMPLATE_IDS, comma-separated, at most 3 at a time).
const templateIds = (process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS ?? '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean)
  .slice(0, 3);

/** Call first thing in a tap handler (before any await), as WeChat requires. */
export function requestCaseUpdates(): void {
  if (templateIds.length === 0) return;
  // A refusal is fine: the in-app inbox still carries every change.
  Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option).catch(
    () => undefined,
  );
}
