// A 妇幼 figure the health bureau entered for a year, beside the target it is held to; and the
// entry's input, checked on the client and again on the server.
import * as v from 'valibot';
import { requiredText, strictFields, typeMessage } from '../validation';
import { REPORTED_FIGURE_KEYS, REPORTED_FIGURES, targetFor, type ReportedFigureKey } from './maternalChildTargets';
import { FIRST_REPORT_YEAR } from './period';

export interface ReportedFigureView {
  figure: ReportedFigureKey;
  name: string;
  unit: string;
  year: number;
  value: number;
  source: string;
  enteredBy: string;
  enteredAt: string;
  /** The plan's target this year's figure is held to; whether the figure is below it. */
  target?: { year: number; below: number; source: string; met: boolean };
}

export interface ReportedFiguresOverview {
  figures: ReportedFigureView[];
  /** Years the form offers (the plan's first year to this one). */
  years: number[];
}

export interface SetReportedFigureInput {
  figure: ReportedFigureKey;
  year: number;
  value: number;
  source: string;
}

export const REPORTED_SOURCE_MAX_LENGTH = 200;

export const REPORTED_LABELS = { figure: '指标', year: '年度', value: '数值', source: '数据来源' } as const;

/** The view of a stored row (value ×100 back to a number). */
export function reportedFigureView(
  row: { figure: ReportedFigureKey; year: number; value_x100: number; source: string; entered_at: string },
  enteredBy: string,
): ReportedFigureView {
  const spec = REPORTED_FIGURES[row.figure];
  const value = row.value_x100 / 100;
  const target = targetFor(row.figure, row.year);
  return {
    figure: row.figure,
    name: spec.name,
    unit: spec.unit,
    year: row.year,
    value,
    source: row.source,
    enteredBy,
    enteredAt: row.entered_at,
    ...(target ? { target: { year: target.year, below: target.below, source: target.source, met: value < target.below } } : {}),
  };
}

const TWO_DECIMALS = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

export function setReportedFigureSchema(currentYear: number) {
  const L = REPORTED_LABELS;
  return v.pipe(
    strictFields('妇幼上报数据', {
      figure: v.picklist(REPORTED_FIGURE_KEYS, `请选择${L.figure}`),
      year: v.pipe(
        v.number(typeMessage(L.year, '请选择')),
        v.check(
          (n) => Number.isInteger(n) && n >= FIRST_REPORT_YEAR && n <= currentYear,
          `${L.year}应为${FIRST_REPORT_YEAR}至${currentYear}年`,
        ),
      ),
      value: v.pipe(
        v.number(typeMessage(L.value)),
        v.check((n) => Number.isFinite(n) && n >= 0, `${L.value}不能为负数`),
        v.check(TWO_DECIMALS, `${L.value}最多保留两位小数`),
      ),
      source: requiredText(L.source, REPORTED_SOURCE_MAX_LENGTH),
    }),
    v.forward(
      v.partialCheck(
        [['figure'], ['value']],
        (input) => input.value <= REPORTED_FIGURES[input.figure].max,
        (issue) => {
          const input = issue.input as { figure: ReportedFigureKey };
          const spec = REPORTED_FIGURES[input.figure];
          return `${L.value}超出合理范围：${spec.name}不应超过${spec.max}${spec.unit}`;
        },
      ),
      ['value'],
    ),
  );
}

/** The value as typed in the form ('8.5') → a number, or the text as is so the schema names the field. */
export function reportedValueOf(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}
