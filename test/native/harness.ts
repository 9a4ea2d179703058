/**
 * Native harness: runs Taro's compiled weapp output (dist/) in miniprogram-simulate, so a test
 * drives the same WXML templates, WXS and JS bundles that WeChat runs.
 *
 * Why each piece is here:
 * - `wx`: the bundles call WeChat's APIs through the global `wx`. miniprogram-simulate installs a
 *   stub `wx`; we add jest spies on top (storage backed by a Map, `request` answered by a per-test
 *   handler and recorded, toasts/modals/navigation recorded). Taro copies the API *names* from
 *   `wx` once when taro.js runs but looks each function up on the same object at call time, so the
 *   object is built once and never replaced: reset it with `resetWx()`.
 * - `require`: the bundles load each other with `require('./common')` etc., relative to the file,
 *   once per file (WeChat's module loader). We emulate that with `new Function` and a cache, so
 *   jest neither transforms nor re-registers the minified output. miniprogram-simulate loads the
 *   page/component entry files through `utils.runJs`; we route that through the same loader.
 * - `App` / `getApp`: app.js calls `App(config)`. We keep the config as the app instance and call
 *   its `onLaunch` once, before any page: Taro's `onLaunch` renders the React root, and pages are
 *   mounted into it (asynchronously, hence the short wait after launch).
 * - `Page`: miniprogram-simulate only knows `Component`. A page becomes a component whose methods
 *   are the page's functions (`onLoad`, `onShow`, `eh` — Taro's one event handler — ...) and
 *   whose `attached` sets `route` and runs `onLoad(query)` then `onShow()`, like WeChat opening it.
 * - Replaying `Component`/`Page`: webpack runs a module once, so a file required again (comp.js is
 *   part of every page) would not register itself again. We record each file's registration and
 *   replay it, so several pages can be loaded in one test file (still: one `loadPage` per path).
 * - `getCurrentPages`: taro.js reads it (and `getApp`) at start; it returns the attached pages.
 *
 * Limits: storage is read by the app's persisted stores when their module first runs, i.e. at the
 * first `loadPage` — seed storage before that (in `beforeAll`). Stores then keep their state
 * for the whole test file. Native components (picker, input, ...) are simulate's empty stubs: an
 * `input`/`change` event must be dispatched by the test (`input()`, `pickerChange()`).
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
/** The weapp build a test file loads: dist/ (HTTP transport) unless useBuild() picked another. */
let DIST = path.join(ROOT, 'dist');

/**
 * Loads another weapp build in this test file, e.g. 'dist-cloud' (built with TARO_APP_API=cloud by
 * `npm test`). Call before the first loadPage.
 */
export function useBuild(folder: string): void {
  if (launched) throw new Error('useBuild must come before the first loadPage');
  DIST = path.join(ROOT, folder);
}

// ---------------------------------------------------------------------------------------------
// wx

export interface WxRequest {
  url: string;
  method: string;
  data: any;
  header: Record<string, string>;
}
export type WxResponse = { statusCode?: number; data: unknown; header?: Record<string, string> };
export type RequestHandler = (req: WxRequest) => WxResponse | Promise<WxResponse>;

/** wx storage: values as WeChat returns them (the app stores strings). */
export const storage = new Map<string, unknown>();
/** Every wx.request made, in order. */
export const requests: WxRequest[] = [];
let requestHandler: RequestHandler = () => ({ statusCode: 404, data: '' });

/** Answers every following wx.request (until the next call or `resetWx`). */
export function onRequest(handler: RequestHandler): void {
  requestHandler = handler;
}

/**
 * Answers API calls by '<function>.<action>' with an ok envelope around the given data; any other
 * call gets a 500 'unexpected call' envelope, so a test notices a request it did not plan for.
 */
export function answerApi(routes: Record<string, unknown>): void {
  onRequest((req) => {
    const fn = req.url.split('/api/')[1];
    const key = `${fn}.${(req.data as { action?: string }).action}`;
    if (Object.prototype.hasOwnProperty.call(routes, key)) return { data: { ok: true, data: routes[key] } };
    return { statusCode: 500, data: { ok: false, error: { code: 'INTERNAL', message: 'unexpected call' } } };
  });
}

/** A stored session, as the app's persisted session store writes it. */
export function seedSession(userId?: string): void {
  storage.set('yj.session', JSON.stringify({ state: { token: 't', ...(userId ? { userId } : {}) }, version: 0 }));
}

/** The body of the API calls made so far to `/api/<fn>`, e.g. apiCalls('account') → [{action:'me',…}]. */
export function apiCalls(fn: string): any[] {
  return requests.filter((r) => r.url.endsWith(`/api/${fn}`)).map((r) => r.data);
}

let loginCodes: string[] = [];

export interface CloudCall {
  name: string;
  data: any;
}
export type CloudHandler = (call: CloudCall) => unknown | Promise<unknown>;
/** Every wx.cloud.callFunction made, in order. */
export const cloudCalls: CloudCall[] = [];
let cloudHandler: CloudHandler = () => {
  throw new Error('no cloud function handler set in the test');
};

/** Answers every following wx.cloud.callFunction with `{ result: handler(call) }`. */
export function onCloudCall(handler: CloudHandler): void {
  cloudHandler = handler;
}

/**
 * wx.cloud as the weapp uses it: init, and callFunction in its promise form (or with callbacks).
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
 */
function createCloudMock() {
  return {
    init: jest.fn(),
    callFunction: jest.fn((options: any) => {
      const call: CloudCall = { name: options.name, data: options.data };
      cloudCalls.push(call);
      const answer = Promise.resolve()
        .then(() => cloudHandler(call))
        .then((result) => ({ errMsg: 'cloud.callFunction:ok', result, requestID: `req-${cloudCalls.length}` }));
      answer.then(
        (res) => {
          options.success?.(res);
          options.complete?.(res);
        },
        (error) => {
          const res = { errMsg: `cloud.callFunction:fail ${String(error)}` };
          options.fail?.(res);
          options.complete?.(res);
        },
      );
      return options.success || options.fail ? undefined : answer;
    }),
  };
}

/**
 * What wx.login hands out next (one code per call, like WeChat). With none queued, wx.login fails,
 * so the app's silent sign-in on launch does nothing and tests see no request they did not plan.
 */
export function queueLoginCodes(...codes: string[]): void {
  loginCodes.push(...codes);
}

/** An async wx API that succeeds (after a tick, like WeChat) with `result(options)`. */
function asyncApi(name: string, result: (options: any) => object = () => ({})) {
  return jest.fn((options: any = {}) => {
    const res = { errMsg: `${name}:ok`, ...result(options) };
    setTimeout(() => {
      options.success?.(res);
      options.complete?.(res);
    }, 0);
  });
}

function createWxMocks() {
  return {
    getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
    removeStorageSync: jest.fn((key: string) => void storage.delete(key)),
    clearStorageSync: jest.fn(() => storage.clear()),
    request: jest.fn((options: any) => {
      const req: WxRequest = { url: options.url, method: options.method ?? 'GET', data: options.data, header: options.header ?? {} };
      requests.push(req);
      Promise.resolve()
        .then(() => requestHandler(req))
        .then(
          (res) => {
            const answer = { errMsg: 'request:ok', statusCode: res.statusCode ?? 200, header: res.header ?? {}, data: res.data };
            options.success?.(answer);
            options.complete?.(answer);
          },
          (error) => {
            const answer = { errMsg: `request:fail ${String(error)}` };
            options.fail?.(answer);
            options.complete?.(answer);
          },
        );
      return { abort: jest.fn(), onHeadersReceived: jest.fn(), offHeadersReceived: jest.fn() };
    }),
    login: jest.fn((options: any = {}) => {
      const code = loginCodes.shift();
      setTimeout(() => {
        const res = code ? { errMsg: 'login:ok', code } : { errMsg: 'login:fail no code queued in the test' };
        if (code) options.success?.(res);
        else options.fail?.(res);
        options.complete?.(res);
      }, 0);
    }),
    showToast: asyncApi('showToast'),
    hideToast: asyncApi('hideToast'),
    showLoading: asyncApi('showLoading'),
    hideLoading: asyncApi('hideLoading'),
    showModal: asyncApi('showModal', () => ({ confirm: true, cancel: false })),
    navigateTo: asyncApi('navigateTo'),
    redirectTo: asyncApi('redirectTo'),
    reLaunch: asyncApi('reLaunch'),
    switchTab: asyncApi('switchTab'),
    navigateBack: asyncApi('navigateBack'),
    pageScrollTo: asyncApi('pageScrollTo'),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle'),
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize'),
    onNeedPrivacyAuthorization: jest.fn(),
    cloud: createCloudMock(),
  };
}

export type WxMock = ReturnType<typeof createWxMocks>;
// miniprogram-simulate installs its stub `wx` when first required; ours goes on top of it.
const simulate = require('miniprogram-simulate');
const simulateUtils = require('miniprogram-simulate/src/utils');
const exparser = require('miniprogram-exparser');

const g = globalThis as any;
export const wx: WxMock & Record<string, any> = Object.assign(g.wx, createWxMocks());

/** Forgets recorded calls and requests and the request handler; keeps storage (see `storage`). */
export function resetWx(): void {
  requests.length = 0;
  cloudCalls.length = 0;
  loginCodes = [];
  requestHandler = () => ({ statusCode: 404, data: '' });
  cloudHandler = () => {
    throw new Error('no cloud function handler set in the test');
  };
  for (const value of [...Object.values(wx), ...Object.values(wx.cloud)]) if (jest.isMockFunction(value)) value.mockClear();
}

// ---------------------------------------------------------------------------------------------
// WeChat's module loader, App, getApp, Page, getCurrentPages

const modules = new Map<string, { exports: any }>();
const registrations = new Map<string, Array<() => void>>();
let runningFile: string | null = null;

function wxRequire(file: string): any {
  const abs = file.endsWith('.js') ? file : `${file}.js`;
  const cached = modules.get(abs);
  if (cached) return cached.exports;
  const module = { exports: {} };
  modules.set(abs, module);
  const outer = runningFile;
  runningFile = abs;
  try {
    new Function('require', 'module', 'exports', fs.readFileSync(abs, 'utf8'))(
      (rel: string) => wxRequire(path.resolve(path.dirname(abs), rel)),
      module,
      module.exports,
    );
  } finally {
    runningFile = outer;
  }
  return module.exports;
}

/** Records a registration made while `runningFile` runs, so it can be replayed. */
function recorded(register: (options: any) => void) {
  return (options: any) => {
    if (runningFile) {
      const list = registrations.get(runningFile) ?? [];
      list.push(() => register(options));
      registrations.set(runningFile, list);
    }
    register(options);
  };
}

simulateUtils.runJs = (entry: string) => {
  const abs = `${entry}.js`;
  if (modules.has(abs)) (registrations.get(abs) ?? []).forEach((replay) => replay());
  else wxRequire(abs);
};

const simulateComponent = g.Component;
g.Component = recorded((options) => simulateComponent(options));

let app: any = null;
const pages: any[] = [];
let loadingRoute = '';
let nextQuery: Record<string, string> = {};

g.App = (options: any) => {
  app = options;
};
g.getApp = () => app;
g.getCurrentPages = () => [...pages];
g.Page = recorded((options: any) => {
  const route = loadingRoute;
  const methods: Record<string, (...args: any[]) => any> = {};
  for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value as any;
  simulateComponent({
    data: options.data ?? {},
    methods,
    lifetimes: {
      attached(this: any) {
        this.route = this.__route__ = route;
        this.options = nextQuery;
        pages.push(this);
        this.onLoad(nextQuery);
        this.onShow();
      },
      detached(this: any) {
        pages.splice(pages.indexOf(this), 1);
        this.onUnload(); // WeChat unloads a closed page without hiding it first
      },
    },
  });
});

let launched: Promise<void> | null = null;

/** Requires dist/app.js and runs its onLaunch, once per test file; then lets Taro mount its root. */
export function launchApp(): Promise<void> {
  if (!launched) {
    if (!fs.existsSync(path.join(DIST, 'app.js')))
      throw new Error(`${DIST}/app.js is missing: run \`npm test\` once, or \`npx taro build --type weapp --mode development\` for dist/`);
    wxRequire(path.join(DIST, 'app.js'));
    if (!app) throw new Error('dist/app.js did not call App()');
    app.onLaunch?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 });
    app.onShow?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 });
    launched = sleep(50);
  }
  return launched;
}

const loaded = new Map<string, string>();

/** Loads the page at `route` (e.g. 'pages/home/index') once per test file; returns its id. */
export async function loadPage(route: string): Promise<string> {
  await launchApp();
  const known = loaded.get(route);
  if (known) return known;
  loadingRoute = route;
  const id = simulate.load(path.join(DIST, route), { rootPath: DIST });
  loaded.set(route, id);
  return id;
}

export interface RenderedPage {
  comp: any;
  root: HTMLElement;
  text: () => string;
  unmount: () => void;
}

const mounted: RenderedPage[] = [];

/**
 * Opens a fresh instance of a loaded page, as WeChat would for `route?query` (Taro's useRouter().params
 * gets `query`), and waits until Taro has rendered something into it.
 */
export async function renderPage(id: string, query: Record<string, string> = {}): Promise<RenderedPage> {
  nextQuery = query;
  const comp = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  comp.attach(parent);
  const page: RenderedPage = {
    comp,
    root: comp.dom,
    text: () => normalize(comp.dom.textContent),
    unmount: () => {
      comp.detach();
      parent.remove();
    },
  };
  mounted.push(page);
  await waitFor(() => page.text().length > 0);
  return page;
}

/** Detaches every page opened by renderPage (call in afterEach). */
export function unmountAll(): void {
  while (mounted.length) mounted.pop()!.unmount();
}

// ---------------------------------------------------------------------------------------------
// queries and events

export function sleep(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function normalize(s: string | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Retries `fn` until it stops throwing (or returns non-false), or rethrows after `timeout` ms. */
export async function waitFor<T>(fn: () => T, { timeout = 2000, interval = 10 } = {}): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      const result = fn();
      if ((result as unknown) !== false) return result;
      throw new Error('waitFor: condition returned false');
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
    }
    await sleep(interval);
  }
}

function elements(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

/**
 * Elements whose text matches, innermost first. A string matches the whole (whitespace-normalized)
 * text, or a part of it with `{ exact: false }`; a RegExp is tested against the text.
 */
export function queryAllByText(root: Element, text: string | RegExp, { exact = true } = {}): Element[] {
  const matches = (el: Element) => {
    const t = normalize(el.textContent);
    if (typeof text !== 'string') return text.test(t);
    return exact ? t === text : t.includes(text);
  };
  const hits = elements(root).filter(matches);
  // keep the innermost: drop an element when one of its descendants matched too
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}

/** The innermost element whose text matches (see queryAllByText); throws, showing the page text, if none. */
export function findByText(root: Element, text: string | RegExp, options: { exact?: boolean } = {}): Element {
  const [hit] = queryAllByText(root, text, options);
  if (!hit) throw new Error(`No element with text ${JSON.stringify(String(text))} in: ${normalize(root.textContent).slice(0, 600)}`);
  return hit;
}

/**
 * Elements with a class from the source (e.g. 'field-error'). miniprogram-simulate prefixes classes
 * with the component's tag name ('main--field-error', 'comp--field-error'), so match on the suffix.
 */
export function byClass(root: Element, className: string): Element[] {
  return elements(root).filter((el) => Array.from(el.classList).some((c) => c === className || c.endsWith(`--${className}`)));
}

/** The nearest element, from `node` up, of the given WeChat tag (e.g. 'button', 'input'). */
export function closest(node: Element, tag: string): Element {
  const el = node.closest(`wx-${tag}`);
  if (!el) throw new Error(`No <${tag}> around ${node.outerHTML.slice(0, 200)}`);
  return el;
}

/** Elements of a WeChat tag, e.g. all(page.root, 'input'). */
export function all(root: Element, tag: string): Element[] {
  return Array.from(root.querySelectorAll(`wx-${tag}`));
}

/** A WXML attribute as the template set it, e.g. attr(input, 'value'), attr(picker, 'range'). */
export function attr(node: Element, name: string): unknown {
  const vt = (node as any).__wxElement?._vt;
  if (!vt) throw new Error(`Not a rendered WeChat node: ${node.outerHTML.slice(0, 200)}`);
  return vt.attrs.find((a: { name: string }) => a.name === name)?.value;
}

/** Fires a WeChat event on the element (bubbling through exparser like WeChat's), then lets React settle. */
export async function fire(node: Element, type: string, detail: Record<string, unknown> = {}): Promise<void> {
  const target = (node as any).__wxElement;
  if (!target) throw new Error(`Not a rendered WeChat node: ${node.outerHTML.slice(0, 200)}`);
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(type, detail, {
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: [], changedTouches: [] },
    }),
  );
  await sleep(20);
}

/** A tap on the element (e.g. findByText(page.root, '登录')). */
export function tap(node: Element): Promise<void> {
  return fire(node, 'tap', { x: 0, y: 0 });
}

/** Typing into an <input>: WeChat's `input` event with detail.value. */
export function input(node: Element, value: string): Promise<void> {
  const el = node.tagName.toLowerCase() === 'wx-input' ? node : closest(node, 'input');
  return fire(el, 'input', { value, cursor: value.length, keyCode: 0 });
}

/** Choosing in a <picker>: WeChat's `change` event with detail.value (an index for mode=selector). */
export function pickerChange(node: Element, value: string | number): Promise<void> {
  const el = node.tagName.toLowerCase() === 'wx-picker' ? node : closest(node, 'picker');
  return fire(el, 'change', { value });
}

/** The form field whose label starts with `label` (e.g. '申请人手机号码'). */
export function fieldByLabel(page: RenderedPage, label: string): Element {
  const hit = byClass(page.root, 'field').find((f) => byClass(f, 'field-label')[0]?.textContent?.startsWith(label));
  if (!hit) throw new Error(`No field ${label} in: ${page.text()}`);
  return hit;
}

/** The error shown under that field, or null. */
export function fieldError(page: RenderedPage, label: string): string | null {
  return byClass(fieldByLabel(page, label), 'field-error')[0]?.textContent ?? null;
}
