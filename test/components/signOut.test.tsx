import { render, screen, waitFor } from '@testing-library/react';
import MePage from '@/pages/me/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { tapButton } from './setup/interact';

const ME = { userId: 'u', verified: true, name: '王芳', idNumberMasked: '5331**********1234', phone: '13912345678', roles: [], family: [] };

it('退出登录 ends the session on the server, then forgets it on the phone', async () => {
  useSession.setState({ token: 'tok', userId: 'u', me: ME });
  setApiHandler((_fn, body) =>
    body.action === 'me'
      ? { ok: true, data: ME }
      : body.action === 'mine'
        ? { ok: true, data: { pregnancies: [], registrations: [] } }
        : { ok: true, data: { ok: true } },
  );
  render(<MePage />);
  // The phone WeChat confirmed is shown masked, with what it is for.
  expect(await screen.findByText(/手机号 139\*\*\*\*5678/)).toBeTruthy();
  await tapButton('退出登录');
  await waitFor(() => expect(useSession.getState().token).toBeNull());
  expect(calls.request.map((r) => r.body.action)).toContain('signOut');
  expect(useSession.getState().userId).toBeNull();
});
