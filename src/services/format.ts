import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { TIME_ZONE } from '@domain/dates';

dayjs.extend(utc);
dayjs.extend(timezone);

/** An ISO instant as a Shanghai wall-clock time, e.g. 2026-11-28 10:05. */
export function formatInstant(iso: string): string {
  return dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD HH:mm');
}

/** A calendar date as 2026年11月28日. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** 3月1日 within the current year, 2027年3月1日 otherwise. */
export function formatShortDate(date: string, today: string): string {
  const full = formatDate(date);
  return date.slice(0, 4) === today.slice(0, 4) ? full.replace(/^\d+年/, '') : full;
}
