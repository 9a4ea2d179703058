// addDays / addMonths compute by integer arithmetic (domain/dates.ts): the same answers as dayjs,
// month ends clamped, leap days, year boundaries, negative steps.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addDays, addMonths, compareDates, isCalendarDate } from '../../domain/dates';

dayjs.extend(utc);
const viaDayjs = (date: string, n: number, unit: 'day' | 'month') => dayjs.utc(date).add(n, unit).format('YYYY-MM-DD');

test('addDays and addMonths agree with dayjs over eight years of dates and steps', () => {
  let checked = 0;
  for (let d = 0; d < 8 * 366; d += 3) {
    const date = viaDayjs('2019-01-01', d, 'day');
    for (const n of [-400, -31, -1, 0, 1, 28, 29, 30, 31, 365, 366, 2000]) {
      expect(addDays(date, n)).toBe(viaDayjs(date, n, 'day'));
      checked += 1;
    }
    for (const n of [-25, -12, -1, 0, 1, 2, 11, 12, 13, 48, 72]) {
      expect(addMonths(date, n)).toBe(viaDayjs(date, n, 'month'));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(20_000);
});

test('month ends clamp and invalid dates are still refused', () => {
  expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-01', 'x']) {
    expect(isCalendarDate(bad)).toBe(false);
    expect(() => addDays(bad, 1)).toThrow(RangeError);
    expect(() => compareDates(bad, '2024-01-01')).toThrow(RangeError);
  }
  // A date found valid once is remembered; an invalid one never is.
  expect(isCalendarDate('2024-02-29')).toBe(true);
  expect(isCalendarDate('2024-02-29')).toBe(true);
  expect(isCalendarDate('2024-02-30')).toBe(false);
});
