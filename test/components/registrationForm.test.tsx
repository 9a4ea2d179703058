import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RegistrationInput } from '@domain/registration/types';
import RegistrationFormPage from '@/packages/registration/form/index';
import { useDrafts } from '@/stores/drafts';
import { useSession } from '@/stores/session';
import { FATHER_ID, MOTHER_ID } from '../fixtures/people';
import { calls, readStorage, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

const me = {
  userId: 'u1',
  verified: true,
  name: '张丽',
  idNumber: MOTHER_ID,
  idNumberMasked: '5331**********',
  roles: [],
  family: [],
};

const completeInput: RegistrationInput = {
  applicant: {
    name: '张丽',
    idNumber: MOTHER_ID,
    ethnicity: 'dai',
    phone: '13812345678',
    hukouTownship: 'pingyuan',
    hukouAddress: '平原镇允燕社区',
  },
  spouse: {
    name: '木然·排早·勒干',
    idNumber: FATHER_ID,
    ethnicity: 'jingpo',
    phone: '13987654321',
    hukouTownship: 'nabang',
    hukouAddress: '那邦镇那邦村',
  },
  marriageDate: '2020-05-01',
  existingChildren: [{ name: '李小雨', birthDate: '2022-03-01', sex: 'F', relation: 'this-marriage', deceased: false }],
  stage: 'pregnant',
  dueDate: '2027-03-01',
  birthDate: '',
  township: 'pingyuan',
};

function answer(routes: Record<string, (input: unknown, key?: string) => unknown>) {
  setApiHandler((fn, body) => {
    const route =
      routes[`${fn}.${body.action}`] ?? (fn === 'account' && body.action === 'myCases' ? () => ({ ok: true, data: [] }) : undefined);
    if (!route) return { ok: false, error: { code: 'INTERNAL', message: `unexpected ${fn}.${body.action}` } };
    return route(body.input, body.idempotencyKey);
  });
}

beforeEach(() => {
  useSession.setState({ token: 'token-1', userId: 'u1', me });
  useDrafts.setState({ registration: null });
  setRouterParams({});
  answer({ 'account.me': () => ({ ok: true, data: me }) });
});

describe('生育登记 form', () => {
  it('starts on the applicant step with the verified name, not asking the ID number again', async () => {
    render(<RegistrationFormPage />);
    expect(await screen.findByText('申请人', { selector: '.step-bar-title' })).toBeTruthy();
    expect(screen.getByText('1 / 5')).toBeTruthy();
    expect(screen.getByText('张丽')).toBeTruthy();
    expect(screen.queryByText('申请人公民身份号码')).toBeNull();
  });

  it('names each missing field in Chinese under the field and stays on the step', async () => {
    render(<RegistrationFormPage />);
    await screen.findByText('1 / 5');
    await tapButton('下一步');
    expect(await screen.findByText(/请选择申请人民族/, { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText(/申请人手机号码/, { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText('1 / 5')).toBeTruthy();
  });

  it('moves on once the step is valid and keeps every answer in the draft', async () => {
    render(<RegistrationFormPage />);
    await screen.findByText('1 / 5');
    await selectOption('applicant.ethnicity', 'dai');
    await fillText('applicant.phone', '13812345678');
    await selectOption('applicant.hukouTownship', 'pingyuan');
    await fillText('applicant.hukouAddress', '平原镇允燕社区');
    await tapButton('下一步');
    expect(await screen.findByText('2 / 5')).toBeTruthy();
    const saved = readStorage('yj.drafts') as {
      state: { registration: { step: number; input: RegistrationInput; idempotencyKey: string } };
    };
    expect(saved.state.registration.step).toBe(1);
    expect(saved.state.registration.input.applicant.phone).toBe('13812345678');
    expect(saved.state.registration.idempotencyKey).toMatch(/.+/);
  });

  it('reopens a saved draft on the step where it was left', async () => {
    useDrafts.setState({ registration: { userId: 'u1', input: completeInput, step: 3, idempotencyKey: 'draft-key' } });
    render(<RegistrationFormPage />);
    expect(await screen.findByText('4 / 5')).toBeTruthy();
    expect(screen.getByText('本次生育', { selector: '.step-bar-title' })).toBeTruthy();
  });

  it("does not show another person's draft left on the device", async () => {
    useDrafts.setState({ registration: { userId: 'someone-else', input: completeInput, step: 3, idempotencyKey: 'their-key' } });
    render(<RegistrationFormPage />);
    expect(await screen.findByText('1 / 5')).toBeTruthy();
    expect(screen.queryByText('木然·排早·勒干')).toBeNull();
  });

  it('counts 孩次 from the children that count', async () => {
    useDrafts.setState({ registration: { userId: 'u1', input: completeInput, step: 2, idempotencyKey: 'draft-key' } });
    render(<RegistrationFormPage />);
    expect(await screen.findByText('二孩')).toBeTruthy();
  });

  it('sends the server back to the step of a field it rejects, with its message', async () => {
    useDrafts.setState({ registration: { userId: 'u1', input: completeInput, step: 4, idempotencyKey: 'draft-key' } });
    answer({
      'account.me': () => ({ ok: true, data: me }),
      'registration.submit': () => ({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '输入有误', fields: { 'spouse.idNumber': '配偶公民身份号码已被登记为另一家庭的成员' } },
      }),
    });
    render(<RegistrationFormPage />);
    await screen.findByText('5 / 5');
    await tapButton('提交登记');
    await act(async () => {
      const { usePrivacyPrompt } = await import('@/stores/privacyPrompt');
      usePrivacyPrompt.getState().answer(true);
    });
    expect(await screen.findByText('配偶公民身份号码已被登记为另一家庭的成员')).toBeTruthy();
    expect(screen.getByText('2 / 5')).toBeTruthy();
  });

  it('submits once with the draft key, clears the draft and opens the 凭证', async () => {
    useDrafts.setState({ registration: { userId: 'u1', input: completeInput, step: 4, idempotencyKey: 'draft-key' } });
    const keys: (string | undefined)[] = [];
    answer({
      'account.me': () => ({ ok: true, data: me }),
      'registration.submit': (_input, key) => {
        keys.push(key);
        return { ok: true, data: { id: 'r1' } };
      },
    });
    const { useSettings } = await import('@/stores/settings');
    const { PRIVACY_VERSION } = await import('@/content/privacyNotice');
    useSettings.setState({ privacyAcceptedVersion: PRIVACY_VERSION });
    render(<RegistrationFormPage />);
    await screen.findByText('5 / 5');
    await tapButton('提交登记');
    await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/registration/certificate/index?id=r1&fresh=1']));
    expect(keys).toEqual(['draft-key']);
    const sent = calls.request.find((r) => r.body.action === 'submit')?.body.input as RegistrationInput;
    expect(sent.birthDate).toBeUndefined();
    expect(sent.dueDate).toBe('2027-03-01');
    expect(useDrafts.getState().registration).toBeNull();
  });

  it('while a registration is in force, opens it first; another pregnancy is one tap away', async () => {
    answer({
      'account.me': () => ({ ok: true, data: me }),
      'account.myCases': () => ({
        ok: true,
        data: [
          {
            id: 'e1',
            kind: 'registration',
            refId: 'r1',
            title: '生育登记（第二孩）',
            status: 'registered',
            statusText: '已登记',
            createdAt: '',
            updatedAt: '',
            link: '/packages/registration/certificate/index?id=r1',
          },
          {
            id: 'e2',
            kind: 'registration',
            refId: 'r0',
            title: '生育登记（第一孩）',
            status: 'cancelled',
            statusText: '已注销',
            createdAt: '',
            updatedAt: '',
            link: '/packages/registration/certificate/index?id=r0',
          },
        ],
      }),
    });
    render(<RegistrationFormPage />);
    expect(await screen.findByText('您已有有效的生育登记')).toBeTruthy();
    expect(document.querySelector('[data-active="r1"]')).toBeTruthy();
    expect(document.querySelector('[data-active="r0"]')).toBeNull();
    await tapButton('打开生育服务登记凭证');
    expect(calls.navigateTo).toEqual(['/packages/registration/certificate/index?id=r1']);
    await tapButton('为另一次怀孕或生育登记');
    await waitFor(() => expect(screen.queryByText('您已有有效的生育登记')).toBeNull());
    expect(document.querySelector('.step-bar, [class*="step"]')).toBeTruthy();
  });
});

// Keep fireEvent referenced for readers looking for the low-level API used by the helpers.
void fireEvent;
