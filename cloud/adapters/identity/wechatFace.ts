// WeChat face verification (微信人脸核身, for mini-programs of 政务民生 category). The steps run
// through the WeChat client in the handlers (getVerifyId → wx.requestFacialVerify on the phone →
// queryVerifyInfo); this verifier only says which path to take and refuses the one-step check.
//   getVerifyId      https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_getverifyid
//   queryVerifyInfo  https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_queryverifyinfo
//   wx.requestFacialVerify https://developers.weixin.qq.com/miniprogram/dev/api/open-api/face/wx.requestFacialVerify.html
import type { IdentityVerifier } from './verifier';

export function createWechatFaceVerifier(): IdentityVerifier {
  return {
    kind: 'face',
    async verify() {
      return { ok: false, reason: '请在微信小程序中通过人脸核身完成实名认证' };
    },
  };
}
