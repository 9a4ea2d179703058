// The parent's phone from WeChat: the getPhoneNumber button gives the page a one-time code, the
// server exchanges it (phonenumber.getPhoneNumber) and keeps the number encrypted. Forms that ask
// for the parent's phone are prefilled with it (Me.phone) and stay editable.
import { maskPhone } from '../../../domain/identity/idNumber';
import { strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import { AppError } from '../../core/errors';
import { requireCaller } from '../../core/guards';
import { isWechatApiError, wechatAppError } from '../../adapters/wechat/errors';
import { setVerifiedPhone } from '../../db/repos/users';
import { recordId } from '../common/schemas';

export const PHONE_NOT_CONFIGURED = '获取微信手机号尚未开通，请直接填写手机号';

export const bindPhone = action(
  strictFields('手机号授权', { code: recordId('手机号授权凭证') }),
  async ({ code }, ctx) => {
    const caller = requireCaller(ctx);
    if (!ctx.wechat) throw new AppError('UNAVAILABLE', PHONE_NOT_CONFIGURED);
    let phone: string;
    try {
      const info = await ctx.wechat.getPhoneNumber(ctx.db, code, caller.openid);
      if (info.countryCode !== '86')
        throw new AppError('INVALID_INPUT', '目前只支持中国大陆手机号，请直接填写', { code: '目前只支持中国大陆手机号' });
      phone = info.purePhoneNumber;
    } catch (e) {
      if (isWechatApiError(e)) throw wechatAppError(e);
      throw e;
    }
    await setVerifiedPhone(ctx.db, caller.userId, ctx.crypto.encrypt(phone), ctx.clock.now().toISOString());
    return { phone, phoneMasked: maskPhone(phone) };
  },
  requireCaller,
);
