// 预产期 and 孕周: from the last menstrual period by Naegele's rule (280 days), or from an ultrasound
// (the scan's date and the gestational age it measured). When both are known, the ultrasound
// replaces the LMP date only when they differ by more than the scan's margin of error for its
// gestational age (DATING_RULE below). All dates are 'YYYY-MM-DD'; day arithmetic runs in UTC
// (domain/dates), so month ends and 29 February need no special case.
import { addDays, diffDays } from '../dates';
import type { Citation, GestationalAge, PregnancyDating, UltrasoundDating } from './types';

export const PREGNANCY_DAYS = {
  value: 280,
  source: {
    document: '谢幸、孔北华、段涛主编《妇产科学》（第9版，人民卫生出版社，2018）',
    clause:
      '妊娠诊断·推算预产期：从末次月经第1日算起，妊娠全程约280日（40周）；口算“月份减3或加9、日数加7”与280日可能相差1～2日，本服务按280日计算',
  } satisfies Citation,
} as const;

/**
 * Redating by ultrasound: use the ultrasound date when it differs from the LMP date by more than
 * this many days, by the gestational age at the scan (ultrasound measured). Rows are [from weeks
 * (inclusive), to weeks (exclusive), more than N days].
 */
export const DATING_RULE = {
  thresholds: [
    [0, 9, 5],
    [9, 14, 7],
    [14, 16, 7],
    [16, 22, 10],
    [22, 28, 14],
    [28, 45, 21],
  ] as const,
  source: {
    document: 'ACOG Committee Opinion No. 700: Methods for Estimating the Due Date (2017)',
    clause: 'Table 1 Guidelines for Redating Based on Ultrasonography',
    url: 'https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2017/05/methods-for-estimating-the-due-date',
  } satisfies Citation,
} as const;

export const MAX_GESTATION_WEEKS = 44;

function assertAge(weeks: number, days: number): void {
  if (!Number.isInteger(weeks) || !Number.isInteger(days) || weeks < 0 || weeks > MAX_GESTATION_WEEKS || days < 0 || days > 6) {
    throw new RangeError(`Not a gestational age: ${weeks}w${days}d`);
  }
}

export function dueDateFromLmp(lmp: string): string {
  return addDays(lmp, PREGNANCY_DAYS.value);
}

/** The LMP an ultrasound implies: the scan date less the gestational age it measured. */
export function startDateFromUltrasound(u: UltrasoundDating): string {
  assertAge(u.weeks, u.days);
  return addDays(u.scanDate, -(u.weeks * 7 + u.days));
}

function redateThreshold(u: UltrasoundDating): number {
  const row = DATING_RULE.thresholds.find(([from, to]) => u.weeks >= from && u.weeks < to);
  return row ? row[2] : DATING_RULE.thresholds[DATING_RULE.thresholds.length - 1]![2];
}

/** The dating to use, from the LMP, an ultrasound, or both. */
export function datePregnancy(input: { lmp?: string; ultrasound?: UltrasoundDating }): PregnancyDating {
  const { lmp, ultrasound } = input;
  if (!lmp && !ultrasound) throw new RangeError('A dating needs the LMP or an ultrasound');
  if (lmp && !ultrasound) {
    return { basis: 'lmp', startDate: lmp, dueDate: dueDateFromLmp(lmp), reason: '按末次月经推算（末次月经第一天加280天）' };
  }
  const u = ultrasound!;
  const usStart = startDateFromUltrasound(u);
  const usDue = addDays(usStart, PREGNANCY_DAYS.value);
  if (!lmp) {
    return { basis: 'ultrasound', startDate: usStart, dueDate: usDue, reason: `按B超推算（${u.scanDate} B超孕${u.weeks}周+${u.days}天）` };
  }
  const lmpDue = dueDateFromLmp(lmp);
  const difference = diffDays(usDue, lmpDue);
  const both = { lmpDueDate: lmpDue, ultrasoundDueDate: usDue, differenceDays: difference };
  if (Math.abs(difference) > redateThreshold(u)) {
    return {
      basis: 'ultrasound',
      startDate: usStart,
      dueDate: usDue,
      ...both,
      reason: `B超孕周与末次月经相差${Math.abs(difference)}天，按B超推算`,
    };
  }
  return { basis: 'lmp', startDate: lmp, dueDate: lmpDue, ...both, reason: '按末次月经推算（B超孕周与之相符）' };
}

/** 孕周 on a date (may be negative days before the start, which gives undefined). */
export function gestationalAgeOn(dating: { startDate: string }, date: string): GestationalAge | undefined {
  const total = diffDays(date, dating.startDate);
  if (total < 0) return undefined;
  return { weeks: Math.floor(total / 7), days: total % 7 };
}

/** The date a gestational age is reached. */
export function dateAtGestationalAge(dating: { startDate: string }, age: GestationalAge): string {
  return addDays(dating.startDate, age.weeks * 7 + age.days);
}

/** '孕23周+4天'; '孕23周' on a whole week. */
export function formatGestationalAge(age: GestationalAge): string {
  return age.days === 0 ? `孕${age.weeks}周` : `孕${age.weeks}周+${age.days}天`;
}
