// Visit times are 'YYYY-MM-DDTHH:mm' in Beijing time (UTC+8, no DST since 1991), compared as
// strings; months are 'YYYY-MM'.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(utc);
dayjs.extend(customParseFormat);

const LOCAL = 'YYYY-MM-DDTHH:mm';
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export function isLocalDateTime(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) && dayjs.utc(s, LOCAL, true).isValid();
}

export function isYearMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** The Beijing wall-clock minute of an instant. */
export function shanghaiLocal(now: Date): string {
  return dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES).format(LOCAL);
}

export function addMinutesLocal(local: string, minutes: number): string {
  return dayjs.utc(local, LOCAL, true).add(minutes, 'minute').format(LOCAL);
}

/** Whole months from `from` to `to` ('YYYY-MM'); negative when `to` comes first. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** The day of a local date-time. */
export function dayOf(local: string): string {
  return local.slice(0, 10);
}
