// A pregnancy's dating as the mother (or the hospital) enters it: the last menstrual period, an
// ultrasound (its date and the gestational age it measured), or both. Same schema on the page and
// the server; messages name the field.
import * as v from 'valibot';
import { addDays, compareDates } from '../dates';
import { numberIn } from '../nursery/schema';
import { optionalCalendarDate, isSet, strictFields } from '../validation';
import { MAX_GESTATION_WEEKS } from './pregnancyDating';

export const DATING_LABELS = {
  lmp: '末次月经第一天',
  scanDate: 'B超检查日期',
  scanWeeks: 'B超孕周（周）',
  scanDays: 'B超孕周（天）',
} as const;

/** Dates further back than this cannot start a pregnancy still going on (44 weeks). */
const OLDEST_START_DAYS = MAX_GESTATION_WEEKS * 7;

/**
 * LMP and/or ultrasound; at least one. The LMP is within the last 44 weeks and not after today; the
 * scan is not after today, not before the LMP, and its weeks and days come together.
 */
export function datingSchema(today: string) {
  const L = DATING_LABELS;
  const oldest = addDays(today, -OLDEST_START_DAYS);
  const notAfterToday = (d: string | null | undefined) => !isSet(d) || compareDates(d, today) <= 0;
  const fields = strictFields('孕周信息', {
    lmp: optionalCalendarDate(L.lmp),
    scanDate: optionalCalendarDate(L.scanDate),
    scanWeeks: v.nullish(numberIn(L.scanWeeks, 4, MAX_GESTATION_WEEKS)),
    scanDays: v.nullish(numberIn(L.scanDays, 0, 6)),
  });
  type F = v.InferOutput<typeof fields>;
  return v.pipe(
    fields,
    v.forward(
      v.partialCheck([['lmp']], (x: Partial<F>) => notAfterToday(x.lmp), `${L.lmp}不能晚于今天`),
      ['lmp'],
    ),
    v.forward(
      v.partialCheck(
        [['lmp']],
        (x: Partial<F>) => !isSet(x.lmp) || compareDates(x.lmp, oldest) >= 0,
        `${L.lmp}不能早于${oldest}（超过${MAX_GESTATION_WEEKS}周）`,
      ),
      ['lmp'],
    ),
    v.forward(
      v.partialCheck([['scanDate']], (x: Partial<F>) => notAfterToday(x.scanDate), `${L.scanDate}不能晚于今天`),
      ['scanDate'],
    ),
    v.forward(
      v.partialCheck(
        [['lmp'], ['scanDate']],
        (x: Partial<F>) => !isSet(x.lmp) || !isSet(x.scanDate) || compareDates(x.scanDate, x.lmp) >= 0,
        `${L.scanDate}不能早于${L.lmp}`,
      ),
      ['scanDate'],
    ),
    v.forward(
      v.partialCheck(
        [['scanDate'], ['scanWeeks'], ['scanDays']],
        (x: Partial<F>) => [x.scanDate, x.scanWeeks, x.scanDays].every(isSet) || ![x.scanDate, x.scanWeeks, x.scanDays].some(isSet),
        `请同时填写${L.scanDate}和B超孕周（周、天）`,
      ),
      ['scanDate'],
    ),
    v.check((x) => isSet(x.lmp) || isSet(x.scanDate), `请填写${L.lmp}或B超检查结果`),
  );
}

export type DatingInput = v.InferOutput<ReturnType<typeof datingSchema>>;

/** The validated input as datePregnancy takes it. */
export function datingInputOf(x: DatingInput): { lmp?: string; ultrasound?: { scanDate: string; weeks: number; days: number } } {
  const out: { lmp?: string; ultrasound?: { scanDate: string; weeks: number; days: number } } = {};
  if (isSet(x.lmp)) out.lmp = x.lmp;
  if (isSet(x.scanDate) && isSet(x.scanWeeks) && isSet(x.scanDays))
    out.ultrasound = { scanDate: x.scanDate, weeks: x.scanWeeks, days: x.scanDays };
  return out;
}
