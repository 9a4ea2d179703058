import { render, screen, waitFor } from '@testing-library/react';
import EligibilityPage from '@/packages/birth/eligibility/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { selectOption, tapButton } from './setup/interact';
import { act, fireEvent } from '@testing-library/react';

async function setDate(name: string, value: string) {
  const input = document.querySelector(`[data-field="${name}"] input`) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
});

it('names what is missing before asking the server', async () => {
  render(<EligibilityPage />);
  await tapButton('下一步');
  expect(await screen.findByText(/出生的医疗机构/, { selector: '.field-error' })).toBeTruthy();
  expect(calls.request).toHaveLength(0);
});

it('shows where to go and what to bring when the child was born outside a listed institution', async () => {
  setApiHandler(() => ({
    ok: true,
    data: {
      eligible: false,
      guides: [{ reason: 'not_in_institution', why: '孩子不是在盈江县的助产机构出生的', where: '盈江县妇幼保健院 出生医学证明办理窗口（平原镇）', bring: ['父母双方身份证', '结婚证'] }],
    },
  }));
  render(<EligibilityPage />);
  await selectOption('hospitalId', 'elsewhere');
  await setDate('birthDate', '2026-11-10');
  await tapButton('下一步');
  expect(await screen.findByText('这件事需要到窗口办理')).toBeTruthy();
  expect(screen.getByText('盈江县妇幼保健院 出生医学证明办理窗口（平原镇）')).toBeTruthy();
  expect(screen.getByText('· 结婚证')).toBeTruthy();
  expect(calls.request[0].body).toEqual({
    action: 'eligibility',
    input: { hospitalId: 'elsewhere', firstIssue: true, birthDate: '2026-11-10', localHukouParent: true },
  });
});

it('goes on to the form, carrying the answers, when eligible', async () => {
  setApiHandler(() => ({ ok: true, data: { eligible: true } }));
  render(<EligibilityPage />);
  await selectOption('hospitalId', 'yj-people');
  await setDate('birthDate', '2026-11-10');
  await tapButton('下一步');
  await waitFor(() => expect(calls.redirectTo).toEqual(['/packages/birth/form/index?birthDate=2026-11-10&hospitalId=yj-people']));
});
