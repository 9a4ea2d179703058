import Taro from '@tarojs/taro';
import type { FieldErrors } from '@domain/validation';
import { ApiCallError } from '@/services/apiError';
import { goSignIn, goVerify } from '@/services/signInRoute';

export interface ShowErrorOptions {
  /**
   * 'inline': the form shows every field error where it is and nothing covers it — no toast; the page
   * scrolls the first one into view instead (a clerk's form, where a toast sat on the message).
   */
  fieldErrors?: 'toast' | 'inline';
}

/**
 * The one way a page shows a failed call. Field errors are returned for the form to show under
 * each field (with the first one in a toast, unless `fieldErrors: 'inline'`); everything else is
 * said in a modal.
 */
export function showError(error: unknown, options: ShowErrorOptions = {}): FieldErrors {
  if (!(error instanceof ApiCallError)) {
    void Taro.showModal({ title: '出错了', content: '系统繁忙，请稍后再试', showCancel: false });
    return {};
  }
  if (error.code === 'INVALID_INPUT' && Object.keys(error.fields).length > 0) {
    if (options.fieldErrors === 'inline') {
      // After the form has rendered the messages.
      setTimeout(() => void Taro.pageScrollTo({ selector: '.field-error', duration: 200 }).catch(() => undefined), 50);
      return error.fields;
    }
    const first = Object.values(error.fields)[0];
    void Taro.showToast({ title: first, icon: 'none', duration: 3000 });
    return error.fields;
  }
  if (error.code === 'UNAUTHENTICATED') {
    // Back to this page once signed in again.
    goSignIn({ reason: '登录已过期，请重新登录后继续' });
    return {};
  }
  if (error.code === 'NOT_VERIFIED') {
    void Taro.showModal({ title: '需要实名认证', content: error.message, confirmText: '去认证' }).then((res) => {
      if (res.confirm) goVerify();
    });
    return {};
  }
  void Taro.showModal({ title: '未能完成', content: error.message, showCancel: false });
  return {};
}

export function showSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success' });
}
