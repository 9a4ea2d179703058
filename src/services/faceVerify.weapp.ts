// WeChat face verification on the phone: wx.requestFacialVerify with the verifyId the server got
// from getVerifyId. Success here proves nothing by itself: the server asks WeChat (queryVerifyInfo).
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/face/wx.requestFacialVerify.html
declare const wx: { requestFacialVerify?: (o: { verifyId: string; success: () => void; fail: (e: { errMsg?: string }) => void }) => void };

export function runFacialVerify(verifyId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (typeof wx === 'undefined' || typeof wx.requestFacialVerify !== 'function') {
      reject(new Error('当前微信版本不支持人脸核身，请升级微信后重试'));
      return;
    }
    // A failure or cancel is reported by the server too (queryVerifyInfo): go on and ask it.
    wx.requestFacialVerify({ verifyId, success: () => resolve(), fail: () => resolve() });
  });
}
