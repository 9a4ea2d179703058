// The police's 户口迁出 page: find the child county-wide, pick the match, say when and where to, confirm.
import { act, fireEvent, render, screen } from '@testing-library/react';
import HukouMovePage from '@/packages/staff/hukou-move/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler } from './setup/taroMock';
import { fillText, tapButton } from './setup/interact';

const child = { id: 'k1', name: '勒干·小满', birthDate: '2025-09-10', idNumberMasked: '533123********0021' };

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
  calls.request.length = 0;
  calls.modal.length = 0;
});

it('finds the child, asks for the destination, and confirms before it records', async () => {
  let found: unknown[] = [];
  setApiHandler((_fn, body) => (body.action === 'findChildren' ? { ok: true, data: found } : { ok: true, data: null }));
  render(<HukouMovePage />);

  await fillText('name', ' 勒干·小满 ');
  await tapButton('查找');
  expect(calls.request.at(-1)!.body).toMatchObject({ action: 'findChildren', input: { name: '勒干·小满' } });
  expect(await screen.findByText('请核对姓名和出生日期，或改用公民身份号码查找。')).toBeTruthy();

  found = [child];
  await tapButton('查找');
  expect(await screen.findByText('出生日期 2025-09-10 · 533123********0021')).toBeTruthy();
  await act(async () => {
    fireEvent.click(document.querySelector('[data-found-child="k1"]')!);
  });
  expect(screen.getByText('勒干·小满 · 户口迁出')).toBeTruthy();
  expect(document.querySelector('[data-found-child]')).toBeNull();

  // No destination yet: the form says so under the field and asks nothing.
  await tapButton('登记迁出');
  expect(document.querySelector('[data-field="destination"] .field-error')).toBeTruthy();
  expect(calls.modal).toHaveLength(0);

  await act(async () => {
    fireEvent.click(screen.getByText('云南省外'));
  });
  await tapButton('登记迁出');
  expect(calls.modal.at(-1)).toContain('勒干·小满的户口于');
  // Declined in the dialog: nothing is recorded, and 返回 shows the matches again.
  expect(calls.request.some((r) => r.body.action === 'recordHukouMove')).toBe(false);
  await tapButton('返回');
  expect(document.querySelector('[data-found-child="k1"]')).toBeTruthy();
});
