import { render, screen, waitFor } from '@testing-library/react';
import VerifyPage from '@/packages/account/verify/index';
import { PRIVACY_VERSION } from '@/content/privacyNotice';
import { useSession } from '@/stores/session';
import { useSettings } from '@/stores/settings';
import { MOTHER_ID, withWrongCheckDigit } from '../fixtures/people';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  useSettings.setState({ privacyAcceptedVersion: PRIVACY_VERSION });
});

it('rejects a wrong check digit before calling the server', async () => {
  render(<VerifyPage />);
  await fillText('name', '王芳');
  await fillText('idNumber', withWrongCheckDigit(MOTHER_ID));
  await tapButton('提交认证');
  expect(await screen.findByText(/公民身份号码校验位不正确/, { selector: '.field-error' })).toBeTruthy();
  expect(calls.request).toHaveLength(0);
});

it('verifies in two steps (start, then the server confirms) and stores who the user is', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'startVerify'
      ? { ok: true, data: { verifyId: 'v-1', provider: 'dev' } }
      : { ok: true, data: { userId: 'u', verified: true, name: '王芳', roles: [], family: [] } },
  );
  render(<VerifyPage />);
  await fillText('name', '王芳');
  await fillText('idNumber', MOTHER_ID);
  await tapButton('提交认证');
  // 「认证成功」 is said on the page (and in a toast) before it moves on to 首页.
  expect(await screen.findByText('认证成功', { selector: '.card-title' })).toBeTruthy();
  expect(calls.toast).toContain('认证成功');
  expect(calls.switchTab).toEqual([]);
  await waitFor(() => expect(calls.switchTab).toEqual(['/pages/home/index']), { timeout: 4000 });
  expect(calls.request.map((r) => r.body)).toEqual([
    { action: 'startVerify', input: { name: '王芳', idNumber: MOTHER_ID } },
    { action: 'confirmVerify', input: { verifyId: 'v-1' } },
  ]);
  expect(useSession.getState().me?.verified).toBe(true);
});
