// The first page of a child service (接种计划, 健康检查): the family's children to pick from.
import { fireEvent, render, screen } from '@testing-library/react';
import VaccineChildrenPage from '@/packages/vaccine/index/index';
import ChildHealthChildrenPage from '@/packages/child-health/index/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';

const child = { id: 'k1', name: '演示段小禾', sex: 'M' as const, birthDate: '2025-05-12' };

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
});

it('opens the picked child’s page of the service', async () => {
  setApiHandler(() => ({ ok: true, data: [child] }));
  render(<VaccineChildrenPage />);
  fireEvent.click(await screen.findByText('演示段小禾'));
  expect(calls.navigateTo).toEqual(['/packages/vaccine/calendar/index?childId=k1']);
});

it('says what to do while the family has no child on record', async () => {
  setApiHandler(() => ({ ok: true, data: [] }));
  render(<ChildHealthChildrenPage />);
  expect(await screen.findByText('还没有孩子的记录')).toBeTruthy();
  expect(screen.getByText(/每个孩子的健康检查和生长曲线/)).toBeTruthy();
});
