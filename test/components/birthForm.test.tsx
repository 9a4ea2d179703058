import { render, screen, waitFor } from '@testing-library/react';
import type { BirthApplicationInput } from '@domain/birth/types';
import BirthFormPage from '@/packages/birth/form/index';
import { PRIVACY_VERSION } from '@/content/privacyNotice';
import { useDrafts } from '@/stores/drafts';
import { useSession } from '@/stores/session';
import { useSettings } from '@/stores/settings';
import { FATHER_ID, MOTHER_ID } from '../fixtures/people';
import { calls, readStorage, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const me = {
  userId: 'u1',
  verified: true,
  name: '王芳',
  idNumber: MOTHER_ID,
  idNumberMasked: '5331**********',
  sex: 'F' as const,
  roles: [],
  family: [],
};

const known: Partial<BirthApplicationInput> = {
  registrationId: 'r1',
  applicant: {
    name: '王芳',
    idNumber: MOTHER_ID,
    ethnicity: 'dai',
    phone: '13812345678',
    hukouTownship: 'pingyuan',
    hukouAddress: '平原镇允燕社区3组',
  },
  otherParent: {
    name: '木然·排早·勒干',
    idNumber: FATHER_ID,
    ethnicity: 'jingpo',
    phone: '13987654321',
    hukouTownship: 'nabang',
    hukouAddress: '那邦镇那邦村',
  },
};

const complete: BirthApplicationInput = {
  registrationId: 'r1',
  applicant: known.applicant!,
  otherParent: known.otherParent!,
  child: {
    name: '勒干·小满',
    sex: 'F',
    birthDate: '2026-11-18',
    birthTime: '08:30',
    weightGrams: 3250,
    lengthCm: 50,
    hospitalId: 'yj-people',
    ethnicity: 'jingpo',
  },
  household: { joins: 'applicant', headName: '王芳', headRelation: 'mother', hukouTownship: 'pingyuan', address: '平原镇允燕社区3组' },
  insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
  card: { delivery: 'pickup', pickupTownship: 'pingyuan' },
  services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
  attachments: [],
};

function answer(extra: Record<string, (input: unknown, key?: string) => unknown> = {}) {
  setApiHandler((fn, body) => {
    const routes: Record<string, (input: unknown, key?: string) => unknown> = {
      'account.me': () => ({ ok: true, data: me }),
      'birth.prefill': () => ({ ok: true, data: known }),
      ...extra,
    };
    const route = routes[`${fn}.${body.action}`];
    return route
      ? route(body.input, body.idempotencyKey)
      : { ok: false, error: { code: 'INTERNAL', message: `unexpected ${fn}.${body.action}` } };
  });
}

beforeEach(() => {
  useSession.setState({ token: 't', userId: 'u1', me });
  useDrafts.setState({ birth: null });
  useSettings.setState({ privacyAcceptedVersion: PRIVACY_VERSION });
  setRouterParams({ birthDate: '2026-11-18', hospitalId: 'yj-people' });
});

it('starts from what the system knows and the eligibility answers', async () => {
  answer();
  render(<BirthFormPage />);
  expect(await screen.findByText('1 / 5')).toBeTruthy();
  const birthDate = document.querySelector('[data-field="child.birthDate"] input') as HTMLInputElement;
  expect(birthDate.value).toBe('2026-11-18');
  const hospital = document.querySelector('[data-field="child.hospitalId"] select') as HTMLSelectElement;
  expect(hospital.value).toBe('yj-people');
  // A child takes a parent's 民族: only the parents' two are offered.
  const ethnicities = Array.from(document.querySelectorAll('[data-field="child.ethnicity"] option')).map((o) => o.textContent);
  expect(ethnicities).toEqual(['请选择孩子的民族', '傣族', '景颇族']);
});

it('names the missing child fields in Chinese and keeps the draft', async () => {
  answer();
  render(<BirthFormPage />);
  await screen.findByText('1 / 5');
  await tapButton('下一步');
  expect(await screen.findByText(/孩子姓名/, { selector: '.field-error' })).toBeTruthy();
  expect(screen.getByText(/出生时间/, { selector: '.field-error' })).toBeTruthy();
  await fillText('child.name', '勒干·小满');
  await waitFor(() => {
    const saved = readStorage('yj.drafts') as { state: { birth: { input: BirthApplicationInput } } };
    expect(saved.state.birth.input.child.name).toBe('勒干·小满');
  });
});

it('leaving out 户口登记 also leaves out 医保 and 社保卡, and says why', async () => {
  answer();
  useDrafts.setState({ birth: { userId: 'u1', input: complete, step: 4, idempotencyKey: 'birth-key' } });
  render(<BirthFormPage />);
  await screen.findByText('5 / 5');
  await tapButton('户口登记');
  expect(await screen.findAllByText(/孩子的公民身份号码/)).toHaveLength(2);
  const checked = Array.from(document.querySelectorAll('[role="checkbox"][aria-checked="true"]')).map((el) =>
    el.getAttribute('data-value'),
  );
  expect(checked).toEqual(['birth_certificate', 'vaccination']);
});

it('submits once with the draft key and opens the case', async () => {
  const keys: (string | undefined)[] = [];
  answer({
    'birth.submit': (_input, key) => {
      keys.push(key);
      return { ok: true, data: { id: 'c1' } };
    },
  });
  useDrafts.setState({ birth: { userId: 'u1', input: complete, step: 4, idempotencyKey: 'birth-key' } });
  render(<BirthFormPage />);
  await screen.findByText('5 / 5');
  await tapButton('提交申请');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/birth/case/index?id=c1&fresh=1']));
  expect(keys).toEqual(['birth-key']);
  expect(useDrafts.getState().birth).toBeNull();
});

const returnedCase = (rejectFields?: { field: string; label: string }[]) => ({
  ok: true,
  data: {
    id: 'c1',
    steps: [{ key: 'hukou', status: 'rejected', rejectReason: '户主姓名与户口簿不一致', ...(rejectFields ? { rejectFields } : {}) }],
  },
});

it('fixes one rejected step and resubmits only that step, without walking through the others', async () => {
  setRouterParams({ id: 'c1', fix: 'hukou' });
  answer({
    'birth.editable': () => ({ ok: true, data: complete }),
    'birth.get': () => returnedCase(),
    'birth.resubmitStep': () => ({ ok: true, data: { id: 'c1' } }),
  });
  render(<BirthFormPage />);
  // The step's own part of the form, then the review: two steps, not five.
  expect(await screen.findByText('1 / 2')).toBeTruthy();
  expect(screen.getByText('户口登记被退回，需要补正')).toBeTruthy();
  expect(screen.getByText('退回原因：户主姓名与户口簿不一致')).toBeTruthy();
  expect(screen.getByText(/只重新提交“户口登记”/)).toBeTruthy();
  await fillText('household.headName', '王建国');
  await tapButton('下一步');
  expect(await screen.findByText('2 / 2')).toBeTruthy();
  await tapButton('重新提交');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/birth/case/index?id=c1']));
  const sent = calls.request.find((r) => r.body.action === 'resubmitStep')?.body.input as { step: string; input: BirthApplicationInput };
  expect(sent.step).toBe('hukou');
  expect(sent.input.household.headName).toBe('王建国');
});

it('opens a fix on the fields the clerk named, with the reason beside each', async () => {
  setRouterParams({ id: 'c1', fix: 'hukou' });
  answer({
    'birth.editable': () => ({ ok: true, data: complete }),
    'birth.get': () =>
      returnedCase([
        { field: 'otherParent.phone', label: '父亲手机号码' },
        { field: 'household.headName', label: '户主姓名' },
      ]),
  });
  render(<BirthFormPage />);
  // 父母 (the phone) and 落户 (the head of household), then the review; not 孩子 nor 医保与社保卡.
  expect(await screen.findByText('1 / 3')).toBeTruthy();
  expect(screen.getByText('请修改：父亲手机号码、户主姓名')).toBeTruthy();
  const note = () => document.querySelector('[data-field="otherParent.phone"] .field-error')?.textContent;
  await waitFor(() => expect(note()).toBe('退回原因：户主姓名与户口簿不一致'));
  await tapButton('下一步');
  expect(await screen.findByText('2 / 3')).toBeTruthy();
  expect(document.querySelector('[data-field="household.headName"]')).toBeTruthy();
});
