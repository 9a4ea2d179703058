// WeChat sign-in and sign-out.
//
// Gateway: the mini-program calls wx.login and sends the code; the server exchanges it with
// code2Session (appid + secret from the environment, never in the client), finds or creates the
// person by openid (unionid kept) and opens a session. A retried sign-in finds the same person:
// the openid's unique index and an insert that does nothing on conflict (users.userForOpenid).
// CloudBase: WeChat already told the entry who calls (getWXContext OPENID); no code, no session.
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { AppError } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { createSession, endSession } from '../../db/repos/sessions';
import { userForOpenid } from '../../db/repos/users';
import { isWechatApiError, wechatAppError } from '../../adapters/wechat/errors';
import { emptyInput, recordId } from '../common/schemas';
import { buildMe } from './me';

export const WECHAT_NOT_CONFIGURED = '微信登录尚未开通，请联系管理员';

export const signIn = action(strictFields('登录信息', { code: recordId('微信登录凭证') }), async ({ code }, ctx) => {
  if (ctx.platformIdentity) {
    const caller = requireCaller(ctx);
    return { me: await buildMe(ctx.db, ctx.crypto, caller.userId) };
  }
  if (!ctx.wechat) throw new AppError('UNAVAILABLE', WECHAT_NOT_CONFIGURED);
  let session: { openid: string; unionid?: string };
  try {
    session = await ctx.wechat.code2Session(code);
  } catch (e) {
    if (isWechatApiError(e)) throw wechatAppError(e);
    throw e;
  }
  const now = ctx.clock.now();
  const user = await userForOpenid(ctx.db, session.openid, now, session.unionid);
  const token = await createSession(ctx.db, user.id, now);
  ctx.log.info('signed in', { userId: user.id, requestId: ctx.requestId });
  return { token, me: await buildMe(ctx.db, ctx.crypto, user.id) };
});

export const signOut = action(
  emptyInput,
  async (_input, ctx) => {
    const caller = requireCaller(ctx);
    if (caller.sessionId) await endSession(ctx.db, caller.sessionId, ctx.clock.now());
    return { ok: true as const };
  },
  requireCaller,
);
