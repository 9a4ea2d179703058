// 产假, 护理假 and 育儿假 dates for one birth, from LEAVE_RULES (see the assumptions at its top).
import * as v from 'valibot';
import { addDays, addMonths, compareDates } from '../dates';
import type { Assert } from '../typeChecks';
import { calendarDate, strictFields, typeMessage, yesNo } from '../validation';
import { LEAVE_RULES } from './leaveRules';

export interface LeaveInput {
  birthDate: string;
  difficult: boolean;
  /** Babies born of this pregnancy (2 for twins). */
  babies: number;
  /** 产假 days taken before the birth, 0–15 (counted in the 98); missing = 0. */
  startBeforeBirthDays?: number;
}

export type MaternityPartKey = 'national' | 'yunnan' | 'difficult' | 'multiple';

export interface MaternityPart {
  key: MaternityPartKey;
  label: string;
  /** 0 when it does not apply (no 难产, one baby). */
  days: number;
  source: string;
}

export interface DateRange {
  start: string;
  /** Inclusive: the last day of leave. */
  end: string;
}

export interface ParentalPeriod extends DateRange {
  /** The child's year of age: 1 = from the birth date to the day before the 1st birthday. */
  year: number;
  /** Days for each parent in this period. */
  daysPerParent: number;
}

export interface LeavePlan {
  birthDate: string;
  maternity: DateRange & {
    totalDays: number;
    daysBeforeBirth: number;
    /** Days from the birth date (included) to the end. */
    daysFromBirth: number;
    breakdown: MaternityPart[];
  };
  paternity: DateRange & { days: number; source: string };
  parental: { periods: ParentalPeriod[]; source: string };
}

export const LEAVE_LABELS = {
  birthDate: '孩子出生日期',
  difficult: '是否难产',
  babies: '本胎婴儿数',
  startBeforeBirthDays: '产前休假天数',
} as const satisfies Record<keyof LeaveInput, string>;

const PART_LABELS: Readonly<Record<MaternityPartKey, string>> = {
  national: '国家规定产假',
  yunnan: '云南省延长生育假',
  difficult: '难产增加产假',
  multiple: '多胞胎增加产假',
};

const R = LEAVE_RULES;

function checkInput(input: LeaveInput): void {
  const before = input.startBeforeBirthDays ?? 0;
  if (!Number.isInteger(input.babies) || input.babies < 1) throw new RangeError(`babies must be a whole number ≥ 1: ${input.babies}`);
  if (!Number.isInteger(before) || before < 0 || before > R.maternityBeforeBirthMaxDays.value) {
    throw new RangeError(`startBeforeBirthDays must be 0–${R.maternityBeforeBirthMaxDays.value}: ${before}`);
  }
}

function range(start: string, days: number): DateRange {
  return { start, end: addDays(start, days - 1) };
}

export function leaveFor(input: LeaveInput): LeavePlan {
  checkInput(input);
  const { birthDate } = input;
  const daysBeforeBirth = input.startBeforeBirthDays ?? 0;

  const part = (key: MaternityPartKey, days: number, source: string): MaternityPart => ({ key, label: PART_LABELS[key], days, source });
  const breakdown: MaternityPart[] = [
    part('national', R.maternityNationalDays.value, R.maternityNationalDays.source),
    part('yunnan', R.maternityYunnanExtraDays.value, R.maternityYunnanExtraDays.source),
    part('difficult', input.difficult ? R.difficultBirthExtraDays.value : 0, R.difficultBirthExtraDays.source),
    part('multiple', (input.babies - 1) * R.perExtraBabyExtraDays.value, R.perExtraBabyExtraDays.source),
  ];
  const totalDays = breakdown.reduce((sum, p) => sum + p.days, 0);

  const years = R.parentalUntilAgeYears.value;
  const periods: ParentalPeriod[] = [];
  for (let year = 1; year <= years; year += 1) {
    const start = addMonths(birthDate, 12 * (year - 1));
    periods.push({ year, start, end: addDays(addMonths(birthDate, 12 * year), -1), daysPerParent: R.parentalDaysPerYear.value });
  }

  return {
    birthDate,
    maternity: {
      ...range(addDays(birthDate, -daysBeforeBirth), totalDays),
      totalDays,
      daysBeforeBirth,
      daysFromBirth: totalDays - daysBeforeBirth,
      breakdown,
    },
    paternity: { ...range(birthDate, R.paternityDays.value), days: R.paternityDays.value, source: R.paternityDays.source },
    parental: { periods, source: `${R.parentalDaysPerYear.source}${R.parentalUntilAgeYears.source}` },
  };
}

/** Whether `date` falls in a range (both ends included). */
export function isWithin(date: string, r: DateRange): boolean {
  return compareDates(date, r.start) >= 0 && compareDates(date, r.end) <= 0;
}

function wholeNumber(label: string, min: number, max: number) {
  return v.pipe(
    v.number(typeMessage(label)),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, `${label}应为${min}至${max}之间的整数`),
  );
}

export function leaveInputSchema() {
  const L = LEAVE_LABELS;
  return strictFields('产假计算', {
    birthDate: calendarDate(L.birthDate),
    difficult: yesNo(L.difficult),
    babies: wholeNumber(L.babies, 1, R.maxBabies.value),
    // null and a missing key both mean "none taken before the birth".
    startBeforeBirthDays: v.pipe(
      v.nullish(wholeNumber(L.startBeforeBirthDays, 0, R.maternityBeforeBirthMaxDays.value)),
      v.transform((n) => n ?? undefined),
    ),
  });
}

/** Compile-time proof that what the schema accepts is a LeaveInput. @public (exported only so the compiler keeps it; nothing imports it) */
export type LeaveSchemaMatchesInput = Assert<v.InferOutput<ReturnType<typeof leaveInputSchema>> extends LeaveInput ? true : false>;
