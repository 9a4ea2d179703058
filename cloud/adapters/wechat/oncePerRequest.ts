// On PostgreSQL a request's transaction may run twice (cloud/db/transaction.ts: it is rerun holding
// the write lock at its first write). WeChat's login and phone codes are single-use, so within one
// request each WeChat call is made once and its answer (or its error) is reused by the rerun.
import type { WechatClient } from './client';

export function oncePerRequest(client: WechatClient): WechatClient {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, run());
    return memo.get(key) as Promise<T>;
  };
  return {
    appid: client.appid,
    code2Session: (code) => once(`code2Session:${code}`, () => client.code2Session(code)),
    accessToken: (db) => client.accessToken(db),
    getPhoneNumber: (db, code, openid) => once(`getPhoneNumber:${code}`, () => client.getPhoneNumber(db, code, openid)),
    getVerifyId: (db, cert) => once(`getVerifyId:${JSON.stringify(cert)}`, () => client.getVerifyId(db, cert)),
    queryVerifyInfo: (db, cert) => once(`queryVerifyInfo:${JSON.stringify(cert)}`, () => client.queryVerifyInfo(db, cert)),
    sendSubscribeMessage: (db, message) => client.sendSubscribeMessage(db, message),
  };
}
