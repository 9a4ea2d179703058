import { render, screen, waitFor } from '@testing-library/react';
import MePage from '@/pages/me/index';
import CasesPage from '@/pages/cases/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';

const ME = { userId: 'u', verified: true, name: '王芳', idNumberMasked: '5331**********1234', roles: [], family: [] };

function answer(unread: number) {
  setApiHandler((_fn, body) => {
    if (body.action === 'me') return { ok: true, data: ME };
    if (body.action === 'unreadCount') return { ok: true, data: { unread } };
    // 我的 shows her pregnancy when she has one (maternal.mine).
    if (body.action === 'mine') return { ok: true, data: { pregnancies: [], registrations: [] } };
    return { ok: true, data: [] };
  });
}

beforeEach(() => {
  useSession.setState({ token: 'tok', userId: 'u', me: ME });
});

it('5 unread: a badge on the 我的 tab and on 我的 → 消息', async () => {
  answer(5);
  render(<MePage />);
  expect(await screen.findByLabelText('5条未读消息')).toBeTruthy();
  expect(screen.getByLabelText('5条未读消息').textContent).toBe('5');
  await waitFor(() => expect(calls.tabBarBadge).toEqual(['2:5']));
});

it('every tab page keeps the badge current; none left when all are read', async () => {
  answer(0);
  render(<CasesPage />);
  await waitFor(() => expect(calls.tabBarBadge).toEqual(['2:']));
});

it('more than 99 reads 99+', async () => {
  answer(120);
  render(<MePage />);
  expect((await screen.findByLabelText('120条未读消息')).textContent).toBe('99+');
  await waitFor(() => expect(calls.tabBarBadge).toEqual(['2:99+']));
});

it('signed out: no badge and no call', async () => {
  useSession.setState({ token: null, userId: null, me: null });
  answer(3);
  render(<MePage />);
  await waitFor(() => expect(calls.tabBarBadge).toEqual(['2:']));
  expect(calls.request.some((r) => r.body.action === 'unreadCount')).toBe(false);
});
