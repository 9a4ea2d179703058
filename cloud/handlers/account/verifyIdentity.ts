// Real-name verification (实名认证).
//
// The check comes first, the binding second: whether an ID number already belongs to another
// account is said only to someone who has just proved to be its holder. Before that, a wrong name,
// a wrong number and a number bound elsewhere all get the same answer (FAILED), so the action is no
// oracle for whose number is registered. Starts are capped per account per Shanghai day
// (IDENTITY_ATTEMPTS_PER_DAY), each start a committed row numbered under a unique index.
//
// Two paths:
// - WeChat face check (IDENTITY_PROVIDER=wechat): startVerify asks WeChat for a verify_id with the
//   name and number (getVerifyId), the page runs wx.requestFacialVerify, confirmVerify asks WeChat
//   for the result (queryVerifyInfo) and only a verify_ret of 10000 marks the person verified, with
//   the name and number that WeChat checked (kept encrypted on the attempt, never taken from the
//   client a second time).
// - dev provider: startVerify + confirmVerify run the dev check; verifyIdentity does both at once
//   (the h5 page). verifyIdentity is refused when the provider is the face check.
import { createHash, randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { IDENTITY_ATTEMPTS_PER_DAY } from '../../../domain/account/sessionPolicy';
import { todayIn } from '../../../domain/dates';
import { verifyIdentitySchema } from '../../../domain/account/schema';
import { checkIdNumber } from '../../../domain/identity/idNumber';
import { strictFields, WHOLE_INPUT_KEY } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { AppError, conflict, forbidden, invalidInput } from '../../core/errors';
import { requireCaller, type SignedInCaller } from '../../core/guards';
import { attemptsUsedOn, findAttempt, insertAttempt, markAttemptPassed, setAttemptVerifyId } from '../../db/repos/identityAttempts';
import { findUser, findUserByIdHash, setVerifiedIdentity, type UserRow } from '../../db/repos/users';
import { isUniqueViolation, refusedAsDuplicate } from '../../db/uniqueViolation';
import { isWechatApiError, wechatAppError } from '../../adapters/wechat/errors';
import { recordId } from '../common/schemas';
import { buildMe } from './me';
import { askNewlyVerifiedSpouse } from '../registration/spouseConsent';
import { askNewlyVerifiedOtherParent } from '../birth/otherParentConsent';

export const ID_ALREADY_BOUND = '该身份证号已被其他微信账号认证';
/** The one answer for a wrong name, a wrong number, a failed face, before any binding is looked at. */
export const VERIFY_FAILED = '实名认证未通过：姓名与身份证号不一致，或人脸核身未通过，请核对后重试';
export const ALREADY_VERIFIED = '您已完成实名认证，如需变更请联系卫生健康局工作人员';
export const ATTEMPTS_USED_UP = `今天的实名认证次数已用完（每天 ${IDENTITY_ATTEMPTS_PER_DAY} 次），请明天再试`;
export const USE_FACE_CHECK = '请在微信小程序中通过人脸核身完成实名认证';
const ATTEMPT_GONE = '本次核验已失效，请重新开始实名认证';

function failed(message = VERIFY_FAILED): AppError {
  return invalidInput({ [WHOLE_INPUT_KEY]: message }, message);
}

function isFace(ctx: Ctx): boolean {
  return ctx.identity.kind === 'face';
}

/** queryVerifyInfo's cert_hash over the certificate sent with getVerifyId (see the page's 注意事项). */
export function faceCertHash(name: string, idNumber: string): string {
  return createHash('sha256').update(`cert_type=IDENTITY_CARD&cert_name=${name}&cert_no=${idNumber}`, 'utf8').digest('base64');
}

/** What WeChat's verify_ret means for the person on the phone (queryVerifyInfo's enum). */
function faceResultMessage(ret: number): string {
  if (ret === 90001 || ret === 90109) return '您的手机不支持人脸核身，请更换手机后重试';
  if (ret >= 90002 && ret <= 90006) return '人脸核身未完成（已取消），请重新开始';
  if (ret === 90007 || ret === 90012) return '网络不稳定，人脸核身未完成，请重试';
  if (ret >= 90008 && ret <= 90010) return '请允许微信使用相机和麦克风后重试';
  return VERIFY_FAILED;
}

async function currentUser(ctx: Ctx, caller: SignedInCaller): Promise<UserRow> {
  const user = await findUser(ctx.db, caller.userId);
  if (!user) throw new Error('caller without a user row');
  return user;
}

/** The person passed the check: bind the number (refused only now if another account holds it). */
async function markVerified(ctx: Ctx, user: UserRow, name: string, idNumber: string) {
  const hash = ctx.crypto.hash(idNumber);
  const holder = await findUserByIdHash(ctx.db, hash);
  if (holder && holder.id !== user.id) throw conflict(ID_ALREADY_BOUND);

  const person = checkIdNumber(idNumber);
  if (!person.ok) throw new Error('schema accepted an ID number that does not pass the check');

  // Being named never brings anyone into a family: anyone can type anyone's ID number. A 生育登记
  // naming this person as spouse, or a 出生一件事 application naming them as the other parent, asks
  // them once they are verified (这是我 / 这不是我: registration/spouseConsent.ts,
  // birth/otherParentConsent.ts).

  await refusedAsDuplicate(
    () =>
      setVerifiedIdentity(ctx.db, user.id, {
        verified_name: name,
        id_number_enc: ctx.crypto.encrypt(idNumber),
        id_number_hash: hash,
        sex: person.sex,
        birth_date: person.birthDate,
        verified_at: ctx.clock.now().toISOString(),
      }),
    () => conflict(ID_ALREADY_BOUND),
  );
  await askNewlyVerifiedSpouse(ctx, hash);
  await askNewlyVerifiedOtherParent(ctx, hash);
  return buildMe(ctx.db, ctx.crypto, user.id);
}

/** An already-verified person: the same name and number again is a no-op, anything else refused. */
function alreadyVerified(ctx: Ctx, user: UserRow, name: string, idNumber: string): boolean {
  if (user.verified_at === null) return false;
  if (user.id_number_hash === ctx.crypto.hash(idNumber) && user.verified_name === name) return true;
  throw conflict(ALREADY_VERIFIED);
}

/** Takes today's next attempt slot, or refuses when the day's cap is reached. */
async function takeAttempt(ctx: Ctx, userId: string, provider: string, name: string, idNumber: string, expiresInSec: number) {
  const now = ctx.clock.now();
  const day = todayIn(now);
  const used = await attemptsUsedOn(ctx.db, userId, day);
  if (used >= IDENTITY_ATTEMPTS_PER_DAY) throw forbidden(ATTEMPTS_USED_UP);
  const id = randomUUID().replace(/-/g, '');
  await refusedAsDuplicate(
    () =>
      insertAttempt(ctx.db, {
        id,
        user_id: userId,
        day,
        attempt_no: used + 1,
        provider,
        verify_id: null,
        name_enc: ctx.crypto.encrypt(name),
        id_number_enc: ctx.crypto.encrypt(idNumber),
        status: 'started',
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + expiresInSec * 1000).toISOString(),
        finished_at: null,
      }),
    () => conflict('操作太频繁，请稍后再试'),
  );
  return id;
}

export const verifyIdentity = action(
  (ctx) => verifyIdentitySchema(todayIn(ctx.clock.now())),
  async ({ name, idNumber }, ctx) => {
    const caller = requireCaller(ctx);
    const user = await currentUser(ctx, caller);
    if (alreadyVerified(ctx, user, name, idNumber)) return buildMe(ctx.db, ctx.crypto, user.id);
    if (isFace(ctx)) throw forbidden(USE_FACE_CHECK);
    await takeAttempt(ctx, user.id, 'dev', name, idNumber, 0);
    const result = await ctx.identity.verify(name, idNumber);
    if (!result.ok) throw failed();
    return markVerified(ctx, user, name, idNumber);
  },
  requireCaller,
);

export const startVerify = action(
  (ctx) => verifyIdentitySchema(todayIn(ctx.clock.now())),
  async ({ name, idNumber }, ctx) => {
    const caller = requireCaller(ctx);
    const user = await currentUser(ctx, caller);
    if (user.verified_at !== null) throw conflict(ALREADY_VERIFIED);
    if (!isFace(ctx)) {
      const id = await takeAttempt(ctx, user.id, 'dev', name, idNumber, 3600);
      await setAttemptVerifyId(ctx.db, id, id);
      return { verifyId: id, provider: 'dev' as const };
    }
    if (!ctx.wechat) throw new AppError('UNAVAILABLE', '实名核身服务尚未开通，请联系管理员');
    const outSeqNo = await takeAttempt(ctx, user.id, 'wechat', name, idNumber, 3600);
    let verifyId: string;
    try {
      ({ verifyId } = await ctx.wechat.getVerifyId(ctx.db, { outSeqNo, openid: caller.openid, name, idNumber }));
    } catch (e) {
      if (isWechatApiError(e)) throw wechatAppError(e);
      throw e;
    }
    try {
      await setAttemptVerifyId(ctx.db, outSeqNo, verifyId);
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('操作太频繁，请稍后再试');
      throw e;
    }
    return { verifyId, provider: 'wechat' as const };
  },
  requireCaller,
);

export const confirmVerify = action(
  strictFields('核验信息', { verifyId: v.pipe(recordId('核验标识'), v.maxLength(256, '核验标识过长')) }),
  async ({ verifyId }, ctx) => {
    const caller = requireCaller(ctx);
    const user = await currentUser(ctx, caller);
    const attempt = await findAttempt(ctx.db, user.id, verifyId);
    // Unknown, or another person's: the same answer (a verifyId is no key to anyone else's check).
    if (!attempt) throw invalidInput({ verifyId: ATTEMPT_GONE }, ATTEMPT_GONE);
    const now = ctx.clock.now();
    if (attempt.status !== 'started' || attempt.expires_at <= now.toISOString()) throw conflict(ATTEMPT_GONE);
    const name = ctx.crypto.decrypt(attempt.name_enc);
    const idNumber = ctx.crypto.decrypt(attempt.id_number_enc);
    if (alreadyVerified(ctx, user, name, idNumber)) return buildMe(ctx.db, ctx.crypto, user.id);

    if (attempt.provider === 'wechat') {
      if (!ctx.wechat) throw new AppError('UNAVAILABLE', '实名核身服务尚未开通，请联系管理员');
      let ret: number;
      try {
        ret = await ctx.wechat.queryVerifyInfo(ctx.db, {
          verifyId,
          outSeqNo: attempt.id,
          openid: caller.openid,
          name,
          idNumber,
          certHash: faceCertHash(name, idNumber),
        });
      } catch (e) {
        if (isWechatApiError(e)) throw wechatAppError(e);
        throw e;
      }
      if (ret !== 10000) {
        ctx.log.info('face verification not passed', { userId: user.id, verifyRet: ret, requestId: ctx.requestId });
        throw failed(faceResultMessage(ret));
      }
    } else {
      if (isFace(ctx)) throw forbidden(USE_FACE_CHECK);
      const result = await ctx.identity.verify(name, idNumber);
      if (!result.ok) throw failed();
    }
    await markAttemptPassed(ctx.db, attempt.id, now.toISOString());
    return markVerified(ctx, user, name, idNumber);
  },
  requireCaller,
);
