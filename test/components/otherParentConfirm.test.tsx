// The page a person named as the child's other parent in a 出生一件事 application answers on
// (这是我 / 这不是我), and the case page telling the applicant the answer.
import { render, screen, waitFor } from '@testing-library/react';
import type { OtherParentRequestView } from '@domain/api/contract';
import OtherParentConfirmPage from '@/packages/birth/parent-confirm/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { tapButton } from './setup/interact';

const request: OtherParentRequestView = {
  id: 'c9',
  number: 'CS5331232026000099',
  applicantName: '王芳',
  childName: '李小满',
  childBirthDate: '2026-11-20',
  createdAt: '2026-11-28T02:00:00.000Z',
  consent: 'pending',
};

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ id: 'c9' });
});

it('shows who named the caller, for which child, and asks 这是我 / 这不是我', async () => {
  setApiHandler(() => ({ ok: true, data: request }));
  render(<OtherParentConfirmPage />);
  expect(await screen.findByText('王芳在“出生一件事”申请中填写您为孩子的父亲或母亲')).toBeTruthy();
  expect(screen.getByText(/李小满/)).toBeTruthy();
  expect(screen.getByText('CS5331232026000099')).toBeTruthy();
  expect(screen.getByText('待您确认')).toBeTruthy();
  expect(calls.request[0]?.body).toEqual({ action: 'otherParentRequest', input: { id: 'c9' } });
});

it('这不是我 sends the refusal; the buttons go away', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'otherParentRequest' ? { ok: true, data: request } : { ok: true, data: { ...request, consent: 'refused' } },
  );
  render(<OtherParentConfirmPage />);
  await screen.findByText('这不是我');
  await tapButton('这不是我');
  await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'answerOtherParent', input: { id: 'c9', answer: 'refuse' } }));
  expect(await screen.findByText(/您已表示“这不是我”/)).toBeTruthy();
  expect(screen.queryByText('这是我')).toBeNull();
});

it('这是我 confirms and says where the case is', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'otherParentRequest' ? { ok: true, data: request } : { ok: true, data: { ...request, consent: 'confirmed' } },
  );
  render(<OtherParentConfirmPage />);
  await tapButton('这是我');
  await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'answerOtherParent', input: { id: 'c9', answer: 'confirm' } }));
  expect(await screen.findByText(/可在“我的办件”中查看这份出生一件事办件/)).toBeTruthy();
});

it('someone not named sees the server message, never a code', async () => {
  setApiHandler(() => ({ ok: false, error: { code: 'NOT_FOUND', message: '未找到需要您确认的出生一件事申请' } }));
  render(<OtherParentConfirmPage />);
  expect(await screen.findByText('未找到需要您确认的出生一件事申请')).toBeTruthy();
  expect(document.body.textContent).not.toContain('NOT_FOUND');
});
