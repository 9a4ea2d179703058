import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { StepWork } from '@domain/birth/views';
import BundleStepPage from '@/packages/staff/bundle-step/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const at = '2026-11-27T02:00:00.000Z';
const work = (status: StepWork['status']): StepWork => ({
  caseId: 'c1',
  caseNumber: 'CS5331232026000007',
  step: 'birth_certificate',
  status,
  since: at,
  data: [
    { label: '孩子姓名', value: '王小满', field: 'child.name' },
    { label: '母亲', value: '王芳 533123199504121226', field: 'applicant.name' },
  ],
  events: [{ at, status: 'pending', by: 'system' }],
  childBirthDate: '2026-11-18',
});

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ caseId: 'c1', step: 'birth_certificate' });
});

it('accepts a pending step', async () => {
  setApiHandler((_fn, body) => ({ ok: true, data: work(body.action === 'acceptStep' ? 'accepted' : 'pending') }));
  render(<BundleStepPage />);
  expect(await screen.findByText('王芳 533123199504121226')).toBeTruthy();
  await tapButton('受理');
  expect(await screen.findByText('办结并通知申请人')).toBeTruthy();
  expect(calls.request.at(-1)?.body).toEqual({ action: 'acceptStep', input: { caseId: 'c1', step: 'birth_certificate' } });
});

it('shows a server rejection of the result under its field', async () => {
  setApiHandler((_fn, body) =>
    body.action === 'completeStep'
      ? {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: '输入有误',
            fields: { 'result.certificateNumber': '出生医学证明编号应为1位大写字母加9位数字' },
          },
        }
      : { ok: true, data: work('accepted') },
  );
  render(<BundleStepPage />);
  await screen.findByText('办结并通知申请人');
  await fillText('result.certificateNumber', 'X12');
  await tapButton('办结并通知申请人');
  expect(await screen.findByText('出生医学证明编号应为1位大写字母加9位数字', { selector: '.field-error' })).toBeTruthy();
  // Nothing covers the message: no toast over the clerk's form.
  expect(calls.toast).toEqual([]);
  expect(calls.request.at(-1)?.body).toEqual({
    action: 'completeStep',
    input: { caseId: 'c1', step: 'birth_certificate', result: { certificateNumber: 'X12' } },
  });
});

it('rejects with a reason', async () => {
  setApiHandler((_fn, body) => ({ ok: true, data: work(body.action === 'rejectStep' ? 'rejected' : 'pending') }));
  render(<BundleStepPage />);
  await screen.findByText('受理');
  await tapButton('退回补正');
  await fillText('reason', '母亲身份证号码与出生记录不一致');
  await tapButton('确认退回');
  await waitFor(() => expect(screen.getByText('已退回')).toBeTruthy());
  expect(calls.request.at(-1)?.body).toEqual({
    action: 'rejectStep',
    input: { caseId: 'c1', step: 'birth_certificate', reason: '母亲身份证号码与出生记录不一致', fields: [] },
  });
});

it('names the fields to fix with the rejection', async () => {
  setApiHandler((_fn, body) => ({ ok: true, data: work(body.action === 'rejectStep' ? 'rejected' : 'pending') }));
  render(<BundleStepPage />);
  await screen.findByText('受理');
  await tapButton('退回补正');
  await fillText('reason', '孩子姓名与出生记录不一致');
  await act(async () => {
    fireEvent.click(document.querySelector('[data-field="fields"] [data-value="child.name"]')!);
  });
  await tapButton('确认退回');
  await waitFor(() => expect(screen.getByText('已退回')).toBeTruthy());
  expect(calls.request.at(-1)?.body.input).toEqual({
    caseId: 'c1',
    step: 'birth_certificate',
    reason: '孩子姓名与出生记录不一致',
    fields: ['child.name'],
  });
});

it('marks what the parent changed since the step was returned', async () => {
  const back = work('pending');
  back.data[0] = { ...back.data[0], before: '王小曼' };
  setApiHandler(() => ({ ok: true, data: back }));
  render(<BundleStepPage />);
  expect(await screen.findByText('已修改，原为：王小曼')).toBeTruthy();
  expect(screen.getByText(/修改过的 1 项已标出/)).toBeTruthy();
  expect(document.querySelectorAll('[data-changed="1"]')).toHaveLength(1);
});

it('an unknown step in the link is said, and no other step is opened', async () => {
  setRouterParams({ caseId: 'c1', step: 'passport' });
  setApiHandler(() => ({ ok: true, data: work('pending') }));
  render(<BundleStepPage />);
  expect(await screen.findByText('未找到该事项')).toBeTruthy();
  expect(calls.request).toHaveLength(0);
});

it('the hospital may enter the birth doses with the 出生医学证明; empty ones are not sent', async () => {
  setApiHandler((_fn, body) => ({ ok: true, data: work(body.action === 'completeStep' ? 'done' : 'accepted') }));
  render(<BundleStepPage />);
  await screen.findByText('办结并通知申请人');
  expect(screen.getByText('乙肝疫苗第1剂接种日期')).toBeTruthy();
  await fillText('result.certificateNumber', 'Q530012345');
  await fillText('result.hepB1Batch', 'HB-01');
  await tapButton('办结并通知申请人');
  await waitFor(() =>
    expect(calls.request.at(-1)?.body).toEqual({
      action: 'completeStep',
      input: { caseId: 'c1', step: 'birth_certificate', result: { certificateNumber: 'Q530012345', hepB1Batch: 'HB-01' } },
    }),
  );
});
