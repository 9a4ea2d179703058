// The WHO growth standard as the app computes it, checked against the WHO's own printed tables.
// Rows quoted below are from the WHO Child Growth Standards' simplified field tables (z-scores,
// values to 1 decimal: https://www.who.int/tools/child-growth-standards/standards), and from the
// WHO's `anthro` package tests (tests/testthat/test-zscore-weight-for-age.R).
// Completed months sit at day round(month × 30.4375): 12 months = day 365, 24 = 731, 60 = 1826.
import { addDays } from '../../domain/dates';
import { lastDayOf, lmsAt, placeMeasurement, standardisedLength } from '../../domain/growth/growthStandard';
import { normalCdf, percentileOfZ, valueAtZ, zScore } from '../../domain/growth/lms';
import { bandsAt, bandSeries, MAJOR_PERCENTILE_Z, MAJOR_PERCENTILES } from '../../domain/growth/percentileBands';
import type { GrowthMeasure, Sex } from '../../domain/growth/types';

const SD = [-3, -2, -1, 0, 1, 2, 3];

// The printed tables round to 0.1 (±0.05) and are computed at exact months (12 months = 365.25 days),
// the app at whole days: a value matches when it is within 0.055 of the printed one.
const PRINTED_TOLERANCE = 0.055;

function expectRow(values: readonly number[], printed: readonly number[]): void {
  expect(values).toHaveLength(printed.length);
  values.forEach((v, i) => expect(Math.abs(v - printed[i]!)).toBeLessThanOrEqual(PRINTED_TOLERANCE));
}

function sdRow(measure: GrowthMeasure, sex: Sex, day: number): number[] {
  const lms = lmsAt(measure, sex, day)!;
  return SD.map((z) => valueAtZ(z, lms));
}

function percentileRow(measure: GrowthMeasure, sex: Sex, day: number): number[] {
  const lms = lmsAt(measure, sex, day)!;
  return MAJOR_PERCENTILES.map((p) => valueAtZ(MAJOR_PERCENTILE_Z[p], lms));
}

describe('WHO z-score tables (−3SD −2SD −1SD median +1SD +2SD +3SD)', () => {
  it.each([
    // Weight-for-age BOYS, birth to 5 years (z-scores): "Birth 0: 2.1 2.5 2.9 3.3 3.9 4.4 5.0"
    ['weight', 'M', 0, [2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0]],
    // Weight-for-age BOYS: "1: 0 (12 months): 6.9 7.7 8.6 9.6 10.8 12.0 13.3"
    ['weight', 'M', 365, [6.9, 7.7, 8.6, 9.6, 10.8, 12.0, 13.3]],
    // Weight-for-age GIRLS: "1: 0 (12 months): 6.3 7.0 7.9 8.9 10.1 11.5 13.1"
    ['weight', 'F', 365, [6.3, 7.0, 7.9, 8.9, 10.1, 11.5, 13.1]],
    // Weight-for-age BOYS: "5: 0 (60 months): 12.4 14.1 16.0 18.3 21.0 24.2 27.9"
    ['weight', 'M', 1826, [12.4, 14.1, 16.0, 18.3, 21.0, 24.2, 27.9]],
    // Length-for-age BOYS, birth to 2 years: "1: 0 (12 months): 68.6 71.0 73.4 75.7 78.1 80.5 82.9"
    ['length', 'M', 365, [68.6, 71.0, 73.4, 75.7, 78.1, 80.5, 82.9]],
    // Height-for-age BOYS, 2 to 5 years: "5: 0 (60 months): 96.1 100.7 105.3 110.0 114.6 119.2 123.9"
    ['length', 'M', 1826, [96.1, 100.7, 105.3, 110.0, 114.6, 119.2, 123.9]],
    // Head circumference-for-age BOYS: "1: 0 (12 months): 42.2 43.5 44.8 46.1 47.4 48.6 49.9"
    ['head', 'M', 365, [42.2, 43.5, 44.8, 46.1, 47.4, 48.6, 49.9]],
  ] as const)('%s %s day %i', (measure, sex, day, row) => {
    expectRow(sdRow(measure, sex, day), row);
  });

  it('length: lying to 730 days, standing from 731 — the standard itself steps by about 0.7 cm', () => {
    // Length-for-age BOYS 0–2 at 24 months median 87.8; height-for-age BOYS 2–5 at 24 months median 87.1.
    expectRow([lmsAt('length', 'M', 730)!.m, lmsAt('length', 'M', 731)!.m], [87.8, 87.1]);
  });
});

describe('WHO percentile tables (P3 P15 P50 P85 P97)', () => {
  it('weight-for-age BOYS at 12 months: "7.8 8.6 9.6 10.8 11.8"', () => {
    expectRow(percentileRow('weight', 'M', 365), [7.8, 8.6, 9.6, 10.8, 11.8]);
    expect(bandsAt('weight', 'M', 365)).toEqual({ 3: 7.84, 15: 8.61, 50: 9.65, 85: 10.8, 97: 11.83 });
  });

  it('length-for-age BOYS at 12 months: "71.3 73.3 75.7 78.2 80.2"', () => {
    expectRow(percentileRow('length', 'M', 365), [71.3, 73.3, 75.7, 78.2, 80.2]);
  });

  it('the percentile of each major line is the line itself', () => {
    for (const [p, z] of Object.entries(MAJOR_PERCENTILE_Z)) expect(percentileOfZ(z)).toBeCloseTo(Number(p), 3);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });
});

describe('z-score and percentile of a measurement', () => {
  it('anthro test: a girl of 17 kg at 1522 days has weight-for-age z 0.24', () => {
    const p = placeMeasurement('F', '2020-01-01', { measure: 'weight', value: 17, date: addDays('2020-01-01', 1522) })!;
    expect(p.z).toBe(0.24);
    expect(p.percentile).toBeCloseTo(59.5, 0);
  });

  it('the median of the standard is z 0, percentile 50', () => {
    const p = placeMeasurement('M', '2024-02-29', { measure: 'weight', value: 9.646, date: addDays('2024-02-29', 365) })!;
    expect(p.ageDays).toBe(365);
    expect(p.z).toBe(0);
    expect(p.percentile).toBe(50);
  });

  it('restricted tails beyond ±3 SD: the 2–3 SD distance is kept (weight)', () => {
    const lms = lmsAt('weight', 'M', 365)!;
    const sd2 = valueAtZ(2, lms);
    const sd3 = valueAtZ(3, lms);
    const y = sd3 + 0.5 * (sd3 - sd2);
    expect(zScore(y, lms)).toBeCloseTo(3.5, 10);
    // The plain Box-Cox formula would give a different value out there.
    const plain = ((y / lms.m) ** lms.l - 1) / (lms.l * lms.s);
    expect(Math.abs(plain - 3.5)).toBeGreaterThan(0.01);
    const sdm3 = valueAtZ(-3, lms);
    const sdm2 = valueAtZ(-2, lms);
    expect(zScore(sdm3 - (sdm2 - sdm3), lms)).toBeCloseTo(-4, 10);
    expect(valueAtZ(-4, lms)).toBeCloseTo(sdm3 - (sdm2 - sdm3), 10);
  });

  it('anthro test: a girl of 10.37 kg on day 1 is beyond +5 (its flag threshold)', () => {
    const p = placeMeasurement('F', '2024-01-01', { measure: 'weight', value: 10.37, date: '2024-01-02' })!;
    expect(p.z).toBeGreaterThan(5);
  });

  it('z and value are inverses across the range', () => {
    const lms = lmsAt('head', 'F', 200)!;
    for (const z of [-4.5, -3, -1.2, 0, 0.7, 2.9, 3, 4.2]) expect(zScore(valueAtZ(z, lms), lms)).toBeCloseTo(z, 9);
  });

  it('standing height before 731 days counts 0.7 cm more, lying length after counts 0.7 cm less', () => {
    expect(standardisedLength(75.04, 365, 'standing')).toBeCloseTo(75.74, 10);
    expect(standardisedLength(75.74, 365, 'lying')).toBe(75.74);
    expect(standardisedLength(88, 731, 'lying')).toBeCloseTo(87.3, 10);
    expect(standardisedLength(88, 731, 'standing')).toBe(88);
    const p = placeMeasurement('M', '2023-01-01', {
      measure: 'length',
      value: 75.04,
      date: addDays('2023-01-01', 365),
      position: 'standing',
    })!;
    expect(p.z).toBe(0);
  });

  it('ages outside the tables give no placement: head after 60 months, anything after 7 years, before birth', () => {
    expect(lastDayOf('head', 'M')).toBe(1826);
    expect(lastDayOf('weight', 'F')).toBe(2557);
    expect(placeMeasurement('M', '2020-01-01', { measure: 'head', value: 50, date: addDays('2020-01-01', 1827) })).toBeUndefined();
    expect(placeMeasurement('M', '2020-01-01', { measure: 'weight', value: 20, date: addDays('2020-01-01', 2558) })).toBeUndefined();
    expect(placeMeasurement('M', '2020-01-01', { measure: 'weight', value: 3, date: '2019-12-31' })).toBeUndefined();
    expect(placeMeasurement('M', '2020-01-01', { measure: 'weight', value: 0, date: '2020-01-05' })).toBeUndefined();
  });

  it('age 6 uses the WHO 2007 reference: boys weight-for-age at 72 months median 20.5 kg, height 116.0 cm', () => {
    // WHO Reference 2007, weight-for-age BOYS 5–10 years: "6: 0 (72 months) median 20.5";
    // height-for-age BOYS 5–19 years: "6: 0 (72 months) median 116.0".
    const day = Math.round(72 * 30.4375);
    expectRow([lmsAt('weight', 'M', day)!.m, lmsAt('length', 'M', day)!.m], [20.5, 116.0]);
  });
});

describe('percentile bands for charts', () => {
  it('a series steps through the ages and ends on the last age asked (or the standard last day)', () => {
    const s = bandSeries('head', 'F', 0, 2000, 365);
    expect(s.map((p) => p.ageDays)).toEqual([0, 365, 730, 1095, 1460, 1825, 1826]);
    for (const p of s)
      expect(p.values[3] < p.values[15] && p.values[15] < p.values[50] && p.values[50] < p.values[85] && p.values[85] < p.values[97]).toBe(
        true,
      );
    expect(() => bandSeries('head', 'F', 0, 10, 0)).toThrow(RangeError);
  });
});
