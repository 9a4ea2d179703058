// The slice of @tarojs/taro the pages use, for component tests. Storage is a Map (so persisted
// stores can be seeded and inspected), `request` answers from a per-test handler (so the real
// service and transport code runs), and navigation calls are recorded.
import { useEffect, useRef } from 'react';

type Handler = (fn: string, body: { action: string; input: unknown; idempotencyKey?: string }) => unknown;

const storage = new Map<string, unknown>();
let handler: Handler = () => ({ ok: false, error: { code: 'INTERNAL', message: '测试未设置接口应答' } });
let routerParams: Record<string, string> = {};
/** How many pages the stack holds (getCurrentPages): 1 = opened directly. */
let pageDepth = 1;

export function setPageDepth(depth: number) {
  pageDepth = depth;
}

export const calls = {
  request: [] as { fn: string; body: { action: string; input: unknown; idempotencyKey?: string } }[],
  navigateTo: [] as string[],
  redirectTo: [] as string[],
  switchTab: [] as string[],
  navigateBack: [] as number[],
  toast: [] as string[],
  modal: [] as string[],
  /** setTabBarBadge as 'index:text', removeTabBarBadge as 'index:'. */
  tabBarBadge: [] as string[],
  phoneCall: [] as string[],
};

export function setApiHandler(next: Handler) {
  handler = next;
}

/** What Taro.uploadFile / downloadFile answer (status and body), for the transport's own tests. */
export const fileAnswers = {
  upload: { statusCode: 200, data: '{"ok":true,"data":{"fileId":"f1","size":1,"mime":"image/jpeg"}}' },
  download: { statusCode: 200, tempFilePath: '/tmp/f1.jpg' },
};

export function setRouterParams(params: Record<string, string>) {
  routerParams = params;
}

export function seedStorage(key: string, value: unknown) {
  storage.set(key, typeof value === 'string' ? value : JSON.stringify(value));
}

export function readStorage(key: string): unknown {
  const raw = storage.get(key);
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

export function resetTaroMock() {
  storage.clear();
  routerParams = {};
  pageDepth = 1;
  for (const list of Object.values(calls)) list.length = 0;
  pullDown.stopped = 0;
}

const Taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  request: async (options: { url: string; data: { action: string; input: unknown; idempotencyKey?: string } }) => {
    const fn = options.url.split('/api/')[1];
    calls.request.push({ fn, body: options.data });
    return { statusCode: 200, data: await handler(fn, options.data) };
  },
  uploadFile: (_options: unknown) => Object.assign(Promise.resolve({ ...fileAnswers.upload }), { progress: () => undefined }),
  downloadFile: async (_options: unknown) => ({ ...fileAnswers.download }),
  previewImage: async () => undefined,
  showToast: async (options: { title: string }) => void calls.toast.push(options.title),
  hideToast: async () => undefined,
  showModal: async (options: { content?: string; title?: string }) => {
    calls.modal.push(options.content ?? options.title ?? '');
    return { confirm: false, cancel: true };
  },
  navigateTo: async (options: { url: string }) => void calls.navigateTo.push(options.url),
  redirectTo: async (options: { url: string }) => void calls.redirectTo.push(options.url),
  switchTab: async (options: { url: string }) => void calls.switchTab.push(options.url),
  navigateBack: async (options: { delta?: number } = {}) => void calls.navigateBack.push(options.delta ?? 1),
  getCurrentPages: () => Array.from({ length: pageDepth }, () => ({})),
  stopPullDownRefresh: () => void (pullDown.stopped += 1),
  pageScrollTo: async () => undefined,
  setTabBarBadge: async (options: { index: number; text: string }) => void calls.tabBarBadge.push(`${options.index}:${options.text}`),
  removeTabBarBadge: async (options: { index: number }) => void calls.tabBarBadge.push(`${options.index}:`),
  makePhoneCall: async (options: { phoneNumber: string }) => void calls.phoneCall.push(options.phoneNumber),
};

export default Taro;

export function useRouter() {
  return { params: routerParams, path: '' };
}

/** A test page "shows" once, when it mounts. */
export function useDidShow(callback: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => callback(), []);
}

export function useLaunch(callback: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => callback(), []);
}

export const pullDown: { handlers: (() => void)[]; stopped: number } = { handlers: [], stopped: 0 };

/** Pull-down refresh: the test pulls with `pullDown.handlers.forEach((h) => h())`. */
export function usePullDownRefresh(callback: () => void) {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const onPull = () => latest.current();
    pullDown.handlers.push(onPull);
    return () => {
      pullDown.handlers = pullDown.handlers.filter((h) => h !== onPull);
    };
  }, []);
}
