// The server's WeChat client: every call to api.weixin.qq.com goes through here.
//
// - One access_token per app, kept in the database (wechat_tokens) with its expiry and shared by
//   every gateway; refreshed 5 minutes before it expires, by one gateway at a time (a lease row).
//   It comes from getStableAccessToken in normal mode, so a second refresher gets the same token.
// - 40001 / 42001 (token invalid / expired): the stored token is forgotten and the call retried once.
// - -1 (system busy): retried after 200 ms and 800 ms, then given up.
// - Any other errcode: WechatApiError, logged with the API, code and errmsg (WeChat's rid in it) for
//   the operator; handlers turn it into a Chinese sentence (errors.ts).
//
// WECHAT_API_BASE points it elsewhere (tests: test/wechat/standIn.ts). Token-using calls take the
// request's database handle (the transaction), because SQLite has one connection.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Kysely } from 'kysely';
import type { Env } from '../../core/env';
import type { Logger } from '../../core/logger';
import type { Clock } from '../../core/clock';
import type { Database } from '../../db/tables';
import { engineOf } from '../../db/engine';
import type { FieldCrypto } from '../../security/fieldCrypto';
import { ensureTokenRow, forgetToken, readToken, releaseRefreshLease, storeToken, takeRefreshLease } from '../../db/repos/wechatTokens';
import { WechatApiError, type WechatApiName } from './errors';
import type { SubscribeMessage } from '../notify/wechatSubscribe';

export const DEFAULT_WECHAT_API_BASE = 'https://api.weixin.qq.com';
const REFRESH_BEFORE_MS = 5 * 60_000;
const LEASE_MS = 30_000;
const BUSY_BACKOFF_MS = [200, 800];
const LEASE_WAITS = 25;

export interface WechatConfig {
  appid: string;
  secret: string;
  apiBase: string;
}

/** WECHAT_APPID + WECHAT_SECRET (server side only, never in the client), WECHAT_API_BASE. */
export function wechatConfigFromEnv(env: Env = process.env): WechatConfig | undefined {
  const appid = env.WECHAT_APPID;
  const secret = env.WECHAT_SECRET;
  if (!appid || !secret) return undefined;
  return { appid, secret, apiBase: (env.WECHAT_API_BASE || DEFAULT_WECHAT_API_BASE).replace(/\/+$/, '') };
}

export interface PhoneInfo {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}

export interface FaceCert {
  outSeqNo: string;
  openid: string;
  name: string;
  idNumber: string;
}

export interface WechatClient {
  readonly appid: string;
  code2Session(code: string): Promise<{ openid: string; unionid?: string }>;
  accessToken(db: Kysely<Database>): Promise<string>;
  getPhoneNumber(db: Kysely<Database>, code: string, openid?: string): Promise<PhoneInfo>;
  getVerifyId(db: Kysely<Database>, cert: FaceCert): Promise<{ verifyId: string; expiresIn: number }>;
  /** verify_ret: 10000 = the face matched the holder of the name and number. */
  queryVerifyInfo(db: Kysely<Database>, cert: FaceCert & { verifyId: string; certHash: string }): Promise<number>;
  sendSubscribeMessage(db: Kysely<Database>, message: SubscribeMessage): Promise<void>;
}

/** One HTTP exchange: the answer's status and body text. */
export type WechatHttp = (url: URL, init: { method: 'GET' | 'POST'; body?: string }) => Promise<{ status: number; text: string }>;

const TIMEOUT_MS = 10_000;

/**
 * node:http(s), not fetch: CloudBase runtimes older than Node 18 have no fetch, and a timeout is
 * wanted on every call.
 */
export const nodeHttp: WechatHttp = (url, init) =>
  new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: init.method,
        timeout: TIMEOUT_MS,
        headers: init.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(init.body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });

export interface WechatClientOptions {
  config: WechatConfig;
  crypto: FieldCrypto;
  log: Logger;
  clock: Clock;
  http?: WechatHttp;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Where the shared access_token lives: the process's own database handle, not a request's
   * transaction — a refresh and its lease must be seen by other gateways at once, and a request
   * must not hold its transaction (on PostgreSQL the write lock) while WeChat answers. Used on
   * PostgreSQL only: SQLite has one connection, which the request's transaction holds.
   */
  tokenDb?: Kysely<Database>;
}

type Answer = Record<string, unknown> & { errcode?: number; errmsg?: string };

export function createWechatClient(options: WechatClientOptions): WechatClient {
  const { config, crypto, log, clock } = options;
  const http = options.http ?? nodeHttp;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  const fail = (api: WechatApiName, errcode: number, errmsg: string): never => {
    log.warn('wechat api error', { api, errcode, errmsg, appid: config.appid });
    throw new WechatApiError(api, errcode, errmsg);
  };

  const request = async (api: WechatApiName, path: string, init?: { body?: unknown; query?: Record<string, string> }): Promise<Answer> => {
    const url = new URL(config.apiBase + path);
    for (const [k, v] of Object.entries(init?.query ?? {})) url.searchParams.set(k, v);
    let res: { status: number; text: string };
    try {
      res = await http(url, init?.body === undefined ? { method: 'GET' } : { method: 'POST', body: JSON.stringify(init.body) });
    } catch (e) {
      // Unreachable or timed out: treated like -1 (busy) by the caller's retry.
      log.warn('wechat api unreachable', { api, error: e instanceof Error ? e.message : String(e) });
      return { errcode: -1, errmsg: 'network error' };
    }
    try {
      return JSON.parse(res.text) as Answer;
    } catch {
      return fail(api, -1, `non-JSON answer (HTTP ${res.status})`);
    }
  };

  /** -1 retried with backoff; other errcodes returned to the caller to decide. */
  const withBusyRetry = async (api: WechatApiName, run: () => Promise<Answer>): Promise<Answer> => {
    for (let attempt = 0; ; attempt += 1) {
      const answer = await run();
      if (answer.errcode !== -1 || attempt >= BUSY_BACKOFF_MS.length) return answer;
      log.info('wechat busy, retrying', { api, attempt: attempt + 1 });
      await sleep(BUSY_BACKOFF_MS[attempt]!);
    }
  };

  const fetchToken = async (): Promise<{ token: string; expiresIn: number }> => {
    const answer = await withBusyRetry('getAccessToken', () =>
      request('getAccessToken', '/cgi-bin/stable_token', {
        body: { grant_type: 'client_credential', appid: config.appid, secret: config.secret, force_refresh: false },
      }),
    );
    if (typeof answer.access_token !== 'string' || typeof answer.expires_in !== 'number') {
      return fail('getAccessToken', answer.errcode ?? -1, answer.errmsg ?? 'no access_token in answer');
    }
    return { token: answer.access_token, expiresIn: answer.expires_in };
  };

  const ownDb = options.tokenDb && engineOf(options.tokenDb) === 'postgres' ? options.tokenDb : undefined;
  const accessToken = async (requestDb: Kysely<Database>): Promise<string> => {
    const db = ownDb ?? requestDb;
    await ensureTokenRow(db, config.appid, clock.now());
    for (let wait = 0; wait < LEASE_WAITS; wait += 1) {
      const now = clock.now();
      const stored = await readToken(db, config.appid, (s) => crypto.decrypt(s));
      if (stored.token && stored.expiresAt && stored.expiresAt > new Date(now.getTime() + REFRESH_BEFORE_MS).toISOString())
        return stored.token;
      if (await takeRefreshLease(db, config.appid, now, new Date(now.getTime() + LEASE_MS))) {
        try {
          const fresh = await fetchToken();
          await storeToken(
            db,
            config.appid,
            crypto.encrypt(fresh.token),
            new Date(clock.now().getTime() + fresh.expiresIn * 1000),
            clock.now(),
          );
          log.info('wechat access_token refreshed', { appid: config.appid, expiresIn: fresh.expiresIn });
          return fresh.token;
        } catch (e) {
          await releaseRefreshLease(db, config.appid);
          throw e;
        }
      }
      // Another gateway is refreshing: wait for what it stores.
      await sleep(100 * (wait + 1));
    }
    return fail('getAccessToken', -1, 'refresh lease held by another gateway for too long');
  };

  /** A token-using POST: one retry on 40001 / 42001, backoff on -1. */
  const withToken = async (db: Kysely<Database>, api: WechatApiName, path: string, body: unknown): Promise<Answer> => {
    for (let tokenRetry = 0; ; tokenRetry += 1) {
      const token = await accessToken(db);
      const answer = await withBusyRetry(api, () => request(api, path, { body, query: { access_token: token } }));
      const code = answer.errcode ?? 0;
      if ((code === 40001 || code === 42001) && tokenRetry === 0) {
        log.warn('wechat access_token refused, refreshing once', { api, errcode: code, errmsg: answer.errmsg ?? '' });
        await forgetToken(ownDb ?? db, config.appid, token, (s) => crypto.decrypt(s));
        continue;
      }
      if (code !== 0) return fail(api, code, answer.errmsg ?? '');
      return answer;
    }
  };

  return {
    appid: config.appid,
    accessToken,
    async code2Session(code) {
      const answer = await withBusyRetry('code2Session', () =>
        request('code2Session', '/sns/jscode2session', {
          query: { appid: config.appid, secret: config.secret, js_code: code, grant_type: 'authorization_code' },
        }),
      );
      if ((answer.errcode ?? 0) !== 0) return fail('code2Session', answer.errcode!, answer.errmsg ?? '');
      if (typeof answer.openid !== 'string' || answer.openid === '') return fail('code2Session', -1, 'no openid in answer');
      return { openid: answer.openid, ...(typeof answer.unionid === 'string' && answer.unionid ? { unionid: answer.unionid } : {}) };
    },
    async getPhoneNumber(db, code, openid) {
      const answer = await withToken(db, 'getPhoneNumber', '/wxa/business/getuserphonenumber', { code, ...(openid ? { openid } : {}) });
      const info = answer.phone_info as Partial<PhoneInfo> | undefined;
      if (!info || typeof info.purePhoneNumber !== 'string') return fail('getPhoneNumber', -1, 'no phone_info in answer');
      return {
        phoneNumber: String(info.phoneNumber ?? info.purePhoneNumber),
        purePhoneNumber: info.purePhoneNumber,
        countryCode: String(info.countryCode ?? '86'),
      };
    },
    async getVerifyId(db, cert) {
      const answer = await withToken(db, 'getVerifyId', '/cityservice/face/identify/getverifyid', {
        out_seq_no: cert.outSeqNo,
        cert_info: { cert_type: 'IDENTITY_CARD', cert_name: cert.name, cert_no: cert.idNumber },
        openid: cert.openid,
      });
      if (typeof answer.verify_id !== 'string') return fail('getVerifyId', -1, 'no verify_id in answer');
      return { verifyId: answer.verify_id, expiresIn: typeof answer.expires_in === 'number' ? answer.expires_in : 3600 };
    },
    async queryVerifyInfo(db, cert) {
      const answer = await withToken(db, 'queryVerifyInfo', '/cityservice/face/identify/queryverifyinfo', {
        verify_id: cert.verifyId,
        out_seq_no: cert.outSeqNo,
        cert_hash: cert.certHash,
        openid: cert.openid,
      });
      return typeof answer.verify_ret === 'number' ? answer.verify_ret : -1;
    },
    async sendSubscribeMessage(db, message) {
      await withToken(db, 'subscribeMessage.send', '/cgi-bin/message/subscribe/send', {
        touser: message.touser,
        template_id: message.templateId,
        ...(message.page ? { page: message.page } : {}),
        data: message.data,
        ...(message.miniprogramState ? { miniprogram_state: message.miniprogramState } : {}),
        lang: message.lang ?? 'zh_CN',
      });
    },
  };
}
