import Taro from '@tarojs/taro';
import type { Me } from '@domain/api/contract';
import { pageUrl, pathOf, TAB_PAGES } from '@domain/routes';

// Sign-in keeps the task: a page that needs a signed-in (or verified) person sends them to the
// login page with why (shown there) and, when the task goes on elsewhere, where to go on to
// (`next`). After signing in (and 实名认证 if needed) the person lands on `next`, or back on the
// page they came from — which is still in the page stack with its state (e.g. the nursery filters).

export interface SignInTask {
  /** Shown on the login page, e.g. 「登录后继续预约参观」. */
  reason?: string;
  /** The page to open once signed in; without it the person goes back to where they were. */
  next?: string;
}

function withTask(page: '/packages/account/login/index' | '/packages/account/verify/index', task: SignInTask): string {
  return pageUrl(page, { reason: task.reason || undefined, next: task.next || undefined });
}

export function signInUrl(task: SignInTask = {}): string {
  return withTask('/packages/account/login/index', task);
}

export function goSignIn(task: SignInTask = {}): void {
  void Taro.navigateTo({ url: signInUrl(task) });
}

export function goVerify(task: SignInTask = {}): void {
  void Taro.navigateTo({ url: withTask('/packages/account/verify/index', task) });
}

/** Router params may arrive encoded (weapp) or already decoded (h5). */
function decoded(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return value.includes('%') ? decodeURIComponent(value) : value;
  } catch {
    return value;
  }
}

/** The task carried by the login / verify page's own parameters; `next` only within the app. */
export function taskFrom(params: Record<string, string | undefined>): SignInTask {
  const reason = decoded(params.reason);
  const next = decoded(params.next);
  return { ...(reason ? { reason } : {}), ...(next && next.startsWith('/') && !next.startsWith('//') ? { next } : {}) };
}

/** Once signed in: 实名认证 first when the person has not done it, then on with the task. */
export async function continueAfterSignIn(me: Me, task: SignInTask): Promise<void> {
  if (!me.verified) {
    await Taro.redirectTo({ url: withTask('/packages/account/verify/index', task) });
    return;
  }
  await continueTask(task);
}

/** Where the task goes on: `next`, else the page the person came from, else 首页. */
export async function continueTask(task: SignInTask): Promise<void> {
  if (task.next) {
    const path = pathOf(task.next);
    if ((TAB_PAGES as readonly string[]).includes(path)) await Taro.switchTab({ url: path });
    else await Taro.redirectTo({ url: task.next });
    return;
  }
  const stack = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages() : [];
  if (stack.length > 1) await Taro.navigateBack();
  else await Taro.switchTab({ url: pageUrl('/pages/home/index') });
}
