// What every figure is filtered by: a period of whole months and, optionally, one township; and the
// same period as the stored values see it (calendar dates, and ISO instants for timestamps).
import { periodDates } from '../../../domain/dashboard/period';
import type { TownshipCode } from '../../../domain/place/townships';
import { endOfShanghaiDayExclusive, startOfShanghaiDay } from '../common/shanghaiDay';

export interface FigureScope {
  from: string;
  to: string;
  township?: TownshipCode;
  /** First and last calendar day of the period. */
  firstDay: string;
  lastDay: string;
  /** The period as ISO instants, [startAt, endAt). */
  startAt: string;
  endAt: string;
  /** Today in Shanghai (overdue steps are judged against it). */
  today: string;
}

export function figureScope(q: { from: string; to: string; township?: TownshipCode | undefined }, today: string): FigureScope {
  const { first, last } = periodDates(q.from, q.to);
  return {
    from: q.from,
    to: q.to,
    ...(q.township ? { township: q.township } : {}),
    firstDay: first,
    lastDay: last,
    startAt: startOfShanghaiDay(first),
    endAt: endOfShanghaiDayExclusive(last),
    today,
  };
}
