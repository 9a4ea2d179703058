// A Shanghai calendar day as the half-open range of stored ISO instants it covers.
import { addDays } from '../../../domain/dates';

export function startOfShanghaiDay(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

export function endOfShanghaiDayExclusive(date: string): string {
  return startOfShanghaiDay(addDays(date, 1));
}
