// Working days for review deadlines (docs/decisions.md §3: 育儿补贴 reviewed within 30 working days).
// Monday to Friday only: the State Council's public holidays and their make-up working days (调休)
// are NOT modelled yet. WORKING_CALENDAR is the hook: list them there (e.g. each December, when the
// next year's 放假安排 is published) and every deadline follows.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addDays, isCalendarDate } from '../dates';

dayjs.extend(utc);

export interface WorkingCalendar {
  /** Weekdays that are days off ('YYYY-MM-DD'). */
  holidays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  extraWorkdays: readonly string[];
}

export const WORKING_CALENDAR: WorkingCalendar = { holidays: [], extraWorkdays: [] };

export function isWorkingDay(date: string, calendar: WorkingCalendar = WORKING_CALENDAR): boolean {
  if (calendar.extraWorkdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = dayjs.utc(date).day();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `date` (the date itself never counts): Friday + 1 = Monday. n = 0 gives `date`. */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = WORKING_CALENDAR): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a number of working days: ${n}`);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}
