// A stand-in of WeChat's server API (api.weixin.qq.com) for tests: a small local HTTP server that
// speaks the documented requests and answers of every WeChat server API the product calls. The
// adapters reach it through WECHAT_API_BASE (default https://api.weixin.qq.com).
//
// Each route cites the page its request and answer shapes follow:
//   GET  /sns/jscode2session                 code2Session
//        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html
//        → { openid, session_key, unionid?, errcode, errmsg }; 40029 invalid code, 40163 code been
//          used, 45011 minute quota, 40226 risky user, -1 system busy
//   GET  /cgi-bin/token                      getAccessToken
//        https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-access-token/api_getaccesstoken.html
//   POST /cgi-bin/stable_token               getStableAccessToken { grant_type, appid, secret, force_refresh }
//        https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-access-token/api_getstableaccesstoken.html
//        → { access_token, expires_in } (7200 s); a force refresh invalidates the previous token
//   POST /wxa/business/getuserphonenumber    phonenumber.getPhoneNumber { code, openid? }
//        https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/phone-number/api_getphonenumber.html
//        → { errcode, errmsg, phone_info: { phoneNumber, purePhoneNumber, countryCode, watermark: { timestamp, appid } } }
//   POST /cityservice/face/identify/getverifyid       getVerifyId { out_seq_no, cert_info: { cert_type, cert_name, cert_no }, openid }
//        https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_getverifyid
//        → { errcode, errmsg, verify_id, expires_in }
//   POST /cityservice/face/identify/queryverifyinfo   queryVerifyInfo { verify_id, out_seq_no, cert_hash, openid }
//        https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_queryverifyinfo
//        → { errcode, errmsg, verify_ret } (10000 success; 9000x the user cancelled / device, …)
//   POST /cgi-bin/message/subscribe/send     subscribeMessage.send { touser, template_id, page, data, miniprogram_state, lang }
//        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
//        → { errcode, errmsg }; 43101 the user has not subscribed
// Every API that takes ?access_token= answers 40001 for an unknown token and 42001 for an expired one.
//
// Tests steer it: `codes` (js_code → user), `phoneCodes`, `people` (who passes the face check),
// `failNext(path, errcode, times)` to make the next answers of one path fail, and `faceDone(verifyId, ret)`
// for what wx.requestFacialVerify did on the phone.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STAND_IN_APPID = 'wxstandin0000001';
export const STAND_IN_SECRET = 'standin-secret-not-real';

export interface StandInUser {
  openid: string;
  unionid?: string;
}

interface TokenRecord {
  expiresAt: number;
}

interface FaceSession {
  outSeqNo: string;
  openid: string;
  certName: string;
  certNo: string;
  /** What the phone's face check ended with (10000 success); undefined until wx.requestFacialVerify ran. */
  ret?: number;
}

export interface WechatCall {
  path: string;
  body?: unknown;
  query: Record<string, string>;
}

export interface WechatStandIn {
  /** e.g. http://127.0.0.1:40123 — give it to the adapters as WECHAT_API_BASE. */
  base: string;
  appid: string;
  secret: string;
  calls: WechatCall[];
  /** A fresh wx.login code for this user (5 minutes, once). */
  loginCode(user: StandInUser): string;
  /** A fresh getPhoneNumber button code for this phone. */
  phoneCode(purePhoneNumber: string): string;
  /** The next `times` answers of `path` are this error. */
  failNext(path: string, errcode: number, times?: number): void;
  /** What the face check on the phone did for this verify_id (10000 = passed). */
  faceDone(verifyId: string, verifyRet: number): void;
  /** Only these (name, number) pairs pass a face check: the face belongs to the holder. */
  realPeople: Map<string, string>;
  /** Whose face is in front of this WeChat account's camera (ID number); when set, only that person passes. */
  faceOf: Map<string, string>;
  /** Invalidate every token (as if WeChat rotated them) or make them look expired. */
  expireTokens(errcode?: 40001 | 42001): void;
  sentMessages: unknown[];
  tokenRequests(): number;
  /** The stand-in's clock (seconds) moves with the test's: codes expire after 300 s. */
  setNow(now: () => number): void;
  close(): Promise<void>;
}

const ERRMSG: Record<number, string> = {
  0: 'ok',
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  42001: 'access_token expired',
  40029: 'invalid code',
  40163: 'code been used',
  45011: 'api minute-quota reach limit mustslower retry next minute',
  40226: 'code blocked',
  40125: 'invalid appsecret',
  40013: 'invalid appid',
  43101: 'user refuse to accept the msg',
  47001: 'data format error',
};

function errorBody(errcode: number): { errcode: number; errmsg: string } {
  return { errcode, errmsg: `${ERRMSG[errcode] ?? 'error'}, rid: ${randomBytes(4).toString('hex')}` };
}

/** queryVerifyInfo's cert_hash: our reading of the page's 注意事项 (SHA-256 over the cert fields, base64). */
export function certHash(certName: string, certNo: string): string {
  return createHash('sha256').update(`cert_type=IDENTITY_CARD&cert_name=${certName}&cert_no=${certNo}`, 'utf8').digest('base64');
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return { __malformed: text };
  }
}

export async function startWechatStandIn(): Promise<WechatStandIn> {
  let nowSec = () => Math.floor(Date.now() / 1000);
  const loginCodes = new Map<string, { user: StandInUser; issued: number; used: boolean }>();
  const phoneCodes = new Map<string, { phone: string; issued: number; used: boolean }>();
  const tokens = new Map<string, TokenRecord>();
  const invalidTokens = new Set<string>();
  const faces = new Map<string, FaceSession>();
  const usedSeqNos = new Set<string>();
  const failures = new Map<string, number[]>();
  const calls: WechatCall[] = [];
  const sentMessages: unknown[] = [];
  const realPeople = new Map<string, string>();
  const faceOf = new Map<string, string>();
  let stableToken: string | undefined;
  let tokenRequests = 0;
  let expiredCode: 40001 | 42001 | undefined;

  const newToken = (): string => {
    const token = `ACCESS_${randomBytes(12).toString('hex')}`;
    tokens.set(token, { expiresAt: nowSec() + 7200 });
    return token;
  };

  const takeFailure = (path: string): number | undefined => {
    const queue = failures.get(path);
    return queue && queue.length > 0 ? queue.shift() : undefined;
  };

  const tokenProblem = (token: string | undefined): number | undefined => {
    if (!token || invalidTokens.has(token)) return expiredCode ?? 40001;
    const rec = tokens.get(token);
    if (!rec) return 40001;
    if (rec.expiresAt <= nowSec()) return 42001;
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const query = Object.fromEntries(url.searchParams.entries());
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    const path = url.pathname;
    calls.push({ path, query, ...(body === undefined ? {} : { body }) });
    const send = (answer: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' });
      res.end(JSON.stringify(answer));
    };
    const failure = takeFailure(path);
    if (failure !== undefined) return send(errorBody(failure));
    const b = (body ?? {}) as Record<string, unknown>;

    switch (path) {
      case '/sns/jscode2session': {
        if (query.appid !== STAND_IN_APPID) return send(errorBody(40013));
        if (query.secret !== STAND_IN_SECRET) return send(errorBody(40125));
        if (query.grant_type !== 'authorization_code') return send(errorBody(47001));
        const code = loginCodes.get(query.js_code ?? '');
        if (!code || nowSec() - code.issued > 300) return send(errorBody(40029));
        if (code.used) return send(errorBody(40163));
        code.used = true;
        return send({
          openid: code.user.openid,
          session_key: randomBytes(16).toString('base64'),
          ...(code.user.unionid ? { unionid: code.user.unionid } : {}),
          errcode: 0,
          errmsg: 'ok',
        });
      }
      case '/cgi-bin/token': {
        tokenRequests += 1;
        if (query.grant_type !== 'client_credential') return send(errorBody(47001));
        if (query.appid !== STAND_IN_APPID) return send(errorBody(40013));
        if (query.secret !== STAND_IN_SECRET) return send(errorBody(40125));
        return send({ access_token: newToken(), expires_in: 7200 });
      }
      case '/cgi-bin/stable_token': {
        tokenRequests += 1;
        if (b.grant_type !== 'client_credential') return send(errorBody(47001));
        if (b.appid !== STAND_IN_APPID) return send(errorBody(40013));
        if (b.secret !== STAND_IN_SECRET) return send(errorBody(40125));
        const current = stableToken ? tokens.get(stableToken) : undefined;
        if (b.force_refresh === true || !stableToken || !current || current.expiresAt <= nowSec() || invalidTokens.has(stableToken)) {
          if (stableToken) invalidTokens.add(stableToken);
          stableToken = newToken();
          expiredCode = undefined;
        }
        return send({ access_token: stableToken, expires_in: tokens.get(stableToken)!.expiresAt - nowSec() });
      }
      default:
        break;
    }

    const problem = tokenProblem(query.access_token);
    if (problem !== undefined) return send(errorBody(problem));

    switch (path) {
      case '/wxa/business/getuserphonenumber': {
        const code = phoneCodes.get(typeof b.code === 'string' ? b.code : '');
        if (!code || nowSec() - code.issued > 300) return send(errorBody(40029));
        if (code.used) return send(errorBody(40163));
        code.used = true;
        return send({
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: code.phone,
            purePhoneNumber: code.phone,
            countryCode: '86',
            watermark: { timestamp: nowSec(), appid: STAND_IN_APPID },
          },
        });
      }
      case '/cityservice/face/identify/getverifyid': {
        const cert = (b.cert_info ?? {}) as Record<string, unknown>;
        const outSeqNo = typeof b.out_seq_no === 'string' ? b.out_seq_no : '';
        if (!/^[A-Za-z0-9_-]{5,32}$/.test(outSeqNo) || usedSeqNos.has(outSeqNo)) return send(errorBody(47001));
        if (
          cert.cert_type !== 'IDENTITY_CARD' ||
          typeof cert.cert_name !== 'string' ||
          typeof cert.cert_no !== 'string' ||
          typeof b.openid !== 'string'
        ) {
          return send(errorBody(47001));
        }
        usedSeqNos.add(outSeqNo);
        const verifyId = `VERIFY_${randomBytes(12).toString('hex')}`;
        faces.set(verifyId, { outSeqNo, openid: b.openid, certName: cert.cert_name, certNo: cert.cert_no });
        return send({ errcode: 0, errmsg: 'ok', verify_id: verifyId, expires_in: 3600 });
      }
      case '/cityservice/face/identify/queryverifyinfo': {
        const face = faces.get(typeof b.verify_id === 'string' ? b.verify_id : '');
        if (!face || face.outSeqNo !== b.out_seq_no || face.openid !== b.openid) return send(errorBody(47001));
        if (b.cert_hash !== certHash(face.certName, face.certNo)) return send(errorBody(47001));
        if (face.ret === undefined) return send({ errcode: 0, errmsg: 'ok', verify_ret: 90002 });
        // The face on the phone is the holder's only when the name and number belong together.
        const holder = faceOf.get(face.openid);
        const passed =
          face.ret === 10000 && realPeople.get(face.certNo) === face.certName && (holder === undefined || holder === face.certNo);
        return send({ errcode: 0, errmsg: 'ok', verify_ret: passed ? 10000 : face.ret === 10000 ? 90011 : face.ret });
      }
      case '/cgi-bin/message/subscribe/send': {
        if (typeof b.touser !== 'string' || typeof b.template_id !== 'string' || typeof b.data !== 'object') return send(errorBody(47001));
        sentMessages.push(b);
        return send({ errcode: 0, errmsg: 'ok' });
      }
      default:
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(errorBody(-1)));
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    appid: STAND_IN_APPID,
    secret: STAND_IN_SECRET,
    calls,
    realPeople,
    faceOf,
    sentMessages,
    loginCode(user) {
      const code = `LOGIN_${randomBytes(10).toString('hex')}`;
      loginCodes.set(code, { user, issued: nowSec(), used: false });
      return code;
    },
    phoneCode(phone) {
      const code = `PHONE_${randomBytes(10).toString('hex')}`;
      phoneCodes.set(code, { phone, issued: nowSec(), used: false });
      return code;
    },
    failNext(path, errcode, times = 1) {
      const queue = failures.get(path) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(errcode);
      failures.set(path, queue);
    },
    faceDone(verifyId, verifyRet) {
      const face = faces.get(verifyId);
      if (!face) throw new Error(`no face session ${verifyId}`);
      face.ret = verifyRet;
    },
    expireTokens(errcode = 40001) {
      for (const t of tokens.keys()) invalidTokens.add(t);
      expiredCode = errcode;
    },
    tokenRequests: () => tokenRequests,
    setNow(now) {
      nowSec = now;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
