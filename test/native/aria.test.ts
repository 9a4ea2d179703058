// The compiled weapp carries WeChat's aria-role / aria-label on its controls (issue 19), so TalkBack
// and VoiceOver read a role and a name: cards and chips are views with a role, switches and fields
// have names. Taro's templates drop unknown attributes; config/ariaPlugin.ts lets these through.
// (miniprogram-simulate lists a WXML attribute under its camelCase name: aria-role → ariaRole.)
import type { NurserySearchResult } from '@domain/nursery/types';
import { all, answerApi, attr, byClass, findByText, loadPage, renderPage, resetWx, storage, unmountAll, waitFor } from './harness';

const empty: NurserySearchResult = { origin: { lat: 24.71, lng: 97.94 }, more: false, items: [] };

let home: string;
let me: string;
let nursery: string;

beforeAll(async () => {
  storage.clear(); // signed out
  home = await loadPage('pages/home/index');
  me = await loadPage('pages/me/index');
  nursery = await loadPage('packages/nursery/index/index');
});

afterEach(() => {
  unmountAll();
  resetWx();
});

test('home: every service card is a view with the button role', async () => {
  const page = await renderPage(home);
  const cards = byClass(page.root, 'home-service');
  expect(cards.length).toBeGreaterThan(3);
  for (const card of cards) {
    expect(card.tagName).toBe('WX-VIEW');
    expect(attr(card, 'ariaRole')).toBe('button');
  }
});

test('me: the elder-mode switch has its name', async () => {
  const page = await renderPage(me);
  const switches = all(page.root, 'switch');
  expect(switches.map((s) => attr(s, 'ariaLabel'))).toContain('长辈模式');
});

test('nursery search: filter chips say checkbox and whether they are on; fields are named', async () => {
  answerApi({ 'nursery.search': empty });
  const page = await renderPage(nursery);
  const chip = await waitFor(() => findByText(page.root, '只看普惠'));
  const view = chip.closest('wx-view')!;
  expect(attr(view, 'ariaRole')).toBe('checkbox');
  expect(String(attr(view, 'ariaChecked'))).toBe('false');
  const input = all(page.root, 'input')[0];
  expect(attr(input, 'ariaLabel')).toBe('孩子月龄');
  const picker = all(page.root, 'picker')[0];
  expect(String(attr(picker, 'ariaLabel'))).toMatch(/乡镇|出发/);
});
