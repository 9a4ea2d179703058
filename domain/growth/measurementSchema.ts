// A child's measurements as a health worker records them (one visit: weight, length/height, head
// circumference — any of them). The same schema runs in the page and again on the server. Beyond the
// plain ranges, a value that would sit absurdly far from the standard is refused as a likely typo
// (e.g. 95 cm typed for 9.5 kg), using the WHO's own limits for implausible z-scores.
import * as v from 'valibot';
import { compareDates } from '../dates';
import { numberIn } from '../nursery/schema';
import { calendarDate, optionalOneOf, refine, strictFields } from '../validation';
import { placeMeasurement, type LengthPosition, type Measurement } from './growthStandard';
import type { GrowthMeasure, Sex } from './types';

export const MEASUREMENT_LABELS = {
  date: '测量日期',
  weightKg: '体重',
  lengthCm: '身长/身高',
  position: '测量方式',
  headCm: '头围',
} as const;

/** Entry bounds: what a scale or a tape can show for a child under 7 — not a clinical rule. */
export const MEASUREMENT_BOUNDS = {
  weightKg: { min: 0.3, max: 60 },
  lengthCm: { min: 25, max: 160 },
  headCm: { min: 15, max: 65 },
} as const;

/**
 * z-scores the WHO treats as implausible (most likely a measuring or entry error): weight-for-age
 * below −6 or above +5; length/height-for-age below −6 or above +6; head circumference below −5 or
 * above +5. Source: WHO Anthro software manual / `anthro` package flag thresholds
 * (https://github.com/WorldHealthOrganization/anthro, R/z-score-*.R flag_threshold).
 */
export const IMPLAUSIBLE_Z: Readonly<Record<GrowthMeasure, { below: number; above: number }>> = {
  weight: { below: -6, above: 5 },
  length: { below: -6, above: 6 },
  head: { below: -5, above: 5 },
};

const POSITIONS = ['lying', 'standing'] as const satisfies readonly LengthPosition[];

function optionalMeasure(label: string, bounds: { min: number; max: number }, unit: string) {
  return v.nullish(numberIn(label, bounds.min, bounds.max, { decimal: true, unit }));
}

export interface MeasurementsInput {
  date: string;
  weightKg?: number | null;
  lengthCm?: number | null;
  position?: LengthPosition | null;
  headCm?: number | null;
}

/** The measurements of one input, as growthFlags / placeMeasurement take them. */
export function measurementsOf(input: MeasurementsInput): Measurement[] {
  const out: Measurement[] = [];
  if (input.weightKg != null) out.push({ measure: 'weight', value: input.weightKg, date: input.date });
  if (input.lengthCm != null) {
    const m: Measurement = { measure: 'length', value: input.lengthCm, date: input.date };
    if (input.position != null) m.position = input.position;
    out.push(m);
  }
  if (input.headCm != null) out.push({ measure: 'head', value: input.headCm, date: input.date });
  return out;
}

const FIELD_OF: Readonly<Record<GrowthMeasure, 'weightKg' | 'lengthCm' | 'headCm'>> = {
  weight: 'weightKg',
  length: 'lengthCm',
  head: 'headCm',
};

/** Measurements taken between the birth and today, at least one of them, each plausible for the child's age and sex. */
export function measurementsSchema(today: string, birthDate: string, sex: Sex) {
  const L = MEASUREMENT_LABELS;
  const B = MEASUREMENT_BOUNDS;
  const fields = strictFields('测量记录', {
    date: v.pipe(
      calendarDate(L.date),
      refine((d) => compareDates(d, birthDate) >= 0, `${L.date}不能早于孩子的出生日期（${birthDate}）`),
      refine((d) => compareDates(d, today) <= 0, `${L.date}不能晚于今天`),
    ),
    weightKg: optionalMeasure(L.weightKg, B.weightKg, 'kg'),
    lengthCm: optionalMeasure(L.lengthCm, B.lengthCm, 'cm'),
    position: optionalOneOf(L.position, POSITIONS),
    headCm: optionalMeasure(L.headCm, B.headCm, 'cm'),
  });
  type Fields = v.InferOutput<typeof fields>;
  const plausible = (measure: GrowthMeasure) => (x: Partial<Fields>) => {
    const m = measurementsOf(x as MeasurementsInput).find((one) => one.measure === measure);
    const p = m && placeMeasurement(sex, birthDate, m);
    return !p || (p.z >= IMPLAUSIBLE_Z[measure].below && p.z <= IMPLAUSIBLE_Z[measure].above);
  };
  const typo = (measure: GrowthMeasure) =>
    `${L[FIELD_OF[measure]]}与孩子的月龄相差太大，请核对是否填错（单位：${measure === 'weight' ? '千克' : '厘米'}）`;
  return v.pipe(
    fields,
    v.forward(v.partialCheck([['date'], ['weightKg']], plausible('weight'), typo('weight')), ['weightKg']),
    v.forward(v.partialCheck([['date'], ['lengthCm'], ['position']], plausible('length'), typo('length')), ['lengthCm']),
    v.forward(v.partialCheck([['date'], ['headCm']], plausible('head'), typo('head')), ['headCm']),
    v.check((x) => x.weightKg != null || x.lengthCm != null || x.headCm != null, '请至少填写体重、身长/身高、头围中的一项'),
  );
}
