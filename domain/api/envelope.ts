// The one wire format between the mini-program and every cloud function,
// whether the call travels through wx.cloud.callFunction or POST /api/<function>.

export type ErrorCode =
  | 'INVALID_INPUT' // a field is wrong: `fields` names each one
  | 'UNAUTHENTICATED' // no session, or it expired
  | 'NOT_VERIFIED' // the caller has not passed the real-name check
  | 'FORBIDDEN' // the caller's role may not do this, or the record is not theirs
  | 'NOT_FOUND'
  | 'CONFLICT' // the record changed state (e.g. already cancelled)
  | 'UNKNOWN_ACTION'
  | 'RATE_LIMITED' // too many calls or uploads in a window: HTTP 429, the message says when to retry
  | 'UNAVAILABLE' // the server is overloaded (HTTP 503) or an outside service (WeChat) is busy or refused us; the message says what to do
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  /** A sentence in Chinese a user can read. */
  message: string;
  /** Field path (e.g. `spouse.idNumber`, `existingChildren.0.birthDate`) → Chinese message naming the field. */
  fields?: Record<string, string>;
}

export interface ApiRequest<I = unknown> {
  action: string;
  input: I;
  /** Same key on a retry or a double tap: the server answers with the first result instead of writing again. */
  idempotencyKey?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };
