// Calendar dates are 'YYYY-MM-DD' strings meaning a day in Asia/Shanghai. Arithmetic runs in UTC so
// the device's own time zone (and any DST it has) can never shift a day.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

export const TIME_ZONE = 'Asia/Shanghai';

const FORMAT = 'YYYY-MM-DD';
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

// Shanghai has kept a fixed +08:00 offset since 1991; a fixed offset needs no Intl time-zone data,
// which some mini-program JS engines lack.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** The Shanghai calendar date of an instant. */
export function todayIn(now: Date): string {
  return dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES).format(FORMAT);
}

export function isCalendarDate(s: string): boolean {
  return typeof s === 'string' && SHAPE.test(s) && dayjs.utc(s, FORMAT, true).isValid();
}

function parse(date: string): dayjs.Dayjs {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return dayjs.utc(date, FORMAT, true);
}

/** Month arithmetic clamps to the end of a shorter month: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(date: string, n: number): string {
  return parse(date).add(n, 'month').format(FORMAT);
}

export function addDays(date: string, n: number): string {
  return parse(date).add(n, 'day').format(FORMAT);
}

/** Whole days from `earlier` to `later` (negative when `later` comes first). */
export function diffDays(later: string, earlier: string): number {
  return parse(later).diff(parse(earlier), 'day');
}

export function compareDates(a: string, b: string): -1 | 0 | 1 {
  parse(a);
  parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Completed years on `on`; a 02-29 birthday is reached on 03-01 in common years. */
export function ageInYears(birth: string, on: string): number {
  const b = parse(birth);
  const d = parse(on);
  let age = d.year() - b.year();
  if (d.month() < b.month() || (d.month() === b.month() && d.date() < b.date())) age -= 1;
  return age;
}
