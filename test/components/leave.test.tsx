import { act, fireEvent, render, screen } from '@testing-library/react';
import LeavePage from '@/packages/guide/leave/index';
import { tapButton } from './setup/interact';

async function setDate(value: string) {
  const input = document.querySelector('[data-field="birthDate"] input') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}

it('gives dates, not just day counts, for a normal birth', async () => {
  render(<LeavePage />);
  await setDate('2026-11-28');
  await tapButton('计算假期');
  expect(await screen.findByText('产假 158 天')).toBeTruthy();
  expect(screen.getByText('2026年11月28日 至 2027年5月4日')).toBeTruthy();
  expect(screen.getByText('男方护理假 30 天')).toBeTruthy();
  expect(screen.getByText('2026年11月28日 至 2026年12月27日')).toBeTruthy();
  expect(screen.getByText('第3年')).toBeTruthy();
});

it('adds 15 days for twins', async () => {
  render(<LeavePage />);
  await setDate('2026-11-28');
  await tapButton('双胞胎');
  await tapButton('计算假期');
  expect(await screen.findByText('产假 173 天')).toBeTruthy();
  expect(screen.getByText('多胞胎增加产假')).toBeTruthy();
});
