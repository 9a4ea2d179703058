// The compiled 托育 search page (dist/packages/nursery/index/index) in WeChat's runtime: the list
// from the search answer, a tap opening the detail page, the map view, and searching from the
// phone's own position after WeChat's privacy consent and location permission.
import type { NurseryListItem, NurserySearchResult } from '@domain/nursery/types';
import {
  answerApi,
  apiCalls,
  byClass,
  findByText,
  loadPage,
  renderPage,
  resetWx,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
  all,
} from './harness';

function item(n: number, patch: Partial<NurseryListItem> = {}): NurseryListItem {
  return {
    id: `n${n}`,
    name: `演示托育园${n}`,
    ownership: 'puhui',
    demonstration: false,
    kindergartenClass: false,
    township: 'pingyuan',
    address: `平原镇样例路${n}号`,
    location: { lat: 24.71 + n / 1000, lng: 97.94 },
    distanceM: 400 * n,
    classes: [{ kind: 'toddler', vacancies: 2 }],
    careFeeFromFen: 80000,
    careFeeToFen: 120000,
    ...patch,
  };
}

const result: NurserySearchResult = {
  origin: { lat: 24.71, lng: 97.94 },
  more: false,
  items: [
    item(1, {
      name: '平原镇示范托育中心（演示）',
      ownership: 'public',
      demonstration: true,
      classes: [
        { kind: 'toddler', vacancies: 2 },
        { kind: 'senior', vacancies: 0 },
      ],
    }),
    item(2),
    item(3, { distanceM: 2500 }),
  ],
};

/** WeChat's async API shape: success after a tick. */
function wxAsync(name: string, answer: object) {
  return jest.fn((options: any = {}) => {
    setTimeout(() => {
      options.success?.({ errMsg: `${name}:ok`, ...answer });
      options.complete?.({ errMsg: `${name}:ok`, ...answer });
    }, 0);
  });
}

let id: string;

beforeAll(async () => {
  storage.clear(); // signed out: searching needs no account
  // Taro takes WeChat's API names when taro.js first runs: add the location ones before that.
  Object.assign(wx, {
    getSetting: wxAsync('getSetting', { authSetting: {} }),
    openSetting: wxAsync('openSetting', { authSetting: { 'scope.userLocation': true } }),
    getLocation: wxAsync('getLocation', { latitude: 24.64, longitude: 97.97, accuracy: 30 }),
  });
  id = await loadPage('packages/nursery/index/index');
});

beforeEach(() => {
  answerApi({ 'nursery.search': result });
});

afterEach(() => {
  unmountAll();
  resetWx();
});

test('renders the results with distance, tags, vacancies and the fee range', async () => {
  const page = await renderPage(id);
  await waitFor(() => expect(byClass(page.root, 'nursery-card')).toHaveLength(3));
  const first = byClass(page.root, 'nursery-card')[0].textContent ?? '';
  expect(first).toContain('平原镇示范托育中心（演示）');
  expect(first).toContain('400米');
  expect(first).toContain('公办');
  expect(first).toContain('示范');
  expect(first).toContain('托小班 余2');
  expect(first).toContain('托大班 满员');
  expect(first).toContain('保育费 每月 800–1,200元');
  expect(byClass(page.root, 'nursery-card')[2].textContent).toContain('2.5公里');
  expect(apiCalls('nursery')[0]).toMatchObject({ action: 'search', input: { township: 'pingyuan' } });
});

test('a tap on a result opens its detail page', async () => {
  const page = await renderPage(id);
  await waitFor(() => findByText(page.root, '演示托育园2'));
  await tap(findByText(page.root, '演示托育园2'));
  expect(wx.navigateTo).toHaveBeenCalledTimes(1);
  expect(wx.navigateTo.mock.calls[0][0].url).toBe('/packages/nursery/detail/index?id=n2');
});

test('the map view puts the loaded results on a WeChat map', async () => {
  const page = await renderPage(id);
  await waitFor(() => expect(byClass(page.root, 'nursery-card')).toHaveLength(3));
  expect(all(page.root, 'map')).toHaveLength(0);
  await tap(findByText(page.root, '地图'));
  await waitFor(() => expect(all(page.root, 'map')).toHaveLength(1));
  expect(page.text()).toContain('地图显示已加载的 3 家');
});

test('使用我的位置 asks WeChat for the position and searches from it', async () => {
  const page = await renderPage(id);
  await waitFor(() => expect(byClass(page.root, 'nursery-card')).toHaveLength(3));
  await tap(findByText(page.root, '或者 使用我的位置，按距离排序 ›'));
  await waitFor(() => expect(apiCalls('nursery').length).toBeGreaterThanOrEqual(2));
  expect(wx.requirePrivacyAuthorize).toHaveBeenCalled();
  expect(wx.getLocation).toHaveBeenCalledTimes(1);
  expect(wx.getLocation.mock.calls[0][0].type).toBe('wgs84');
  expect(apiCalls('nursery').at(-1)).toMatchObject({ action: 'search', input: { near: { lat: 24.64, lng: 97.97 } } });
  await waitFor(() => findByText(page.root, '改为按乡镇'));
});
