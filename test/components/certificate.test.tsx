import { render, screen, waitFor } from '@testing-library/react';
import type { RegistrationView } from '@domain/api/contract';
import CertificatePage from '@/packages/registration/certificate/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const view: RegistrationView = {
  id: 'r1',
  number: 'SY5331232026000042',
  status: 'registered',
  createdAt: '2026-11-28T02:00:00.000Z',
  updatedAt: '2026-11-28T02:00:00.000Z',
  childOrder: 2,
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
    name: '木然·排早·勒干',
    idNumberMasked: '5331**********1317',
    sex: 'M',
    ethnicity: 'jingpo',
    phoneMasked: '139****4321',
    hukouTownship: 'nabang',
    hukouAddress: '那邦村',
  },
  existingChildren: [],
  spouseConsent: 'confirmed',
  corrections: [],
};

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ id: 'r1', fresh: '1' });
});

it('shows the 凭证 with number, couple (masked), 孩次 and due date', async () => {
  setApiHandler(() => ({ ok: true, data: view }));
  render(<CertificatePage />);
  expect(await screen.findByText('SY5331232026000042')).toBeTruthy();
  expect(screen.getByText(/登记成功/)).toBeTruthy();
  expect(screen.getByText('二孩')).toBeTruthy();
  expect(screen.getByText('2027年4月20日')).toBeTruthy();
  expect(screen.getByText('5331**********1317')).toBeTruthy();
  expect(screen.getByText('平原镇')).toBeTruthy();
});

it('asks for a reason before cancelling and shows the server message under the field', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'get'
      ? { ok: true, data: view }
      : { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误', fields: { reason: '请填写注销原因' } } },
  );
  render(<CertificatePage />);
  await screen.findByText('SY5331232026000042');
  await tapButton('更多操作 ›');
  await tapButton('注销登记');
  await tapButton('确认注销');
  expect(await screen.findByText('请填写注销原因', { selector: '.field-error' })).toBeTruthy();
});

it('cancels with a reason and shows the 凭证 as void', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'get'
      ? { ok: true, data: view }
      : { ok: true, data: { ...view, status: 'cancelled', cancelReason: '信息填错，重新登记' } },
  );
  render(<CertificatePage />);
  await screen.findByText('SY5331232026000042');
  await tapButton('更多操作 ›');
  await tapButton('注销登记');
  await fillText('reason', '信息填错，重新登记');
  await tapButton('确认注销');
  expect(await screen.findByText('已注销')).toBeTruthy();
  await waitFor(() => expect(calls.request.at(-1)?.body).toEqual({ action: 'cancel', input: { id: 'r1', reason: '信息填错，重新登记' } }));
  expect(screen.queryByText('更正信息')).toBeNull();
});

it('the success screen does not offer 注销 beside the new 凭证: it waits behind 更多操作', async () => {
  setRouterParams({ id: 'r1', fresh: '1' });
  setApiHandler(() => ({ ok: true, data: view }));
  render(<CertificatePage />);
  expect(await screen.findByText(/登记成功/)).toBeTruthy();
  expect(screen.queryByText('注销登记')).toBeNull();
  expect(screen.getByText('更正信息')).toBeTruthy();
  await tapButton('更多操作 ›');
  await tapButton('注销登记');
  expect(screen.getByText('确认注销生育登记？')).toBeTruthy();
  await tapButton('不注销');
  expect(screen.queryByText('注销登记')).toBeNull();
});
