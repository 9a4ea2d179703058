import type { ApiError, ErrorCode } from '@domain/api/envelope';

/** What every service call throws: the server's answer, or a network failure in the same shape. */
export class ApiCallError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly fields: Record<string, string>;

  constructor(error: ApiError | { code: 'NETWORK'; message: string }) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = ('fields' in error && error.fields) || {};
  }
}

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';
