import { measurementsOf, measurementsSchema } from '../../domain/growth/measurementSchema';
import { validate, WHOLE_INPUT_KEY } from '../../domain/validation';

const TODAY = '2025-02-01';
const BIRTH = '2024-01-31';
const schema = measurementsSchema(TODAY, BIRTH, 'M');

describe('a visit’s measurements', () => {
  it('accepts any of weight, length/height, head circumference, and gives them to the standard', () => {
    const r = validate(schema, { date: '2025-01-31', weightKg: 9.6, lengthCm: 75.7, position: 'lying', headCm: 46.1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(measurementsOf(r.value).map((m) => [m.measure, m.value])).toEqual([
      ['weight', 9.6],
      ['length', 75.7],
      ['head', 46.1],
    ]);
    expect(validate(schema, { date: '2025-01-31', headCm: 46 }).ok).toBe(true);
  });

  it('needs at least one measure, a date between the birth and today, and known fields only', () => {
    expect(validate(schema, { date: '2025-01-31' })).toEqual({
      ok: false,
      fields: { [WHOLE_INPUT_KEY]: '请至少填写体重、身长/身高、头围中的一项' },
    });
    expect(validate(schema, { date: '2024-01-30', weightKg: 3 })).toEqual({
      ok: false,
      fields: { date: '测量日期不能早于孩子的出生日期（2024-01-31）' },
    });
    expect(validate(schema, { date: '2025-02-02', weightKg: 9 })).toEqual({ ok: false, fields: { date: '测量日期不能晚于今天' } });
    expect(validate(schema, { date: '2025-01-31', weightKg: 9, bmi: 17 }).ok).toBe(false);
    expect(validate(schema, { date: '2025-01-31', weightKg: '9.6' })).toEqual({ ok: false, fields: { weightKg: '体重格式不正确' } });
    expect(validate(schema, { date: '2025-01-31', weightKg: 0.1 })).toEqual({ ok: false, fields: { weightKg: '体重应在0.3kg到60kg之间' } });
    expect(validate(schema, { date: '2025-01-31', lengthCm: 75, position: 'sitting' })).toEqual({
      ok: false,
      fields: { position: '请选择测量方式' },
    });
  });

  it('refuses a value far outside the standard for the age as a likely typo (95 typed for 9.5 kg), naming the field', () => {
    expect(validate(schema, { date: '2025-01-31', weightKg: 59 })).toEqual({
      ok: false,
      fields: { weightKg: '体重与孩子的月龄相差太大，请核对是否填错（单位：千克）' },
    });
    expect(validate(schema, { date: '2025-01-31', headCm: 30 })).toEqual({
      ok: false,
      fields: { headCm: '头围与孩子的月龄相差太大，请核对是否填错（单位：厘米）' },
    });
    // Small but possible (about −3.9 SD) is kept: the flags take it to the health centre.
    expect(validate(schema, { date: '2025-01-31', weightKg: 6.2 }).ok).toBe(true);
  });

  it('head circumference after 5 years has no standard: kept without a plausibility check', () => {
    expect(validate(measurementsSchema('2031-01-01', '2024-01-31', 'F'), { date: '2030-06-01', headCm: 51 }).ok).toBe(true);
  });
});
