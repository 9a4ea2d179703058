// The page a person named as spouse answers on (这是我 / 这不是我), and the 凭证 showing the answer.
import { render, screen, waitFor } from '@testing-library/react';
import type { RegistrationView, SpouseRequestView } from '@domain/api/contract';
import SpouseConfirmPage from '@/packages/registration/spouse/index';
import CertificatePage from '@/packages/registration/certificate/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { tapButton } from './setup/interact';

const request: SpouseRequestView = {
  id: 'r9',
  number: 'SY5331232026000099',
  applicantName: '王芳',
  createdAt: '2026-11-28T02:00:00.000Z',
  status: 'registered',
  spouseConsent: 'pending',
};

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ id: 'r9' });
});

it('shows who named the caller and asks 这是我 / 这不是我', async () => {
  setApiHandler(() => ({ ok: true, data: request }));
  render(<SpouseConfirmPage />);
  expect(await screen.findByText('王芳在生育登记中填写您为配偶')).toBeTruthy();
  expect(screen.getByText('SY5331232026000099')).toBeTruthy();
  expect(screen.getByText('待配偶确认')).toBeTruthy();
  expect(screen.getByText('这是我')).toBeTruthy();
  expect(screen.getByText('这不是我')).toBeTruthy();
  expect(calls.request[0]?.body).toEqual({ action: 'spouseRequest', input: { id: 'r9' } });
});

it('这不是我 sends the refusal and shows it was passed on; the buttons go away', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'spouseRequest' ? { ok: true, data: request } : { ok: true, data: { ...request, spouseConsent: 'refused' } },
  );
  render(<SpouseConfirmPage />);
  await screen.findByText('这不是我');
  await tapButton('这不是我');
  await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'answerSpouse', input: { id: 'r9', answer: 'refuse' } }));
  expect(await screen.findByText(/您已表示“这不是我”/)).toBeTruthy();
  expect(screen.queryByText('这是我')).toBeNull();
});

it('这是我 confirms', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'spouseRequest' ? { ok: true, data: request } : { ok: true, data: { ...request, spouseConsent: 'confirmed' } },
  );
  render(<SpouseConfirmPage />);
  await tapButton('这是我');
  await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'answerSpouse', input: { id: 'r9', answer: 'confirm' } }));
  expect(await screen.findByText(/您已确认/)).toBeTruthy();
});

it('someone not named sees the server message, never a code', async () => {
  setApiHandler(() => ({ ok: false, error: { code: 'NOT_FOUND', message: '未找到需要您确认的生育登记' } }));
  render(<SpouseConfirmPage />);
  expect(await screen.findByText('未找到需要您确认的生育登记')).toBeTruthy();
  expect(document.body.textContent).not.toContain('NOT_FOUND');
  // A refusal is not worth retrying.
  expect(screen.queryByText('重试')).toBeNull();
});

const view: RegistrationView = {
  id: 'r1',
  number: 'SY5331232026000042',
  status: 'registered',
  createdAt: '2026-11-28T02:00:00.000Z',
  updatedAt: '2026-11-28T02:00:00.000Z',
  childOrder: 1,
  stage: 'pregnant',
  dueDate: '2027-04-20',
  township: 'pingyuan',
  marriageDate: '2019-10-01',
  applicant: {
    name: '王芳',
    idNumberMasked: '5331**********1226',
    sex: 'F',
    ethnicity: 'dai',
    phoneMasked: '138****5678',
    hukouTownship: 'pingyuan',
    hukouAddress: '允燕社区',
  },
  spouse: {
    name: '李明',
    idNumberMasked: '5331**********1317',
    sex: 'M',
    ethnicity: 'han',
    phoneMasked: '139****4321',
    hukouTownship: 'nabang',
    hukouAddress: '那邦村',
  },
  existingChildren: [],
  spouseConsent: 'pending',
  corrections: [],
};

it('the 凭证 shows 待配偶确认, and a refusal plainly', async () => {
  setRouterParams({ id: 'r1' });
  setApiHandler(() => ({ ok: true, data: view }));
  const first = render(<CertificatePage />);
  expect(await screen.findByText('待配偶确认')).toBeTruthy();
  first.unmount();

  setApiHandler(() => ({ ok: true, data: { ...view, spouseConsent: 'refused' } }));
  render(<CertificatePage />);
  expect(await screen.findByText('配偶表示不是本人')).toBeTruthy();
  expect(screen.getByText(/您填写的配偶表示“这不是我”/)).toBeTruthy();
});
