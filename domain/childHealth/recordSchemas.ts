// What the health worker records: one child health check (measurements, feeding, development
// screening, referral) and one newborn screening result. The server runs these again on every write.
// The measurements part (domain/growth/measurementSchema) needs the WHO tables, so pages do not import
// this file: they send the form and show the server's field messages.
import * as v from 'valibot';
import { compareDates } from '../dates';
import { measurementsSchema } from '../growth/measurementSchema';
import type { Sex } from '../growth/types';
import { calendarDate, oneOf, optionalOneOf, optionalText, refine, requiredText, strictFields } from '../validation';
import { CHILD_CHECKS } from './childChecks';
import { DEVELOPMENT_RESULTS, FEEDING_KINDS, RECORD_LABELS as L, SCREENING_LABELS as S } from './labels';
import { SCREENING_KINDS, SCREENING_RESULTS, SCREENING_ROUNDS } from './newbornScreening';

export const CHECK_IDS = CHILD_CHECKS.map((c) => c.id);

export function recordCheckSchema(today: string, birthDate: string, sex: Sex) {
  return strictFields('健康检查记录', {
    childId: v.string(),
    checkId: oneOf(L.checkId, CHECK_IDS),
    facility: requiredText(L.facility, 50),
    measurements: measurementsSchema(today, birthDate, sex),
    feeding: optionalOneOf(L.feeding, FEEDING_KINDS),
    development: oneOf(L.development, DEVELOPMENT_RESULTS),
    referral: optionalText(L.referral, 100),
  });
}

export type RecordCheckInput = v.InferOutput<ReturnType<typeof recordCheckSchema>>;

export function recordScreeningSchema(today: string, birthDate: string) {
  return v.pipe(
    strictFields('新生儿筛查记录', {
      childId: v.string(),
      kind: oneOf(S.kind, SCREENING_KINDS),
      round: oneOf(S.round, SCREENING_ROUNDS),
      result: oneOf(S.result, SCREENING_RESULTS),
      date: v.pipe(
        calendarDate(S.date),
        refine((d) => compareDates(d, birthDate) >= 0, `${S.date}不能早于孩子的出生日期（${birthDate}）`),
        refine((d) => compareDates(d, today) <= 0, `${S.date}不能晚于今天`),
      ),
      facility: requiredText(S.facility, 50),
      recheckWhere: optionalText(S.recheckWhere, 100),
    }),
    v.forward(
      v.partialCheck(
        [['result'], ['recheckWhere']],
        (x) => x.result === 'pass' || (x.recheckWhere ?? '') !== '',
        `请填写${S.recheckWhere}`,
      ),
      ['recheckWhere'],
    ),
  );
}
