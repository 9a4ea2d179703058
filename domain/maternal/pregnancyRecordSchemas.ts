// The pregnancy records as the mother and the hospital enter them, checked the same way on the page
// and on the server; every message names its field.
//   start        from her 生育登记 (its 预产期 when it has one) or from the LMP / an ultrasound;
//   check        one check of the calendar: its id, the date, the facility (孕周 is computed);
//   delivery     the birth (or the end of the pregnancy) and, when known, the discharge.
import * as v from 'valibot';
import { addDays, compareDates } from '../dates';
import { calendarDate, isSet, optionalCalendarDate, optionalText, refine, requiredText, strictFields } from '../validation';
import { NATIONAL_PREGNANCY_CHECKS, RECOMMENDED_PRENATAL_CHECKS } from './prenatalChecks';
import { MAX_GESTATION_WEEKS, PREGNANCY_DAYS } from './pregnancyDating';
import { dateInPregnancy, FACILITY_MAX } from './riskAssessmentSchema';
import type { DeliveryOutcome } from './views';

export const NOTES_MAX = 200;

export const RECORD_LABELS = {
  registrationId: '生育登记',
  dueDate: '预产期',
  checkId: '检查项目',
  date: '检查日期',
  facility: '检查机构',
  notes: '检查情况',
  deliveryDate: '分娩日期',
  dischargeDate: '出院日期',
  outcome: '妊娠结局',
} as const;

export const CHECK_IDS: readonly string[] = [...NATIONAL_PREGNANCY_CHECKS, ...RECOMMENDED_PRENATAL_CHECKS].map((c) => c.id);
export const POSTNATAL_CHECK_IDS: readonly string[] = NATIONAL_PREGNANCY_CHECKS.filter((c) => c.window.kind === 'postnatal').map(
  (c) => c.id,
);
const OUTCOMES: readonly DeliveryOutcome[] = ['live_birth', 'stillbirth', 'miscarriage'];

/** The dating from a 预产期 alone (her 生育登记's): day 0 is 280 days before it. */
export function startFromDueDate(dueDate: string): string {
  return addDays(dueDate, -PREGNANCY_DAYS.value);
}

/**
 * A due date that can belong to a pregnancy going on today: not more than 280 days ahead, and not
 * more than (44 − 40) weeks behind.
 */
export function dueDateSchema(today: string) {
  const L = RECORD_LABELS;
  return v.pipe(
    calendarDate(L.dueDate),
    refine(
      (d) => compareDates(d, addDays(today, PREGNANCY_DAYS.value)) <= 0,
      `${L.dueDate}不能晚于${addDays(today, PREGNANCY_DAYS.value)}`,
    ),
    refine(
      (d) => compareDates(d, addDays(today, -(MAX_GESTATION_WEEKS * 7 - PREGNANCY_DAYS.value))) >= 0,
      `${L.dueDate}已过去太久，请按末次月经或B超填写`,
    ),
  );
}

/**
 * Starting a pregnancy: from a 生育登记 (registrationId; with no LMP or scan its 预产期 dates the
 * pregnancy), or with the LMP / an ultrasound — those fields are checked by datingSchema once
 * `hasDating` says any was given (startDatingOf).
 */
export const startFields = strictFields('孕期信息', {
  registrationId: v.nullish(v.pipe(v.string('请选择生育登记'), v.maxLength(64, '请选择生育登记'))),
  lmp: v.nullish(v.unknown()),
  scanDate: v.nullish(v.unknown()),
  scanWeeks: v.nullish(v.unknown()),
  scanDays: v.nullish(v.unknown()),
});

export type StartFields = v.InferOutput<typeof startFields>;

/** Whether any of the LMP / ultrasound fields was filled in. */
export function hasDating(x: Omit<StartFields, 'registrationId'>): boolean {
  return [x.lmp, x.scanDate, x.scanWeeks, x.scanDays].some((f) => f !== undefined && f !== null && f !== '');
}

/** One check of the calendar, dated between day 0 of the pregnancy and today. */
export function checkRecordSchema(today: string, startDate: string) {
  const L = RECORD_LABELS;
  return strictFields('检查记录', {
    pregnancyId: v.pipe(v.string('请选择孕产妇'), v.maxLength(64, '请选择孕产妇')),
    checkId: v.picklist(CHECK_IDS, `请选择${L.checkId}`),
    date: dateInPregnancy(L.date, startDate, today),
    facility: requiredText(L.facility, FACILITY_MAX),
    notes: optionalText(L.notes, NOTES_MAX),
  });
}

export type CheckRecordInput = v.InferOutput<ReturnType<typeof checkRecordSchema>>;

/** The birth (or the end of the pregnancy): after day 0, not after today; the discharge on or after it. */
export function deliverySchema(today: string, startDate: string) {
  const L = RECORD_LABELS;
  const fields = strictFields('分娩信息', {
    pregnancyId: v.pipe(v.string('请选择孕产妇'), v.maxLength(64, '请选择孕产妇')),
    version: v.pipe(v.number('请刷新页面后重试'), v.integer('请刷新页面后重试')),
    outcome: v.picklist(OUTCOMES, `请选择${L.outcome}`),
    deliveryDate: v.pipe(
      calendarDate(L.deliveryDate),
      refine((d) => compareDates(d, startDate) > 0, `${L.deliveryDate}应晚于末次月经第一天（${startDate}）`),
      refine((d) => compareDates(d, today) <= 0, `${L.deliveryDate}不能晚于今天`),
    ),
    dischargeDate: optionalCalendarDate(L.dischargeDate),
  });
  type F = v.InferOutput<typeof fields>;
  return v.pipe(
    fields,
    v.forward(
      v.partialCheck(
        [['deliveryDate'], ['dischargeDate']],
        (x: Partial<F>) => !isSet(x.dischargeDate) || !isSet(x.deliveryDate) || compareDates(x.dischargeDate, x.deliveryDate) >= 0,
        `${L.dischargeDate}不能早于${L.deliveryDate}`,
      ),
      ['dischargeDate'],
    ),
    v.forward(
      v.partialCheck(
        [['dischargeDate']],
        (x: Partial<F>) => !isSet(x.dischargeDate) || compareDates(x.dischargeDate, today) <= 0,
        `${L.dischargeDate}不能晚于今天`,
      ),
      ['dischargeDate'],
    ),
  );
}
