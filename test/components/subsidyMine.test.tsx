import { render, screen, waitFor, within } from '@testing-library/react';
import MySubsidiesPage from '@/packages/subsidy/index/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { tapButton } from './setup/interact';
import { formatYuan } from '@domain/money';
import { claimableNow, NOW, overview, PAID, REVIEWING } from './subsidyFixtures';

beforeAll(() => {
  // Only the clock is fixed: the engine runs on "today", the page's waits keep real timers.
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'performance',
    ],
  });
});
afterAll(() => jest.useRealTimers());

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
});

function total(name: 'claimable' | 'pending' | 'paid'): string {
  return document.querySelector(`[data-total="${name}"]`)?.textContent ?? '';
}

function lineEl(key: string): HTMLElement {
  const el = document.querySelector(`[data-line="${key}"]`) as HTMLElement | null;
  if (!el) throw new Error(`no line ${key}`);
  return el;
}

it('shows what a second child born in 2025 is owed, year by year, and why', async () => {
  setApiHandler(() => ({ ok: true, data: overview() }));
  render(<MySubsidiesPage />);
  expect(await screen.findByText('样例·小禾')).toBeTruthy();

  // county one-time 2000 + national 2025 (10 months, 3000) + national 2026 (3600) + the insurance years open today
  const owed = claimableNow();
  expect(owed.fen).toBeGreaterThanOrEqual(200000 + 300000 + 360000);
  expect(total('claimable')).toBe(`${formatYuan(owed.fen)}现在可申领`);
  expect(total('pending')).toBe('0元办理中');
  expect(total('paid')).toBe('0元已发放');
  // The 参保补贴 is paid against a policy named on the apply page: the button counts the rest and says so.
  const now = claimableNow([], { withoutPolicy: true });
  const applyText = `申领 ${now.count} 项，共 ${formatYuan(now.fen)}（意外伤害险参保补贴需在申领页填写已购买的保单）`;
  expect(screen.getByText(applyText)).toBeTruthy();

  const once = lineEl('county-birth-once:once');
  expect(once.getAttribute('data-state')).toBe('claimable');
  expect(within(once).getByText('2,000元')).toBeTruthy();
  expect(within(once).getByText('截止 2026年12月31日')).toBeTruthy();
  expect(within(once).getByText(/二孩，户口登记在盈江县/)).toBeTruthy();

  expect(within(lineEl('national-childcare:2025')).getByText('3,000元')).toBeTruthy();
  expect(within(lineEl('national-childcare:2025')).getByText(/计10个月×300元/)).toBeTruthy();
  expect(within(lineEl('national-childcare:2026')).getByText('3,600元')).toBeTruthy();
  expect(lineEl('national-childcare:2027').getAttribute('data-state')).toBe('upcoming');
  expect(within(lineEl('national-childcare:2027')).getByText('2027年1月1日起可申领')).toBeTruthy();

  // one group per year until the 3rd birthday
  const years = Array.from(document.querySelectorAll('[data-year]')).map((y) => y.getAttribute('data-year'));
  expect(years).toEqual(['2025', '2026', '2027', '2028']);
  expect(screen.getByText('2028年3月20日 满3周岁，育儿补贴发放到此为止')).toBeTruthy();

  // the 800 allowance does not apply, and the page says why (collapsed until asked)
  expect(screen.queryByText(/暂未开放申领/)).toBeNull();
  await tapButton('查看原因 ▼');
  const na = document.querySelector('[data-rule="county-childcare-yearly"]') as HTMLElement;
  expect(within(na).getByText('县育儿补助')).toBeTruthy();
  // Until the health bureau decides (and names its source), parents are told only that these years are not open.
  expect(within(na).getByText(/2025年及以后年度的县育儿补助暂未开放申领/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('并入国家育儿补贴');

  // each line's source is one tap away
  await tapButton(applyText);
  expect(calls.navigateTo).toEqual(['/packages/subsidy/apply/index?childId=k2']);
});

it('merges the applications: paid with its date and batch, under review, and what is left to claim', async () => {
  setApiHandler(() => ({
    ok: true,
    data: overview({ applications: [REVIEWING, PAID], applicantName: '样例·岩香', previousAccount: PAID.account }),
  }));
  render(<MySubsidiesPage />);
  await screen.findByText('样例·小禾');

  const owed = claimableNow([PAID, REVIEWING]);
  expect(total('paid')).toBe('50元已发放');
  expect(total('pending')).toBe('2,000元办理中');
  expect(total('claimable')).toBe(`${formatYuan(owed.fen)}现在可申领`);

  const paid = lineEl('county-insurance-yearly:2025');
  expect(paid.getAttribute('data-state')).toBe('paid');
  expect(within(paid).getByText('已发放')).toBeTruthy();
  expect(within(paid).getByText('2025年12月15日发放')).toBeTruthy();
  expect(within(paid).getByText('发放批次 ZF2025Q4-01')).toBeTruthy();
  expect(within(lineEl('county-birth-once:once')).getByText('审核中')).toBeTruthy();

  // renewal to the account used before is one tap (after a confirm)
  expect(screen.getByText('使用尾号1234的账户一键申领')).toBeTruthy();
  const now = claimableNow([PAID, REVIEWING], { withoutPolicy: true });
  expect(screen.getByText(`申领 ${now.count} 项，共 ${formatYuan(now.fen)}（意外伤害险参保补贴需在申领页填写已购买的保单）`)).toBeTruthy();
  await tapButton('使用尾号1234的账户一键申领');
  await waitFor(() => expect(calls.modal).toHaveLength(1));
  expect(calls.modal[0]).toContain('中国农业银行 银行卡 尾号1234');
  // the mock's modal answers 取消: nothing is claimed
  expect(calls.request.filter((r) => r.body.action === 'apply')).toHaveLength(0);
});

it('says who applies when another family member is the applicant', async () => {
  setApiHandler(() => ({ ok: true, data: overview({ canApply: false, applicantName: '样例·岩温' }) }));
  render(<MySubsidiesPage />);
  await screen.findByText('样例·小禾');
  expect(screen.getByText('样例·岩温')).toBeTruthy();
  expect(screen.getByText(/一个家庭只能由一人申领/)).toBeTruthy();
  expect(screen.queryByText(/^申领 \d+ 项/)).toBeNull();
});
