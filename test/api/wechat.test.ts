// Real WeChat against the stand-in (test/wechat/standIn.ts): sign-in by wx.login code, the shared
// access_token and its error codes, the phone number, the face check, and every WeChat error the
// issue names (40029, 40163, 45011, 40001, 42001, -1) on each path.
import { createWechatFaceVerifier } from '../../cloud/adapters/identity/wechatFace';
import { createWechatClient, nodeHttp, type WechatHttp } from '../../cloud/adapters/wechat/client';
import { silentLogger } from '../../cloud/core/logger';
import { ATTEMPTS_USED_UP, ID_ALREADY_BOUND, USE_FACE_CHECK, VERIFY_FAILED } from '../../cloud/handlers/account/verifyIdentity';
import { WECHAT_NOT_CONFIGURED } from '../../cloud/handlers/account/signIn';
import { IDENTITY_ATTEMPTS_PER_DAY } from '../../domain/account/sessionPolicy';
import { startWechatStandIn, type WechatStandIn } from '../wechat/standIn';
import { createHarness, NOW, testCrypto, type Harness } from './harness';
import { mother, verifiedUser } from './people';

let wx: WechatStandIn;
let h: Harness;
let n = 0;
const newOpenid = () => `oTEST${Date.now().toString(36)}${(n += 1)}`;

beforeAll(async () => {
  wx = await startWechatStandIn();
  wx.setNow(() => Math.floor(h.clock.now().getTime() / 1000));
  h = await createHarness({
    wechat: { appid: wx.appid, secret: wx.secret, apiBase: wx.base },
    identity: createWechatFaceVerifier(),
    sessions: 'real',
  });
});
afterAll(async () => {
  await h.close();
  await wx.close();
});
beforeEach(() => h.clock.set(NOW));

const signIn = (code: string) => h.call(undefined, 'account', 'signIn', { code });
const userCount = async () =>
  Number(
    (
      await h.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('account.signIn (code2Session)', () => {
  test('a new person: a user row found by openid, the unionid kept, a working session', async () => {
    const openid = newOpenid();
    const before = await userCount();
    const first = await signIn(wx.loginCode({ openid, unionid: `u-${openid}` }));
    expect(first).toMatchObject({ ok: true, data: { token: expect.any(String), me: { verified: false, roles: [] } } });
    const row = await h.db.selectFrom('users').selectAll().where('openid', '=', openid).executeTakeFirstOrThrow();
    expect(row.unionid).toBe(`u-${openid}`);
    expect(await h.ok((first as any).data.token, 'account', 'me')).toMatchObject({ userId: row.id });
    // Signing in again (a new code, e.g. the next launch) finds the same person.
    const again = await signIn(wx.loginCode({ openid }));
    expect((again as any).data.me.userId).toBe(row.id);
    expect(await userCount()).toBe(before + 1);
    // The request carried appid, secret and the code exactly as code2Session documents.
    const call = wx.calls.filter((c) => c.path === '/sns/jscode2session').at(-1)!;
    expect(call.query).toMatchObject({ appid: wx.appid, secret: wx.secret, grant_type: 'authorization_code' });
  });

  test('two sign-ins of one new person at once make one user', async () => {
    const openid = newOpenid();
    const before = await userCount();
    const results = await Promise.all([
      signIn(wx.loginCode({ openid })),
      signIn(wx.loginCode({ openid })),
      signIn(wx.loginCode({ openid })),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r as any).data.me.userId)).size).toBe(1);
    expect(await userCount()).toBe(before + 1);
  });

  test('40029 invalid code and 40163 code used: a Chinese message, no user, an operator log line', async () => {
    const before = await userCount();
    expect(await signIn('LOGIN_not_issued_by_wechat')).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '登录已失效，请重新打开小程序', fields: { code: '登录已失效，请重新打开小程序' } },
    });
    const code = wx.loginCode({ openid: newOpenid() });
    expect((await signIn(code)).ok).toBe(true);
    expect(await signIn(code)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '登录凭证已使用，请重新打开小程序' } });
    expect(await userCount()).toBe(before + 1);
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'wechat api error',
        fields: expect.objectContaining({ api: 'code2Session', errcode: 40163, errmsg: expect.stringContaining('code been used') }),
      }),
    );
  });

  test('an expired code (over 5 minutes) is 40029', async () => {
    const code = wx.loginCode({ openid: newOpenid() });
    h.clock.set(new Date(NOW.getTime() + 6 * 60_000));
    expect(await signIn(code)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '登录已失效，请重新打开小程序' } });
  });

  test('45011 rate limit and 40226 risky user: UNAVAILABLE / clear message, not retried', async () => {
    wx.failNext('/sns/jscode2session', 45011);
    expect(await signIn(wx.loginCode({ openid: newOpenid() }))).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '操作太频繁，请一分钟后再试' },
    });
    wx.failNext('/sns/jscode2session', 40226);
    expect(await signIn(wx.loginCode({ openid: newOpenid() }))).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('风险') },
    });
  });

  test('-1 system busy: retried with backoff; three in a row give up with a Chinese message', async () => {
    wx.failNext('/sns/jscode2session', -1, 2);
    expect((await signIn(wx.loginCode({ openid: newOpenid() }))).ok).toBe(true);
    wx.failNext('/sns/jscode2session', -1, 3);
    expect(await signIn(wx.loginCode({ openid: newOpenid() }))).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '微信服务繁忙，请稍后再试' },
    });
    expect(h.logs).toContainEqual(expect.objectContaining({ message: 'wechat busy, retrying' }));
  });

  test('no WeChat configured: a clear refusal', async () => {
    const plain = await createHarness({ seed: 'townships' });
    try {
      expect(await plain.call(undefined, 'account', 'signIn', { code: 'LOGIN_x' })).toEqual({
        ok: false,
        error: { code: 'UNAVAILABLE', message: WECHAT_NOT_CONFIGURED },
      });
    } finally {
      await plain.close();
    }
  });
});

describe('access_token: one per app, in the database, refreshed before expiry', () => {
  test('cached across calls, refreshed 5 minutes before it expires, stored encrypted', async () => {
    const { token } = await h.login();
    const before = wx.tokenRequests();
    await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138001') });
    await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138002') });
    const row = await h.db.selectFrom('wechat_tokens').selectAll().where('appid', '=', wx.appid).executeTakeFirstOrThrow();
    expect(row.access_token_enc).not.toContain('ACCESS_');
    expect(row.refreshing_until).toBeNull();
    const afterTwo = wx.tokenRequests();
    expect(afterTwo - before).toBeLessThanOrEqual(1);
    // 1 h 56 min later (inside the 5-minute margin of the 2 h token): refreshed before use.
    h.clock.set(new Date(NOW.getTime() + (7200 - 240) * 1000));
    await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138003') });
    expect(wx.tokenRequests()).toBe(afterTwo + 1);
  });

  test.each([40001, 42001] as const)('%s (token invalid / expired): refreshed and retried once', async (errcode) => {
    const { token } = await h.login();
    await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138004') });
    wx.expireTokens(errcode);
    const before = wx.tokenRequests();
    expect(await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138005') })).toMatchObject({ phone: '13800138005' });
    expect(wx.tokenRequests()).toBe(before + 1);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ message: 'wechat access_token refused, refreshing once', fields: expect.objectContaining({ errcode }) }),
    );
  });

  test('40001 twice in a row: one retry only, then a Chinese message', async () => {
    const { token } = await h.login();
    wx.failNext('/wxa/business/getuserphonenumber', 40001, 2);
    expect(await h.call(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138006') })).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '微信服务暂时不可用，请稍后再试' },
    });
  });

  test('-1 on the token endpoint: retried; a refresh that fails releases the lease', async () => {
    const { token } = await h.login();
    wx.expireTokens(40001);
    await h.db
      .updateTable('wechat_tokens')
      .set({ expires_at: new Date(0).toISOString() })
      .execute();
    wx.failNext('/cgi-bin/stable_token', -1, 3);
    expect(await h.call(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138007') })).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '微信服务繁忙，请稍后再试' },
    });
    // The failed request rolled back; the next one refreshes normally.
    expect(await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13800138008') })).toMatchObject({ phone: '13800138008' });
  });

  test('another gateway holding the refresh lease: this one waits and uses what it stored', async () => {
    const crypto = testCrypto();
    const db = h.db;
    const config = { appid: 'wxother000000002', secret: wx.secret, apiBase: wx.base };
    let fetches = 0;
    const countingHttp: WechatHttp = async (url, init) => {
      fetches += 1;
      return nodeHttp(url, init);
    };
    const waiter = createWechatClient({
      config,
      crypto,
      log: silentLogger,
      clock: h.clock,
      http: countingHttp,
      // While "waiting", the other gateway finishes: it stores its token and releases the lease.
      sleep: async () => {
        await db
          .updateTable('wechat_tokens')
          .set({
            access_token_enc: crypto.encrypt('ACCESS_from_other'),
            expires_at: new Date(h.clock.now().getTime() + 7200_000).toISOString(),
            refreshing_until: null,
          })
          .where('appid', '=', config.appid)
          .execute();
      },
    });
    await db
      .insertInto('wechat_tokens')
      .values({
        appid: config.appid,
        access_token_enc: null,
        expires_at: null,
        refreshing_until: new Date(h.clock.now().getTime() + 30_000).toISOString(),
        version: 1,
        updated_at: NOW.toISOString(),
      })
      .execute();
    expect(await waiter.accessToken(db)).toBe('ACCESS_from_other');
    expect(fetches).toBe(0);
  });

  test('subscribeMessage.send uses the shared token and the documented body', async () => {
    const client = createWechatClient({
      config: { appid: wx.appid, secret: wx.secret, apiBase: wx.base },
      crypto: h.crypto,
      log: silentLogger,
      clock: h.clock,
      sleep: async () => {},
    });
    await client.sendSubscribeMessage(h.db, {
      touser: 'oUSER',
      templateId: 'TPL1',
      page: 'pages/home/index',
      data: { thing1: { value: '生育登记' } },
      miniprogramState: 'formal',
      lang: 'zh_CN',
    });
    expect(wx.sentMessages.at(-1)).toEqual({
      touser: 'oUSER',
      template_id: 'TPL1',
      page: 'pages/home/index',
      data: { thing1: { value: '生育登记' } },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
    wx.failNext('/cgi-bin/message/subscribe/send', 43101);
    await expect(client.sendSubscribeMessage(h.db, { touser: 'oUSER', templateId: 'TPL1', data: {} })).rejects.toMatchObject({
      errcode: 43101,
    });
  });
});

describe('account.bindPhone (phonenumber.getPhoneNumber)', () => {
  test('the phone is stored encrypted and comes back in me to prefill forms', async () => {
    const { token } = await h.login();
    expect(await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13912345678') })).toEqual({
      phone: '13912345678',
      phoneMasked: '139****5678',
    });
    const me = await h.ok(token, 'account', 'me');
    expect(me.phone).toBe('13912345678');
    const row = await h.db
      .selectFrom('users')
      .select(['phone_enc', 'phone_verified_at'])
      .where('id', '=', me.userId)
      .executeTakeFirstOrThrow();
    expect(row.phone_enc).not.toContain('13912345678');
    expect(row.phone_verified_at).toBe(NOW.toISOString());
  });

  test('40029, 40163, 45011 and -1 each answer in Chinese; the phone is unchanged', async () => {
    const { token } = await h.login();
    expect(await h.call(token, 'account', 'bindPhone', { code: 'PHONE_unknown' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '手机号授权已失效，请重新点击“获取手机号”' },
    });
    const code = wx.phoneCode('13912340000');
    await h.ok(token, 'account', 'bindPhone', { code });
    expect(await h.call(token, 'account', 'bindPhone', { code })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '手机号授权已使用，请重新点击“获取手机号”' },
    });
    wx.failNext('/wxa/business/getuserphonenumber', 45011);
    expect(await h.call(token, 'account', 'bindPhone', { code: wx.phoneCode('13912340001') })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '操作太频繁，请一分钟后再试' },
    });
    wx.failNext('/wxa/business/getuserphonenumber', -1, 3);
    expect(await h.call(token, 'account', 'bindPhone', { code: wx.phoneCode('13912340002') })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '微信服务繁忙，请稍后再试' },
    });
    expect((await h.ok(token, 'account', 'me')).phone).toBe('13912340000');
  });

  test('signed out callers may not', async () => {
    expect(await h.call(undefined, 'account', 'bindPhone', { code: 'PHONE_x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('real-name check by WeChat face verification', () => {
  async function newParent() {
    const openid = newOpenid();
    const res = await signIn(wx.loginCode({ openid }));
    return { openid, token: (res as any).data.token as string };
  }

  async function faceCheck(token: string, person: { name: string; idNumber: string }, verifyRet = 10000) {
    const start = await h.ok(token, 'account', 'startVerify', person);
    expect(start.provider).toBe('wechat');
    wx.faceDone(start.verifyId, verifyRet); // what wx.requestFacialVerify did on the phone
    return h.call(token, 'account', 'confirmVerify', { verifyId: start.verifyId });
  }

  test('getVerifyId → face on the phone → queryVerifyInfo → verified with the checked name and number', async () => {
    const { token, openid } = await newParent();
    const person = mother('刀玉香');
    wx.realPeople.set(person.idNumber, person.name);
    const result = await faceCheck(token, person);
    expect(result).toMatchObject({ ok: true, data: { verified: true, name: '刀玉香', sex: 'F' } });
    const getVerify = wx.calls.filter((c) => c.path === '/cityservice/face/identify/getverifyid').at(-1)!;
    expect(getVerify.body).toMatchObject({
      cert_info: { cert_type: 'IDENTITY_CARD', cert_name: '刀玉香', cert_no: person.idNumber },
      openid,
      out_seq_no: expect.stringMatching(/^[A-Za-z0-9_-]{5,32}$/),
    });
    expect(wx.calls.filter((c) => c.path === '/cityservice/face/identify/queryverifyinfo').at(-1)!.body).toMatchObject({
      openid,
      cert_hash: expect.any(String),
    });
  });

  test('the client saying "done" without WeChat confirming counts for nothing', async () => {
    const { token } = await newParent();
    const person = mother();
    wx.realPeople.set(person.idNumber, person.name);
    const start = await h.ok(token, 'account', 'startVerify', person);
    // wx.requestFacialVerify never ran: WeChat answers "cancelled".
    expect(await h.call(token, 'account', 'confirmVerify', { verifyId: start.verifyId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '人脸核身未完成（已取消），请重新开始' },
    });
    expect((await h.ok(token, 'account', 'me')).verified).toBe(false);
  });

  test('wrong name, wrong number and a number bound elsewhere get the same answer before the check passes', async () => {
    const holder = mother('岳金凤');
    wx.realPeople.set(holder.idNumber, holder.name);
    const first = await newParent();
    expect((await faceCheck(first.token, holder)).ok).toBe(true);

    const stranger = await newParent();
    wx.faceOf.set(stranger.openid, mother().idNumber); // the stranger's own face
    const wrongName = await faceCheck(stranger.token, { name: '冒名者', idNumber: mother().idNumber });
    const wrongNumber = await faceCheck(stranger.token, { name: '冒名者', idNumber: holder.idNumber });
    const boundElsewhere = await faceCheck(stranger.token, holder); // right pair, but the face is the stranger's
    expect(wrongName).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: VERIFY_FAILED, fields: { _: VERIFY_FAILED } } });
    expect(wrongNumber).toEqual(wrongName);
    expect(boundElsewhere).toEqual(wrongName);
  });

  test('the holder of a number bound to another account learns it only after passing the face check', async () => {
    const person = mother('孟国英');
    wx.realPeople.set(person.idNumber, person.name);
    const oldPhone = await newParent();
    expect((await faceCheck(oldPhone.token, person)).ok).toBe(true);
    const newPhone = await newParent();
    expect(await faceCheck(newPhone.token, person)).toEqual({ ok: false, error: { code: 'CONFLICT', message: ID_ALREADY_BOUND } });
  });

  test(`at most ${IDENTITY_ATTEMPTS_PER_DAY} starts per account per day; the next day counts again`, async () => {
    const { token } = await newParent();
    for (let i = 0; i < IDENTITY_ATTEMPTS_PER_DAY; i += 1) {
      expect((await h.call(token, 'account', 'startVerify', mother())).ok).toBe(true);
    }
    expect(await h.call(token, 'account', 'startVerify', mother())).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: ATTEMPTS_USED_UP },
    });
    h.clock.set(new Date(NOW.getTime() + 24 * 3600_000));
    expect((await h.call(token, 'account', 'startVerify', mother())).ok).toBe(true);
  });

  test("someone else's verifyId is refused like an unknown one; a passed one cannot be used twice", async () => {
    const a = await newParent();
    const b = await newParent();
    const person = mother();
    wx.realPeople.set(person.idNumber, person.name);
    const start = await h.ok(a.token, 'account', 'startVerify', person);
    wx.faceDone(start.verifyId, 10000);
    expect(await h.call(b.token, 'account', 'confirmVerify', { verifyId: start.verifyId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { verifyId: '本次核验已失效，请重新开始实名认证' } },
    });
    expect((await h.call(a.token, 'account', 'confirmVerify', { verifyId: start.verifyId })).ok).toBe(true);
    expect(await h.call(a.token, 'account', 'confirmVerify', { verifyId: start.verifyId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  test('the one-step dev check is refused when the provider is the face check', async () => {
    const { token } = await newParent();
    expect(await h.call(token, 'account', 'verifyIdentity', mother())).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: USE_FACE_CHECK },
    });
  });

  test('WeChat errors on getVerifyId / queryVerifyInfo: Chinese messages, token retry', async () => {
    const { token } = await newParent();
    wx.failNext('/cityservice/face/identify/getverifyid', 45011);
    expect(await h.call(token, 'account', 'startVerify', mother())).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '操作太频繁，请一分钟后再试' },
    });
    const person = mother();
    wx.realPeople.set(person.idNumber, person.name);
    const start = await h.ok(token, 'account', 'startVerify', person);
    wx.faceDone(start.verifyId, 10000);
    wx.failNext('/cityservice/face/identify/queryverifyinfo', 42001);
    expect((await h.call(token, 'account', 'confirmVerify', { verifyId: start.verifyId })).ok).toBe(true);
  });
});

describe('a new parent with only real WeChat calls: opening the app → verified → 生育登记 submitted', () => {
  test('journey', async () => {
    const openid = newOpenid();
    const { data } = (await signIn(wx.loginCode({ openid }))) as any;
    const token = data.token as string;
    await h.ok(token, 'account', 'bindPhone', { code: wx.phoneCode('13712345678') });
    const applicant = mother('线岩香');
    wx.realPeople.set(applicant.idNumber, applicant.name);
    const start = await h.ok(token, 'account', 'startVerify', applicant);
    wx.faceDone(start.verifyId, 10000);
    const me = await h.ok(token, 'account', 'confirmVerify', { verifyId: start.verifyId });
    expect(me).toMatchObject({ verified: true, phone: '13712345678' });
    const { registrationInput, father, newKey } = await import('./people');
    const input = registrationInput(applicant, father());
    input.applicant.phone = me.phone!;
    const view = await h.ok(token, 'registration', 'submit', input, newKey());
    expect(view).toMatchObject({ status: 'registered' });
  });
});

test('the dev check still works beside it (another harness, dev provider)', async () => {
  const dev = await createHarness({ seed: 'townships' });
  try {
    const { token } = await verifiedUser(dev);
    expect((await dev.ok(token, 'account', 'me')).verified).toBe(true);
    const { token: t2 } = await dev.login();
    const start = await dev.ok(t2, 'account', 'startVerify', mother());
    expect(start.provider).toBe('dev');
    expect(await dev.ok(t2, 'account', 'confirmVerify', { verifyId: start.verifyId })).toMatchObject({ verified: true });
  } finally {
    await dev.close();
  }
});
