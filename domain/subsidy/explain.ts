// Chinese wording the engine's answers are made of: dates, months, 孩次, windows.
import { childOrderText } from '../registration/childOrder';
import { monthOf, yearOfMonth, type MonthIndex } from './months';
import type { DateWindow } from './ruleTypes';

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → '一' … 10 → '十'; larger numbers as digits. */
export function cnNumber(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? CN_DIGITS[n] : String(n);
}

/** '2026-03-02' → '2026年3月2日' */
export function dateText(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** '2025年5月' */
export function monthText(month: MonthIndex): string {
  return `${yearOfMonth(month)}年${(month % 12) + 1}月`;
}

export function birthMonthText(birthDate: string): string {
  return monthText(monthOf(birthDate));
}

/** '2025年1月至2月', '2025年5月', '2024年12月至2025年1月' */
export function monthRangeText(first: MonthIndex, last: MonthIndex): string {
  if (first === last) return monthText(first);
  const sameYear = yearOfMonth(first) === yearOfMonth(last);
  return `${monthText(first)}至${sameYear ? `${(last % 12) + 1}月` : monthText(last)}`;
}

/** '2023年1月1日至2025年12月31日', '2025年1月1日起' */
export function windowText(window: DateWindow): string {
  if (window.from && window.to) return `${dateText(window.from)}至${dateText(window.to)}`;
  if (window.from) return `${dateText(window.from)}起`;
  if (window.to) return `${dateText(window.to)}前`;
  return '';
}

export const orderText = childOrderText;

/** [2, 3] → '二孩、三孩' */
export function ordersText(orders: readonly number[]): string {
  return orders.map((n) => childOrderText(n)).join('、');
}

/** '（双胞胎第2个）' for a child of a multiple birth; '' otherwise. */
export function multipleBirthText(multipleBirth?: { index: number; of: number }): string {
  if (!multipleBirth || multipleBirth.of < 2) return '';
  const kind = multipleBirth.of === 2 ? '双胞胎' : multipleBirth.of === 3 ? '三胞胎' : '多胞胎';
  return `（${kind}第${multipleBirth.index}个）`;
}

export const PARENT_TEXT = { mother: '母亲', father: '父亲' } as const;

export const LOCAL_COUNTY = '盈江县';
