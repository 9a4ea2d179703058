// The dashboard's and the yearly report's inputs, checked on the client and again on the server.
import * as v from 'valibot';
import { TOWNSHIP_CODES } from '../place/townships';
import { optionalOneOf, strictFields, typeMessage } from '../validation';
import type { ReportScope } from './types';
import { FIRST_REPORT_YEAR, isMonth, monthSpan } from './period';

/** The longest period one load may ask for (five years of months). */
export const MAX_PERIOD_MONTHS = 60;
export const REPORT_SCOPES: readonly ReportScope[] = [
  'county',
  'health',
  'police',
  'medical_insurance',
  'social_security',
  'subsidy',
  'nursery',
];

function month(label: string) {
  return v.pipe(
    v.string(typeMessage(label, '请选择')),
    v.check((s: string) => isMonth(s), `${label}格式不正确，应为“年-月”，如2026-01`),
  );
}

export const dashboardQuerySchema = v.pipe(
  strictFields('查询条件', {
    from: month('起始月份'),
    to: month('截止月份'),
    township: optionalOneOf('乡镇', TOWNSHIP_CODES),
  }),
  v.forward(
    v.check((q) => q.from <= q.to, '截止月份不能早于起始月份'),
    ['to'],
  ),
  v.forward(
    v.check((q) => monthSpan(q.from, q.to) <= MAX_PERIOD_MONTHS, `查询期间最长${MAX_PERIOD_MONTHS}个月，请缩短截止月份`),
    ['to'],
  ),
);

/** The year from 2023 to the current one (a report is of a year that has begun). */
export function reportInputSchema(currentYear: number) {
  return strictFields('报告参数', {
    year: v.pipe(
      v.number('请选择报告年度'),
      v.integer('报告年度应为整数'),
      v.minValue(FIRST_REPORT_YEAR, `报告年度不能早于${FIRST_REPORT_YEAR}年`),
      v.maxValue(currentYear, `报告年度不能晚于${currentYear}年`),
    ),
    scope: v.picklist(REPORT_SCOPES, '请选择报告范围'),
  });
}
