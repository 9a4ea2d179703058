// Outside WeChat there is no face check: only the dev provider works there (its verifyId needs no
// step on the phone).
export async function runFacialVerify(_verifyId: string): Promise<void> {
  throw new Error('人脸核身只能在微信小程序中进行');
}
