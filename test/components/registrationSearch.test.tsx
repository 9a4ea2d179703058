// The health bureau's 生育登记查询: the filters filled in go to the server, the answer comes a page at a time.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RegistrationSummary } from '@domain/api/contract';
import RegistrationSearchPage from '@/packages/staff/registrations/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

const summary = (n: number): RegistrationSummary => ({
  id: `r${n}`,
  number: `SY53312320260000${String(n).padStart(2, '0')}`,
  status: n === 2 ? 'cancelled' : 'registered',
  applicantName: `申请人${n}`,
  spouseName: `配偶${n}`,
  childOrder: 1,
  stage: 'pregnant',
  dueDate: '2027-03-01',
  township: 'pingyuan',
  createdAt: '2026-11-28T02:30:00.000Z',
});

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  calls.request.length = 0;
  calls.navigateTo.length = 0;
});

it('sends only the filters filled in, shows the total and pages through the answer', async () => {
  setApiHandler((_fn, body) => {
    const { page } = body.input as { page: number };
    return { ok: true, data: { items: page === 1 ? [summary(1), summary(2)] : [summary(3)], total: 3, pageSize: 2 } };
  });
  render(<RegistrationSearchPage />);
  // Nothing is asked before 查询.
  expect(calls.request).toHaveLength(0);

  await fillText('number', ' SY53312320260000 ');
  await selectOption('township', 'pingyuan');
  await tapButton('查询');
  await waitFor(() =>
    expect(calls.request.at(-1)?.body).toEqual({
      action: 'searchRegistrations',
      input: { page: 1, number: 'SY53312320260000', township: 'pingyuan' },
    }),
  );
  expect(await screen.findByText('共 3 条')).toBeTruthy();
  expect(screen.getByText('申请人1、配偶1')).toBeTruthy();
  expect(screen.getByText('已注销')).toBeTruthy();
  expect(screen.getByText('1 / 2', { exact: false })).toBeTruthy();

  await tapButton('下一页');
  await waitFor(() => expect(calls.request.at(-1)?.body.input).toEqual({ page: 2, number: 'SY53312320260000', township: 'pingyuan' }));
  expect(await screen.findByText('申请人3、配偶3')).toBeTruthy();
  expect(screen.queryByText('申请人1、配偶1')).toBeNull();

  await act(async () => {
    fireEvent.click(screen.getByText('申请人3、配偶3'));
  });
  expect(calls.navigateTo.at(-1)).toContain('/packages/staff/registration/index?id=r3');
});

it('says so when nothing matches', async () => {
  setApiHandler(() => ({ ok: true, data: { items: [], total: 0, pageSize: 30 } }));
  render(<RegistrationSearchPage />);
  await tapButton('查询');
  expect(await screen.findByText('没有符合条件的登记')).toBeTruthy();
  expect(calls.request.at(-1)?.body.input).toEqual({ page: 1 });
});
