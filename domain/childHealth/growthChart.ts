// The growth charts as the server sends them: per measure, the age window the child is in, the five
// percentile lines along it, the child's measurements placed on the standard, axis ticks, and the
// lines' values at each tick for the text table. The page only draws (src/components/charts/GrowthChart).
import { addMonths, compareDates, diffDays } from '../dates';
import { growthFlags } from '../growth/growthFlags';
import { GROWTH_STANDARD, lastDayOf, MEASURE_UNITS, placeMeasurement, type Measurement } from '../growth/growthStandard';
import { bandsAt, bandSeries, MAJOR_PERCENTILES, type BandValues } from '../growth/percentileBands';
import type { GrowthMeasure, Sex } from '../growth/types';
import type { BandValuesTuple, ChartPoint, GrowthChartView, GrowthView, ParentGrowthFlag, StaffGrowthFlag } from './types';

export const CHART_TITLES: Readonly<Record<GrowthMeasure, string>> = {
  weight: '年龄别体重',
  length: '年龄别身长/身高',
  head: '年龄别头围',
};

/** The age windows a chart can show (months); the smallest that holds the child's age is used. */
export const WINDOW_MONTHS: readonly number[] = [6, 12, 24, 36, 60, 84];

/** Columns the bands are drawn with: enough for a smooth look at phone width, few enough to stay light. */
export const BAND_COLUMNS = 60;

const monthDays = (m: number) => Math.round(m * 30.4375);

/** '出生', '3个月', '1岁6个月', '2岁', with the remaining days when not whole. */
export function ageText(birthDate: string, date: string): string {
  let months = 0;
  while (compareDates(addMonths(birthDate, months + 1), date) <= 0) months++;
  const days = diffDays(date, addMonths(birthDate, months));
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = `${y > 0 ? `${y}岁` : ''}${m > 0 ? `${m}个月` : ''}${days > 0 ? `${days}天` : ''}`;
  return parts === '' ? '出生' : parts;
}

function tickLabel(months: number): string {
  if (months === 0) return '出生';
  return months % 12 === 0 ? `${months / 12}岁` : `${months}月`;
}

/** Few enough labels to stay apart at phone width in elder mode (about 5–7 per axis). */
function tickStepMonths(windowMonths: number): number {
  return windowMonths <= 6 ? 1 : windowMonths <= 12 ? 3 : windowMonths <= 24 ? 6 : windowMonths <= 60 ? 12 : 24;
}

const tuple = (v: BandValues): BandValuesTuple => MAJOR_PERCENTILES.map((p) => v[p]) as BandValuesTuple;

function niceRange(lo: number, hi: number): { min: number; max: number; ticks: number[] } {
  const step = [0.5, 1, 2, 5, 10, 20].find((s) => (hi - lo) / s <= 7) ?? 20;
  const min = Math.max(0, Math.floor(lo / step) * step);
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 10) / 10);
  return { min, max, ticks };
}

/** One chart: `oldestDays` is the child's age today (or the last measurement's, if later). */
export function growthChart(
  measure: GrowthMeasure,
  sex: Sex,
  birthDate: string,
  measurements: readonly Measurement[],
  oldestDays: number,
): GrowthChartView {
  const last = lastDayOf(measure, sex);
  const windowMonths =
    WINDOW_MONTHS.find((m) => monthDays(m) >= Math.min(oldestDays + 15, last)) ?? WINDOW_MONTHS[WINDOW_MONTHS.length - 1]!;
  const xMaxDays = Math.min(monthDays(windowMonths), last);
  const bands = bandSeries(measure, sex, 0, xMaxDays, Math.max(1, Math.round(xMaxDays / BAND_COLUMNS))).map((b) => ({
    ageDays: b.ageDays,
    values: tuple(b.values),
  }));
  const points: ChartPoint[] = [];
  for (const m of [...measurements].filter((x) => x.measure === measure).sort((a, b) => compareDates(a.date, b.date))) {
    const p = placeMeasurement(sex, birthDate, m);
    if (!p || p.ageDays > xMaxDays) continue;
    const point: ChartPoint = {
      date: m.date,
      ageDays: p.ageDays,
      ageText: ageText(birthDate, m.date),
      value: m.value,
      percentile: p.percentile,
      z: p.z,
    };
    if (m.position) point.position = m.position;
    points.push(point);
  }
  const values = [...bands.flatMap((b) => [b.values[0], b.values[4]]), ...points.map((p) => p.value)];
  const y = niceRange(Math.min(...values), Math.max(...values));
  const step = tickStepMonths(windowMonths);
  const xTicks: { day: number; label: string }[] = [];
  for (let mo = 0; monthDays(mo) <= xMaxDays; mo += step) xTicks.push({ day: monthDays(mo), label: tickLabel(mo) });
  const bandTable = xTicks.map((t) => ({ ageText: t.label, values: tuple(bandsAt(measure, sex, t.day)!) }));
  return {
    measure,
    title: `${CHART_TITLES[measure]}（${MEASURE_UNITS[measure]}）`,
    unit: MEASURE_UNITS[measure],
    xMaxDays,
    xTicks,
    yMin: y.min,
    yMax: y.max,
    yTicks: y.ticks,
    bands,
    points,
    bandTable,
  };
}

/** The three charts and the flags, for the parent (calm words) and for staff (label and basis too). */
export function growthView(
  sex: Sex | undefined,
  birthDate: string,
  measurements: readonly Measurement[],
  today: string,
): { view: GrowthView; staffFlags: StaffGrowthFlag[] } {
  const standard = { name: GROWTH_STANDARD.name, source: GROWTH_STANDARD.source };
  if (!sex) return { view: { standard, flags: [] }, staffFlags: [] };
  const latest = measurements.reduce((d, m) => (compareDates(m.date, d) > 0 ? m.date : d), today);
  const oldestDays = diffDays(latest, birthDate);
  const charts = (['weight', 'length', 'head'] as const).map((measure) => growthChart(measure, sex, birthDate, measurements, oldestDays));
  const staffFlags = growthFlags(sex, birthDate, measurements).map((f): StaffGrowthFlag => ({
    kind: f.kind,
    measure: f.measure,
    date: f.placement.date,
    text: f.parentText,
    action: f.parentAction,
    label: f.label,
    basis: f.basis,
  }));
  const flags = staffFlags.map(({ label: _l, basis: _b, ...parent }): ParentGrowthFlag => parent);
  return { view: { charts, standard, flags }, staffFlags };
}
