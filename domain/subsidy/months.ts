// Calendar months as integers (year * 12 + month - 1), so month ranges are plain number ranges.
import { isCalendarDate } from '../dates';

export type MonthIndex = number;

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function monthOf(date: string): MonthIndex {
  const [y, m] = parts(date);
  return y * 12 + m - 1;
}

export function yearOf(date: string): number {
  return parts(date)[0];
}

export function yearOfMonth(month: MonthIndex): number {
  return Math.floor(month / 12);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month1: number): number {
  if (month1 === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month1) ? 30 : 31;
}

export function monthStart(month: MonthIndex): string {
  return `${pad(yearOfMonth(month), 4)}-${pad((month % 12) + 1)}-01`;
}

export function monthEnd(month: MonthIndex): string {
  const year = yearOfMonth(month);
  const month1 = (month % 12) + 1;
  return `${pad(year, 4)}-${pad(month1)}-${pad(daysIn(year, month1))}`;
}

export const yearStart = (year: number) => `${pad(year, 4)}-01-01`;
export const yearEnd = (year: number) => `${pad(year, 4)}-12-31`;

/**
 * The day a child reaches `years` of age. A 02-29 birthday is reached on 03-01 in common years, as
 * domain/dates ageInYears counts it.
 */
export function birthdayAt(birthDate: string, years: number): string {
  const [y, m, d] = parts(birthDate);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeap(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(m)}-${pad(d)}`;
}

export const laterDate = (a: string, b: string) => (a >= b ? a : b);
