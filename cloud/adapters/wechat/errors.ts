// Every WeChat error code the product can meet, as a sentence a user can act on and an exact line
// for the operator. The user never sees errmsg (it carries WeChat's rid and English); the log does.
import { AppError } from '../../core/errors';

export type WechatApiName =
  'code2Session' | 'getAccessToken' | 'getPhoneNumber' | 'getVerifyId' | 'queryVerifyInfo' | 'subscribeMessage.send';

export class WechatApiError extends Error {
  readonly api: WechatApiName;
  readonly errcode: number;
  readonly errmsg: string;

  constructor(api: WechatApiName, errcode: number, errmsg: string) {
    super(`${api} failed: errcode ${errcode} ${errmsg}`);
    this.name = 'WechatApiError';
    this.api = api;
    this.errcode = errcode;
    this.errmsg = errmsg;
  }
}

export function isWechatApiError(e: unknown): e is WechatApiError {
  return e instanceof WechatApiError;
}

const BUSY = '微信服务繁忙，请稍后再试';

/** What the user reads, by API and code (codes from each API's documentation page). */
export function wechatUserMessage(api: WechatApiName, errcode: number): string {
  switch (errcode) {
    case -1:
      return BUSY;
    case 45011:
      return '操作太频繁，请一分钟后再试';
    case 40001:
    case 42001:
    case 40013:
    case 40125:
    case 40164:
      // Our credentials: nothing the user can fix.
      return '微信服务暂时不可用，请稍后再试';
    case 40029:
      if (api === 'code2Session') return '登录已失效，请重新打开小程序';
      if (api === 'getPhoneNumber') return '手机号授权已失效，请重新点击“获取手机号”';
      return '请求已失效，请重试';
    case 40163:
      if (api === 'code2Session') return '登录凭证已使用，请重新打开小程序';
      if (api === 'getPhoneNumber') return '手机号授权已使用，请重新点击“获取手机号”';
      return '请求已使用，请重试';
    case 40226:
      return '微信判断当前账号存在风险，暂时无法登录，请通过微信安全中心处理后再试';
    case 43101:
      return '您尚未订阅该消息提醒';
    default:
      return `微信服务暂时不可用，请稍后再试（错误码 ${errcode}）`;
  }
}

/** The AppError a handler throws for a WeChat failure. */
export function wechatAppError(e: WechatApiError): AppError {
  const code = e.errcode === 40029 || e.errcode === 40163 ? 'INVALID_INPUT' : 'UNAVAILABLE';
  const message = wechatUserMessage(e.api, e.errcode);
  return code === 'INVALID_INPUT' ? new AppError(code, message, { code: message }) : new AppError(code, message);
}
