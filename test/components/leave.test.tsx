import { act, fireEvent, render, screen } from '@testing-library/react';
import LeavePage from '@/packages/guide/leave/index';
import { fillText, tapButton } from './setup/interact';

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

const card = (name: string) => document.querySelector(`[data-leave="${name}"]`)?.textContent ?? '';

it('adds 哺乳时间, 产前检查 and, with a wage, the 生育津贴 estimate, each with its source', async () => {
  render(<LeavePage />);
  await setDate('2026-11-28');
  await tapButton('双胞胎');
  await fillText('monthlyWageYuan', '6000');
  await tapButton('计算假期');
  await screen.findByText('产假 173 天');

  expect(card('nursing')).toContain('哺乳时间 每天 2 小时');
  expect(card('nursing')).toContain('2027年5月20日 至 2027年11月27日');
  expect(card('nursing')).toContain('第九条');
  expect(card('prenatal')).toContain('所需时间计入劳动时间');
  expect(card('prenatal')).toContain('第六条');

  // 6000 ÷ 30 = 200元 a day × 173 days
  const allowance = card('allowance');
  expect(allowance).toContain('生育津贴估算 约 34,600元');
  expect(allowance).toContain('每天约 200元，共 173 天');
  expect(document.querySelector('[data-part="national"]')?.textContent).toContain('98 天 · 19,600元');
  expect(document.querySelector('[data-part="yunnan"]')?.textContent).toContain('60 天 · 12,000元');
  expect(document.querySelector('[data-part="multiple"]')?.textContent).toContain('15 天 · 3,000元');
  expect(allowance).toContain('第五十六条');
  expect(allowance).not.toMatch(/待核|待确认/);
});

it('without a wage: the leave and 哺乳时间, and an invitation to fill the wage', async () => {
  render(<LeavePage />);
  await setDate('2026-11-28');
  await tapButton('计算假期');
  await screen.findByText('产假 158 天');
  expect(card('nursing')).toContain('每天 1 小时');
  expect(card('allowance')).toContain('可估算产假期间的生育津贴');
});

it('names the wage field when the wage is not an amount in 元, and computes nothing', async () => {
  render(<LeavePage />);
  await setDate('2026-11-28');
  await fillText('monthlyWageYuan', '6000.123');
  await tapButton('计算假期');
  expect(await screen.findByText('用人单位上年度职工月平均工资应为以元为单位的数字，最多两位小数，如6500或6500.50')).toBeTruthy();
  expect(screen.queryByText('产假 158 天')).toBeNull();
});
