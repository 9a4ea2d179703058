// The daily 哺乳 hour(s) after the 产假, until the child's first birthday (NURSING_RULES), and the
// 产前检查 rules during the pregnancy. Dates are calendar days, both ends included.
import { addDays, addMonths, compareDates } from '../dates';
import type { LeavePlan } from './leaveCalculator';
import { NURSING_RULES, PRENATAL_CHECK_RULES } from './motherWorkRules';

export interface NursingTime {
  hoursPerDay: number;
  /** The first working day after the 产假; absent when the 产假 lasts past the first birthday. */
  start?: string;
  /** The day before the child's first birthday. */
  end: string;
  sources: string[];
}

/** 哺乳时间 for the babies of one birth, from the day after the 产假 ends to the day before the 1st birthday. */
export function nursingTimeFor(plan: LeavePlan, babies: number): NursingTime {
  if (!Number.isInteger(babies) || babies < 1) throw new RangeError(`babies must be a whole number ≥ 1: ${babies}`);
  const R = NURSING_RULES;
  const end = addDays(addMonths(plan.birthDate, 12 * R.untilAgeYears.value), -1);
  const start = addDays(plan.maternity.end, 1);
  const sources = [R.hoursPerDay.source, ...(babies > 1 ? [R.extraHoursPerExtraBaby.source] : []), R.untilAgeYears.source];
  return {
    hoursPerDay: R.hoursPerDay.value + (babies - 1) * R.extraHoursPerExtraBaby.value,
    ...(compareDates(start, end) <= 0 ? { start } : {}),
    end,
    sources,
  };
}

/** The 产前检查 rules, in the order a reader needs them. */
export const PRENATAL_CHECK_SOURCES: readonly string[] = [
  PRENATAL_CHECK_RULES.inWorkingTime.source,
  PRENATAL_CHECK_RULES.lighterWork.source,
  PRENATAL_CHECK_RULES.sevenMonths.source,
];
