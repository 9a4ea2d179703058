// Real-name verification.
//
// Production (not written yet, and deliberately not faked): WeChat 实名核身 (face check against the
// public-security photo). The flow is not "name + number → yes/no" on the server alone:
//   1. the server calls the 实名核身 `getVerifyId` API with the name and ID number and returns the
//      `verify_id` to the client;
//   2. the mini-program calls `wx.startFacialRecognitionVerify({ verifyId })`; the user does the
//      live face check;
//   3. the server calls `queryVerifyInfo` with that `verify_id`; only a `verify_ret` of success
//      ('success') marks the person verified — the client's own report of success counts for nothing.
// That adapter goes in `adapters/identity/wechatFace.ts`, selected by IDENTITY_PROVIDER=wechat, and
// the verifyIdentity action gains a second step (start → confirm) carrying the verify_id.
import { createDevIdentityVerifier } from './dev';
import type { IdentityVerifier } from './verifier';
import type { Env } from '../../core/env';
import { isProduction } from '../../core/mode';

export type { IdentityVerifier, IdentityResult } from './verifier';

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
      throw new Error('微信实名核身（IDENTITY_PROVIDER=wechat）尚未接入');
    default:
      throw new Error(`未知的 IDENTITY_PROVIDER：${provider}`);
  }
}
