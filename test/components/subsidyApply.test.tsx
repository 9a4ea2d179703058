import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SubsidyApplyPage from '@/packages/subsidy/apply/index';
import { PRIVACY_VERSION } from '@/content/privacyNotice';
import { useSession } from '@/stores/session';
import { useSettings } from '@/stores/settings';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';
import { formatYuan } from '@domain/money';
import { application, claimableNow, ME, NOW, overview } from './subsidyFixtures';

// Without a policy named, the 参保补贴 is not claimed.
const SUBMIT = `提交申领（${formatYuan(claimableNow([], { withoutPolicy: true }).fen)}）`;

beforeAll(() => {
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
  useSession.setState({ token: 't', me: ME });
  useSettings.setState({ privacyAcceptedVersion: PRIVACY_VERSION });
  setRouterParams({ childId: 'k2' });
});

function errorOf(field: string): string {
  return document.querySelector(`[data-field="${field}"] .field-error`)?.textContent ?? '';
}

function answer(papersNeeded: boolean) {
  setApiHandler((_fn, body) => {
    if (body.action === 'me') return { ok: true, data: ME };
    if (body.action === 'overview') return { ok: true, data: overview({ papersNeeded }) };
    if (body.action === 'apply')
      return {
        ok: true,
        data: application({ id: 'a9', number: 'BT5331232026000020', status: 'submitted', statusText: '待受理', lines: [] }),
      };
    return { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } };
  });
}

it('shows what will be claimed and asks only for the account when the papers are on file', async () => {
  answer(false);
  render(<SubsidyApplyPage />);
  expect(await screen.findByText('为样例·小禾申领')).toBeTruthy();
  expect(screen.getByText(SUBMIT)).toBeTruthy();
  expect(screen.getByText('县一次性生育补贴')).toBeTruthy();
  expect(document.querySelector('[data-field="papers.idNumber"]')).toBeNull();
  expect(screen.getByText('孩子的出生医学证明和户口信息系统里已有，不用再提交。')).toBeTruthy();
});

it('names the field in every validation error, before anything is sent', async () => {
  answer(true);
  render(<SubsidyApplyPage />);
  await screen.findByText('为样例·小禾申领');
  await tapButton(SUBMIT);
  await waitFor(() => expect(errorOf('account.accountNumber')).toBe('请填写收款账号'));
  expect(errorOf('account.bankName')).toContain('开户银行');
  expect(errorOf('papers.idNumber')).toContain('孩子的公民身份号码');
  expect(errorOf('papers.birthCertificateNumber')).toContain('出生医学证明编号');
  expect(errorOf('papers.hukouTownship')).toContain('孩子户籍所在乡镇');
  expect(errorOf('papers.hukouBookFileId')).toContain('户口簿照片');
  expect(calls.request.filter((r) => r.body.action === 'apply')).toHaveLength(0);

  await fillText('account.accountNumber', '62284801');
  await tapButton(SUBMIT);
  await waitFor(() => expect(errorOf('account.accountNumber')).toBe('收款账号应为12至19位数字'));
});

it('reads the card number back, confirms it, and submits once with an idempotency key', async () => {
  answer(false);
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false } as never);
  render(<SubsidyApplyPage />);
  await screen.findByText('为样例·小禾申领');
  await selectOption('account.bankName', '中国农业银行');
  await fillText('account.accountNumber', '6228480123456789012');
  expect(screen.getByText('6228 4801 2345 6789 012')).toBeTruthy();
  await tapButton(SUBMIT);
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/subsidy/application/index?id=a9&fresh=1']));
  expect(modal.mock.calls[0][0]?.content).toContain('6228 4801 2345 6789 012');
  const sent = calls.request.filter((r) => r.body.action === 'apply');
  expect(sent).toHaveLength(1);
  expect(sent[0].body.input).toEqual({
    childId: 'k2',
    account: { kind: 'bank_card', holder: 'applicant', bankName: '中国农业银行', accountNumber: '6228480123456789012' },
  });
  expect(sent[0].body.idempotencyKey).toMatch(/.{10,}/);
  modal.mockRestore();
});

async function pickDate(name: string, value: string) {
  const input = document.querySelector(`[data-field="${name}"] input`) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}

// 盈发〔2023〕8号 二（四）1: 「对……婴幼儿购买意外伤害险给予每人每年50元参保补贴」— paid against the policy bought.
it('the 参保补贴 is claimed only with the policy bought: typing it adds the years it covers and sends it', async () => {
  answer(false);
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false } as never);
  render(<SubsidyApplyPage />);
  await screen.findByText('为样例·小禾申领');
  expect(document.querySelector('[data-part="insurance"]')).toBeTruthy();
  expect(document.querySelector('[data-line^="county-insurance-yearly"]')).toBeNull();
  await fillText('insurance.insurer', '中国人寿保险股份有限公司德宏分公司');
  await fillText('insurance.policyNumber', 'PYJ2026-5331230001');
  await pickDate('insurance.from', '2026-01-05');
  await pickDate('insurance.to', '2027-01-04');
  await waitFor(() => expect(document.querySelector('[data-line="county-insurance-yearly:2026"]')).toBeTruthy());
  expect(document.querySelector('[data-line="county-insurance-yearly:2025"]')).toBeNull();
  await selectOption('account.bankName', '中国农业银行');
  await fillText('account.accountNumber', '6228480123456789012');
  await tapButton(`提交申领（${formatYuan(claimableNow([], { withoutPolicy: true }).fen + 5000)}）`);
  await waitFor(() => expect(calls.request.filter((r) => r.body.action === 'apply')).toHaveLength(1));
  expect((calls.request.find((r) => r.body.action === 'apply')!.body.input as { insurance: unknown }).insurance).toEqual({
    insurer: '中国人寿保险股份有限公司德宏分公司',
    policyNumber: 'PYJ2026-5331230001',
    from: '2026-01-05',
    to: '2027-01-04',
  });
  modal.mockRestore();
});
