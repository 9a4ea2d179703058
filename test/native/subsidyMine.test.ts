// The compiled 我的补贴 page (dist/packages/subsidy/index/index): a second child born in 2025, the
// engine run on the device over the server's facts, the payments year by year and the apply button.
import { evaluateChild } from '@domain/subsidy/engine';
import { formatYuan } from '@domain/money';
import { claimableNow, FACTS, NOW, overview, PAID, REVIEWING, TODAY } from '../components/subsidyFixtures';
import {
  answerApi,
  apiCalls,
  byClass,
  closest,
  findByText,
  loadPage,
  renderPage,
  resetWx,
  seedSession,
  storage,
  tap,
  unmountAll,
  waitFor,
  wx,
  type RenderedPage,
} from './harness';

let id: string;

beforeAll(async () => {
  // Only the clock is fixed, so the engine's answer is the same every day the test runs.
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'performance'],
  });
  storage.clear();
  seedSession();
  id = await loadPage('packages/subsidy/index/index');
});

afterAll(() => jest.useRealTimers());

afterEach(() => {
  unmountAll();
  resetWx();
});

async function open(): Promise<RenderedPage> {
  const page = await renderPage(id);
  await waitFor(() => findByText(page.root, '样例·小禾'));
  return page;
}

/** Each payment row as 'rule name | amount | state'. */
function rows(page: RenderedPage): string[] {
  return byClass(page.root, 'pay-line').map((line) => {
    const text = (cls: string) => byClass(line, cls)[0]?.textContent?.trim();
    return `${text('pay-line-name')} | ${text('pay-line-amount')} | ${byClass(line, 'status-tag')[0]?.textContent?.trim()}`;
  });
}

test('renders the payments table year by year, what does not apply, and the apply button', async () => {
  answerApi({ 'subsidy.overview': overview() });
  const page = await open();
  expect(apiCalls('subsidy')).toEqual([{ action: 'overview', input: {} }]);

  // one row per payment the engine lists, in time order
  const table = rows(page);
  expect(table).toHaveLength(evaluateChild(FACTS, TODAY).entitlements.length);
  expect(table[0]).toBe('县一次性生育补贴 | 2,000元 | 可申领');
  expect(table).toEqual(
    expect.arrayContaining([
      '国家育儿补贴 | 3,000元 | 可申领', // 2025: 10 months
      '国家育儿补贴 | 3,600元 | 可申领', // 2026
      '国家育儿补贴 | 3,600元 | 未到申领时间', // 2027
      '国家育儿补贴 | 600元 | 未到申领时间', // 2028: until the 3rd birthday
    ]),
  );
  expect(byClass(page.root, 'pay-year-title').map((y) => y.textContent)).toEqual(['2025年', '2026年', '2027年', '2028年']);
  expect(page.text()).toContain('截止 2026年12月31日');
  expect(page.text()).toContain('2025年3月出生的二孩，户口登记在盈江县');
  expect(page.text()).toContain('不适用的补贴（1项）');

  // The accident-insurance 参保补贴 is claimed on the apply page, against the policy bought.
  const owed = claimableNow([], { withoutPolicy: true });
  const button = closest(
    findByText(page.root, `申领 ${owed.count} 项，共 ${formatYuan(owed.fen)}（意外伤害险参保补贴需在申领页填写已购买的保单）`),
    'button',
  );
  await tap(button);
  await waitFor(() => expect(wx.navigateTo).toHaveBeenCalledTimes(1));
  expect(wx.navigateTo.mock.calls[0][0].url).toBe('/packages/subsidy/apply/index?childId=k2');
});

test('shows paid and pending claims, and one-tap renewal to the last account', async () => {
  answerApi({ 'subsidy.overview': overview({ applications: [REVIEWING, PAID], previousAccount: PAID.account }) });
  const page = await open();
  const totals = byClass(page.root, 'pay-total-amount').map((t) => t.textContent);
  expect(totals).toEqual([formatYuan(claimableNow([PAID, REVIEWING]).fen), '2,000元', '50元']);
  expect(rows(page).slice(0, 2)).toEqual(['县一次性生育补贴 | 2,000元 | 审核中', '意外伤害险参保补贴 | 50元 | 已发放']);
  expect(page.text()).toContain('2025年12月15日发放');
  expect(findByText(page.root, '使用尾号1234的账户一键申领').closest('wx-button')).toBeTruthy();
});
