import { render, screen } from '@testing-library/react';
import { calendarFor } from '@domain/vaccine/schedule';
import VaccineCalendarPage from '@/packages/vaccine/calendar/index';
import { useSession } from '@/stores/session';
import { setApiHandler, setRouterParams } from './setup/taroMock';
import { tapButton } from './setup/interact';

const child = { id: 'k1', name: '勒干·小满', sex: 'F' as const, birthDate: '2026-09-10' };
const given = {
  'hepb-1': { date: '2026-09-10', product: 'HepB', batch: 'B2026-01', clinic: '盈江县人民医院' },
  'bcg-1': { date: '2026-09-11', product: 'BCG', batch: 'C2026-07', clinic: '盈江县人民医院' },
};

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  setRouterParams({ childId: 'k1' });
  setApiHandler(() => ({ ok: true, data: calendarFor(child, given, '2026-11-28') }));
});

it('groups the doses by what to do: overdue, due now, next, given', async () => {
  render(<VaccineCalendarPage />);
  expect(await screen.findByText('勒干·小满')).toBeTruthy();
  const groups = Array.from(document.querySelectorAll('[data-group]')).map((g) => g.getAttribute('data-group'));
  expect(groups[groups.length - 1]).toBe('given');
  expect(document.querySelector('[data-group="given"] [data-dose="hepb-1"]')).toBeTruthy();
  expect(screen.getByText(/2026-09-10 接种 · HepB · 批号 B2026-01/)).toBeTruthy();
  // 2nd HepB is due from 1 month (2026-10-10): on 2026-11-28 it can be given now.
  expect(document.querySelector('[data-group="due"] [data-dose="hepb-2"]')).toBeTruthy();
  expect(screen.getAllByText('可接种起始').length).toBeGreaterThan(0);
});

it('shows the whole schedule on request', async () => {
  render(<VaccineCalendarPage />);
  await screen.findByText('勒干·小满');
  const before = document.querySelectorAll('[data-dose]').length;
  await tapButton('显示全部接种计划');
  expect(document.querySelectorAll('[data-dose]').length).toBeGreaterThan(before);
  expect(document.querySelector('[data-dose="mpsvac-2"]')).toBeTruthy();
});

it('a child whose history predates the system: 未录入 with the 接种证 to check, never 已逾期', async () => {
  const older = { id: 'k2', name: '大姐', sex: 'F' as const, birthDate: '2021-06-18' };
  setApiHandler(() => ({
    ok: true,
    data: calendarFor(older, {}, '2026-12-04', { knownSince: '2026-12-04', certificateIssued: false, anyRecorded: false }),
  }));
  render(<VaccineCalendarPage />);
  expect(await screen.findByText('大姐')).toBeTruthy();
  expect(screen.getByText('有些剂次系统里还没有记录')).toBeTruthy();
  expect(screen.getByText(/未录入，请带接种证到接种单位核对/)).toBeTruthy();
  expect(document.querySelector('[data-group="overdue"]')).toBeNull();
  expect(document.querySelector('[data-group="due"]')).toBeNull();
  expect(document.body.textContent).not.toContain('已逾期');
  expect(document.querySelector('[data-group="unrecorded"] [data-dose="dtap-1"]')).toBeTruthy();
});
