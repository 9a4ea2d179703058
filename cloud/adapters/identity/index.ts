// Real-name verification.
//
// Production: WeChat 人脸核身 (wechatFace.ts, IDENTITY_PROVIDER=wechat; needs WECHAT_APPID and
// WECHAT_SECRET). The flow is not "name + number → yes/no" on the server alone:
//   1. account.startVerify: the server calls `getVerifyId` with the name and ID number and returns
//      the `verify_id` to the client;
//   2. the mini-program calls `wx.requestFacialVerify({ verifyId })`; the user does the live face check;
//   3. account.confirmVerify: the server calls `queryVerifyInfo`; only a `verify_ret` of 10000 marks
//      the person verified — the client's own report of success counts for nothing.
import { createDevIdentityVerifier } from './dev';
import { createWechatFaceVerifier } from './wechatFace';
import type { IdentityVerifier } from './verifier';
import type { Env } from '../../core/env';
import { isProduction } from '../../core/mode';

export type { IdentityVerifier } from './verifier';

export function createIdentityVerifier(env: Env = process.env): IdentityVerifier {
  const provider = env.IDENTITY_PROVIDER;
  const production = isProduction(env);
  if (production && !provider) {
    throw new Error('生产环境必须设置 IDENTITY_PROVIDER（实名核身服务），不能使用演示核验');
  }
  switch (provider ?? 'dev') {
    case 'dev':
      if (production) throw new Error('生产环境不能使用演示实名核验（IDENTITY_PROVIDER=dev）');
      return createDevIdentityVerifier();
    case 'wechat':
      if (!env.WECHAT_APPID || !env.WECHAT_SECRET)
        throw new Error('微信人脸核身（IDENTITY_PROVIDER=wechat）需要 WECHAT_APPID 和 WECHAT_SECRET');
      return createWechatFaceVerifier();
    default:
      throw new Error(`未知的 IDENTITY_PROVIDER：${provider}`);
  }
}
