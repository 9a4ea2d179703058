import { screen, render, waitFor } from '@testing-library/react';
import RolesPage from '@/packages/staff/roles/index';
import { useSession } from '@/stores/session';
import { MOTHER_ID } from '../fixtures/people';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
});

it('the admin sees a staff member’s sign-ins and ends them', async () => {
  let open = [
    { id: 's1', createdAt: '2026-11-28T01:00:00.000Z', lastSeenAt: '2026-11-28T01:20:00.000Z', endsAt: '2026-11-28T01:50:00.000Z' },
    { id: 's2', createdAt: '2026-11-28T00:00:00.000Z', lastSeenAt: '2026-11-28T00:10:00.000Z', endsAt: '2026-11-28T00:40:00.000Z' },
  ];
  setApiHandler((_fn, body) => {
    if (body.action === 'grantRole') return { ok: true, data: { userId: 'u-clerk', roles: [{ role: 'police' }] } };
    if (body.action === 'staffSessions') return { ok: true, data: open };
    if (body.action === 'endStaffSessions') {
      const input = body.input as { sessionId?: string };
      const before = open.length;
      open = input.sessionId ? open.filter((s) => s.id !== input.sessionId) : [];
      return { ok: true, data: { ended: before - open.length } };
    }
    return { ok: false, error: { code: 'INTERNAL', message: '未预期的调用' } };
  });
  render(<RolesPage />);
  await fillText('idNumber', MOTHER_ID);
  await selectOption('role', 'police');
  await tapButton('授予');
  await tapButton('查看登录');
  expect(await screen.findByText(/登录于 2026-11-28 09:00/)).toBeTruthy();
  await tapButton('结束全部登录');
  await waitFor(() => expect(screen.getByText('当前没有有效的登录。')).toBeTruthy());
  expect(calls.request.map((r) => r.body.action)).toEqual(['grantRole', 'staffSessions', 'endStaffSessions', 'staffSessions']);
  expect(calls.request[2]!.body.input).toEqual({ userId: 'u-clerk' });
});
