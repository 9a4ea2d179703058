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

// Strict parsing costs ~15 µs a date and a vaccine calendar compares hundreds: a date once found
// valid is remembered (a bounded set; cleared when full).
const KNOWN_VALID = new Set<string>();
const KNOWN_VALID_MAX = 50_000;

export function isCalendarDate(s: string): boolean {
  if (typeof s !== 'string' || !SHAPE.test(s)) return false;
  if (KNOWN_VALID.has(s)) return true;
  if (!dayjs.utc(s, FORMAT, true).isValid()) return false;
  if (KNOWN_VALID.size >= KNOWN_VALID_MAX) KNOWN_VALID.clear();
  KNOWN_VALID.add(s);
  return true;
}

function parse(date: string): dayjs.Dayjs {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return dayjs.utc(date, FORMAT, true);
}

// addMonths / addDays by integer arithmetic on the UTC calendar (the same answers as dayjs, ten
// times faster: a vaccine schedule takes some sixty of them); dayjs for years outside 1000–9999.
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function fastParts(date: string): [number, number, number] | undefined {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const y = Number(date.slice(0, 4));
  return y >= 1000 ? [y, Number(date.slice(5, 7)), Number(date.slice(8, 10))] : undefined;
}

function fromUtc(ms: number): string | undefined {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return undefined;
  return `${y}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Month arithmetic clamps to the end of a shorter month: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(date: string, n: number): string {
  const parts = Number.isInteger(n) ? fastParts(date) : undefined;
  if (parts) {
    const [y, m, d] = parts;
    const month = y * 12 + (m - 1) + n;
    const ty = Math.floor(month / 12);
    const tm = month - ty * 12;
    const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
    const out = ty >= 1000 && ty <= 9999 ? fromUtc(Date.UTC(ty, tm, Math.min(d, lastDay))) : undefined;
    if (out) return out;
  }
  return parse(date).add(n, 'month').format(FORMAT);
}

export function addDays(date: string, n: number): string {
  const parts = Number.isInteger(n) ? fastParts(date) : undefined;
  const out = parts ? fromUtc(Date.UTC(parts[0], parts[1] - 1, parts[2] + n)) : undefined;
  return out ?? parse(date).add(n, 'day').format(FORMAT);
}

/** Whole days from `earlier` to `later` (negative when `later` comes first). */
export function diffDays(later: string, earlier: string): number {
  return parse(later).diff(parse(earlier), 'day');
}

export function compareDates(a: string, b: string): -1 | 0 | 1 {
  if (!isCalendarDate(a)) throw new RangeError(`Not a calendar date: ${a}`);
  if (!isCalendarDate(b)) throw new RangeError(`Not a calendar date: ${b}`);
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
