import Taro from '@tarojs/taro';
import type { ApiRequest, ApiResult } from '@domain/api/envelope';
import type { ActionName, FunctionName, InputOf, OutputOf } from '@domain/api/contract';
import { useSession } from '@/stores/session';
import { ApiCallError, NETWORK_MESSAGE } from './apiError';
import { openImage } from './openImage';

// The one way the mini-program reaches the backend. wx.cloud.callFunction when built with
// TARO_APP_API=cloud (WeChat supplies the caller's OPENID); HTTP to the gateway otherwise.
// H5 always uses HTTP: Taro.cloud does not exist there.
const useCloud = process.env.TARO_ENV === 'weapp' && process.env.TARO_APP_API === 'cloud';

/** With the cloud transport WeChat identifies the caller, so there is no separate sign-in. */
export const signInNeeded = !useCloud;

/**
 * weapp over HTTP: the app signs in with WeChat (wx.login → account.signIn, the server exchanges
 * the code) silently on launch and again whenever the server says the session has ended. h5 has no
 * wx.login: it keeps the dev login (development only).
 */
export const wechatSignIn = process.env.TARO_ENV === 'weapp' && !useCloud;

let cloudReady = false;
function ensureCloud() {
  if (cloudReady) return;
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true });
  cloudReady = true;
}

function apiBase(): string {
  // The h5 build is served by the gateway itself, so a relative URL always points at it.
  if (process.env.TARO_ENV === 'h5') return '';
  return process.env.TARO_APP_API_BASE || '';
}

/** The backend's answer if it has the envelope's shape (HTTP, cloud function or upload alike). */
function envelope<T>(answer: unknown, status?: number): ApiResult<T> {
  if (answer && typeof answer === 'object' && 'ok' in answer) return answer as ApiResult<T>;
  return { ok: false, error: { code: 'INTERNAL', message: `服务暂时不可用${status ? `（${status}）` : ''}，请稍后再试` } };
}

async function send<T>(fn: string, request: ApiRequest): Promise<ApiResult<T>> {
  if (useCloud) {
    ensureCloud();
    const res = await Taro.cloud.callFunction({ name: fn, data: request as unknown as Record<string, unknown> });
    return envelope<T>(res.result);
  }
  const token = useSession.getState().token;
  const res = await Taro.request<ApiResult<T>>({
    url: `${apiBase()}/api/${fn}`,
    method: 'POST',
    data: request,
    header: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    timeout: 15000,
  });
  return envelope<T>(res.data, res.statusCode);
}

let signingIn: Promise<boolean> | null = null;

/**
 * WeChat sign-in without a tap: wx.login's code goes to account.signIn; the token and the person
 * are kept. One at a time (a burst of expired calls shares one sign-in). False when it did not work
 * (not weapp, no network, WeChat refused): the caller then shows the sign-in page.
 */
export function silentSignIn(): Promise<boolean> {
  if (!wechatSignIn) return Promise.resolve(false);
  signingIn ??= (async () => {
    try {
      const { code } = await Taro.login();
      if (!code) return false;
      const result = await send<OutputOf<'account', 'signIn'>>('account', { action: 'signIn', input: { code } });
      if (!result.ok || !result.data.token) return false;
      useSession.getState().setToken(result.data.token);
      useSession.getState().setMe(result.data.me);
      return true;
    } catch {
      return false;
    } finally {
      signingIn = null;
    }
  })();
  return signingIn;
}

async function callOnce<T>(fn: string, request: ApiRequest): Promise<ApiResult<T>> {
  try {
    return await send<T>(fn, request);
  } catch {
    throw new ApiCallError({ code: 'NETWORK', message: NETWORK_MESSAGE });
  }
}

/**
 * Runs one exchange with the backend the same way for calls, uploads and downloads: when the
 * server says the session has ended (idle, too old, signed out elsewhere) it signs in again and
 * retries once (WeChat sign-in); a call that went out with an old token while another call already
 * signed in again just retries. The session is forgotten only if it is still the one refused.
 */
async function withSession<T>(exchange: () => Promise<ApiResult<T>>, retry = true): Promise<T> {
  let sentWith = useSession.getState().token;
  let result = await exchange();
  if (!result.ok && result.error.code === 'UNAUTHENTICATED' && wechatSignIn && retry) {
    const current = useSession.getState().token;
    if (current === null || current === sentWith) {
      useSession.getState().expire();
      if (await silentSignIn()) {
        sentWith = useSession.getState().token;
        result = await exchange();
      }
    } else {
      sentWith = current;
      result = await exchange();
    }
  }
  if (result.ok) return result.data;
  if (result.error.code === 'UNAUTHENTICATED' && useSession.getState().token === sentWith) useSession.getState().expire();
  throw new ApiCallError(result.error);
}

export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  options: { idempotencyKey?: string } = {},
): Promise<OutputOf<F, A>> {
  const request: ApiRequest = { action, input, idempotencyKey: options.idempotencyKey };
  return withSession(() => callOnce<OutputOf<F, A>>(fn, request), !(fn === 'account' && action === 'signOut'));
}

/** Sign-out: the server ends the session (the token stops working everywhere), then the device forgets. */
export async function signOut(): Promise<void> {
  if (signInNeeded && useSession.getState().token) {
    try {
      await send('account', { action: 'signOut', input: {} });
    } catch {
      // Offline: the session still ends on the server by its idle limit; the device forgets it now.
    }
  }
  useSession.getState().signOut();
}

/** A fresh key for one submission; kept in the form's draft so retries reuse it. */
export function newIdempotencyKey(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface UploadResult {
  fileId: string;
  size: number;
  mime: string;
}

/**
 * Uploads one file to POST /api/files with progress (0–100). Same session and error shape as
 * `call`; a failed upload can simply be started again.
 */
export async function upload(filePath: string, kind: string, onProgress: (percent: number) => void): Promise<UploadResult> {
  if (useCloud) return uploadToCloud(filePath, kind, onProgress);
  return withSession(async () => {
    const token = useSession.getState().token;
    let res: Taro.uploadFile.SuccessCallbackResult;
    try {
      const task = Taro.uploadFile({
        url: `${apiBase()}/api/files`,
        filePath,
        name: 'file',
        formData: { kind },
        header: token ? { Authorization: `Bearer ${token}` } : {},
      });
      task.progress((p) => onProgress(p.progress));
      res = await task;
    } catch {
      throw new ApiCallError({ code: 'NETWORK', message: '上传失败，请检查网络后重试' });
    }
    try {
      return envelope<UploadResult>(JSON.parse(res.data), res.statusCode);
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `上传失败（${res.statusCode}），请重试` } };
    }
  });
}

/**
 * Opens a file the backend serves behind the session (e.g. an uploaded 户口簿 photo): downloads it
 * with the session header, then shows it: WeChat's own viewer in the weapp, an accessible dialog in h5
 * (openImage.ts). `name` says what the file is, for the dialog and screen readers.
 */
export async function openFile(path: string, name?: string): Promise<void> {
  if (useCloud) return openFromCloud(decodeURIComponent(path.replace(/^\/api\/files\//, '')), name);
  const tempFilePath = await withSession<string>(async () => {
    const token = useSession.getState().token;
    let res: Taro.downloadFile.FileSuccessCallbackResult;
    try {
      res = await Taro.downloadFile({ url: `${apiBase()}${path}`, header: token ? { Authorization: `Bearer ${token}` } : {} });
    } catch {
      throw new ApiCallError({ code: 'NETWORK', message: NETWORK_MESSAGE });
    }
    if (res.statusCode === 200) return { ok: true, data: res.tempFilePath };
    // The gateway answers a download with a status first (files.ts): 401 is an ended session.
    if (res.statusCode === 401) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } };
    return { ok: false, error: { code: 'NOT_FOUND', message: '文件不存在或无权查看' } };
  });
  await openImage(tempFilePath, name);
}

const EXT = /\.(jpg|jpeg|png|pdf)$/i;

/**
 * CloudBase mode: the file goes to cloud storage under incoming/ (a random, unguessable name), then
 * account.attachUpload takes it from there, checks it and keeps it sealed.
 */
async function uploadToCloud(filePath: string, kind: string, onProgress: (percent: number) => void): Promise<UploadResult> {
  ensureCloud();
  const ext = (EXT.exec(filePath)?.[1] ?? 'jpg').toLowerCase();
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}${Math.random().toString(36).slice(2, 12)}`;
  let fileID: string;
  try {
    const task = Taro.cloud.uploadFile({ cloudPath: `incoming/${name}.${ext}`, filePath });
    (task as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void }).onProgressUpdate?.((p) =>
      onProgress(p.progress),
    );
    fileID = (await task).fileID;
  } catch {
    throw new ApiCallError({ code: 'NETWORK', message: '上传失败，请检查网络后重试' });
  }
  return call('account', 'attachUpload', { kind, cloudFileId: fileID });
}

/** CloudBase mode: a temporary link from account.openUpload, shown with WeChat's viewer. */
async function openFromCloud(fileId: string, name?: string): Promise<void> {
  const { url, mime } = await call('account', 'openUpload', { fileId });
  let res: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    res = await Taro.downloadFile({ url });
  } catch {
    throw new ApiCallError({ code: 'NETWORK', message: NETWORK_MESSAGE });
  }
  if (mime === 'application/pdf') await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf' });
  else await openImage(res.tempFilePath, name);
}
