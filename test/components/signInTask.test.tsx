import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import LoginPage from '@/packages/account/login/index';
import VerifyPage from '@/packages/account/verify/index';
import { PRIVACY_VERSION } from '@/content/privacyNotice';
import { signInUrl } from '@/services/signInRoute';
import { useSession } from '@/stores/session';
import { useSettings } from '@/stores/settings';
import { MOTHER_ID } from '../fixtures/people';
import { calls, setApiHandler, setPageDepth, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const VISIT = '/packages/nursery/visit/index?id=n1';
const verified = { userId: 'u1', verified: true, name: '演示家长', roles: [], family: [] };

/** The login page's parameters as the router hands them over (weapp: still encoded). */
function openLogin(task: { reason?: string; next?: string }) {
  const url = new URL(signInUrl(task), 'http://x');
  setRouterParams(Object.fromEntries(Array.from(url.searchParams.keys()).map((k) => [k, encodeURIComponent(url.searchParams.get(k)!)])));
}

beforeEach(() => {
  useSession.setState({ token: null, me: null });
  useSettings.setState({ privacyAcceptedVersion: PRIVACY_VERSION });
});

async function demoLogin(demo: string) {
  const button = await waitFor(() => {
    const el = document.querySelector(`[data-demo="${demo}"]`);
    if (!el) throw new Error('no demo button');
    return el as HTMLElement;
  });
  await act(async () => {
    fireEvent.click(button);
  });
}

it('says why sign-in is needed and goes on with the task afterwards', async () => {
  openLogin({ reason: '登录后继续预约参观', next: VISIT });
  setPageDepth(3);
  setApiHandler(() => ({ ok: true, data: { token: 't1', me: verified } }));
  render(<LoginPage />);
  expect((await screen.findByTestId('login-reason')).textContent).toContain('登录后继续预约参观');
  await demoLogin('parent');
  await waitFor(() => expect(calls.redirectTo).toEqual([VISIT]));
  expect(calls.switchTab).toEqual([]);
  expect(useSession.getState().token).toBe('t1');
});

it('without a page to go on to, returns to the page the person came from', async () => {
  openLogin({ reason: '登录已过期，请重新登录后继续' });
  setPageDepth(2);
  setApiHandler(() => ({ ok: true, data: { token: 't1', me: verified } }));
  render(<LoginPage />);
  await demoLogin('parent');
  await waitFor(() => expect(calls.navigateBack).toEqual([1]));
  expect(calls.switchTab).toEqual([]);
});

it('opened on its own, lands on 首页 as before', async () => {
  setApiHandler(() => ({ ok: true, data: { token: 't1', me: verified } }));
  render(<LoginPage />);
  expect(screen.queryByTestId('login-reason')).toBeNull();
  await demoLogin('parent');
  await waitFor(() => expect(calls.switchTab).toEqual(['/pages/home/index']));
});

it('a new user verifies first, and the task goes on after 实名认证', async () => {
  openLogin({ reason: '登录后继续预约参观', next: VISIT });
  setApiHandler(() => ({ ok: true, data: { token: 't1', me: { ...verified, verified: false } } }));
  const { unmount } = render(<LoginPage />);
  await demoLogin('new');
  await waitFor(() => expect(calls.redirectTo).toHaveLength(1));
  const verify = new URL(calls.redirectTo[0], 'http://x');
  expect(verify.pathname).toBe('/packages/account/verify/index');
  expect(verify.searchParams.get('next')).toBe(VISIT);
  unmount();

  setRouterParams(Object.fromEntries(verify.searchParams.entries()));
  setApiHandler((_fn, body) =>
    body.action === 'startVerify' ? { ok: true, data: { verifyId: 'v-1', provider: 'dev' } } : { ok: true, data: verified },
  );
  render(<VerifyPage />);
  expect((await screen.findByTestId('login-reason')).textContent).toContain('登录后继续预约参观');
  await fillText('name', '王芳');
  await fillText('idNumber', MOTHER_ID);
  await tapButton('提交认证');
  // 认证成功 stays on screen long enough to be read, then the task goes on.
  expect(await screen.findByText('认证成功', { selector: '.card-title' })).toBeTruthy();
  await waitFor(() => expect(calls.redirectTo).toEqual([calls.redirectTo[0], VISIT]), { timeout: 4000 });
});

it('never goes on to an address outside the app', async () => {
  setRouterParams({ reason: '登录', next: 'https://example.com/x' });
  setApiHandler(() => ({ ok: true, data: { token: 't1', me: verified } }));
  render(<LoginPage />);
  await demoLogin('parent');
  await waitFor(() => expect(calls.switchTab).toEqual(['/pages/home/index']));
  expect(calls.redirectTo).toEqual([]);
});
