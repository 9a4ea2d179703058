// Every failure a caller may see is an AppError: a code from the contract and a Chinese sentence.
// Anything else thrown inside a handler is a bug and leaves the server as INTERNAL.
import type { ApiError, ErrorCode } from '../../domain/api/envelope';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** `fields` maps a path such as `spouse.idNumber` to a message naming the field. */
export function invalidInput(fields: Record<string, string>, message?: string): AppError {
  const first = Object.values(fields)[0];
  return new AppError('INVALID_INPUT', message ?? first ?? '填写的内容有误，请检查后重试', fields);
}

export function forbidden(message = '您没有权限进行此操作'): AppError {
  return new AppError('FORBIDDEN', message);
}

export function notFound(message = '未找到相关记录'): AppError {
  return new AppError('NOT_FOUND', message);
}

export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

export function unauthenticated(message = '请先登录'): AppError {
  return new AppError('UNAUTHENTICATED', message);
}

export function notVerified(message = '请先完成实名认证'): AppError {
  return new AppError('NOT_VERIFIED', message);
}

export function unknownAction(): AppError {
  return new AppError('UNKNOWN_ACTION', '未知的操作');
}

export function rateLimited(message: string): AppError {
  return new AppError('RATE_LIMITED', message);
}

export const OVERLOADED_MESSAGE = '系统繁忙，请稍后再试';

export const INTERNAL_MESSAGE = '系统繁忙，请稍后再试';
