// Every number that bounds 出生一件事 lives here, next to where it comes from, so a policy change is a
// one-line edit. Code reads them only from this object and the helpers below.
import { addDays, addMonths, ageInYears, compareDates } from '../dates';

export const BUNDLE_RULES = {
  hukouDueMonths: {
    value: 1,
    source:
      '《中华人民共和国户口登记条例》第七条：婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。',
  },
  insuranceCoverDays: {
    value: 90,
    source:
      '云南省城乡居民基本医疗保险 新生儿参保规定：新生儿出生后90天内参保缴费的，自出生之日起享受医保待遇；超过90天的自缴费之日起享受。',
    /** Staff-only: never shown to parents. */
    toConfirm: '具体文件名称、文号及第90天是否包含在内待确认',
  },
  maxChildAgeYears: {
    value: 1,
    source: '盈发〔2023〕8号 二(一)4、附件1 第4项：“出生一件事”面向未满1周岁的孩子；满1周岁（含周岁生日当天）起各事项分别到相关部门办理。',
  },
} as const;

/** 户口登记 is due by this date (one month after the birth; a 31st clamps to the end of a shorter month). */
export function hukouDueDate(birthDate: string): string {
  return addMonths(birthDate, BUNDLE_RULES.hukouDueMonths.value);
}

/** A premium paid on or before this date covers the child from the birth date. */
export function insuranceCoverDueDate(birthDate: string): string {
  return addDays(birthDate, BUNDLE_RULES.insuranceCoverDays.value);
}

/** The first day the newborn's 医保 covers: the birth date if paid in time, else the day it was paid. */
export function insuranceCoverageStart(birthDate: string, paidOn: string): string {
  return compareDates(paidOn, insuranceCoverDueDate(birthDate)) <= 0 ? birthDate : paidOn;
}

/** The birth dates the bundle accepts on `today`, for the schema and the form's date picker. */
export function bundleBirthDateWindow(today: string): { earliest: string; latest: string } {
  // The day after the date exactly N years back: on that date the child would already be N.
  return { earliest: addDays(addMonths(today, -12 * BUNDLE_RULES.maxChildAgeYears.value), 1), latest: today };
}

/** Born by `today` and not yet at the age limit. */
export function isWithinBundleAge(birthDate: string, today: string): boolean {
  return compareDates(birthDate, today) <= 0 && ageInYears(birthDate, today) < BUNDLE_RULES.maxChildAgeYears.value;
}
