import { datingInputOf, datingSchema } from '../../domain/maternal/datingSchema';
import { datePregnancy } from '../../domain/maternal/pregnancyDating';
import { validate, WHOLE_INPUT_KEY } from '../../domain/validation';

const schema = datingSchema('2024-07-13');

describe('a pregnancy’s dating as entered', () => {
  it('the LMP alone, an ultrasound alone, or both — and they give datePregnancy its input', () => {
    const lmpOnly = validate(schema, { lmp: '2024-01-31' });
    expect(lmpOnly.ok && datePregnancy(datingInputOf(lmpOnly.value)).dueDate).toBe('2024-11-06');
    const both = validate(schema, { lmp: '2024-01-31', scanDate: '2024-03-15', scanWeeks: 8, scanDays: 2 });
    expect(both.ok && datePregnancy(datingInputOf(both.value)).dueDate).toBe('2024-10-23');
    const usOnly = validate(schema, { lmp: '', scanDate: '2024-03-15', scanWeeks: 8, scanDays: 2 });
    expect(usOnly.ok && datingInputOf(usOnly.value)).toEqual({ ultrasound: { scanDate: '2024-03-15', weeks: 8, days: 2 } });
  });

  it('refuses missing, future, too old, incomplete or inconsistent input, naming the field', () => {
    expect(validate(schema, {})).toEqual({ ok: false, fields: { [WHOLE_INPUT_KEY]: '请填写末次月经第一天或B超检查结果' } });
    expect(validate(schema, { lmp: '2024-07-14' })).toEqual({ ok: false, fields: { lmp: '末次月经第一天不能晚于今天' } });
    expect(validate(schema, { lmp: '2023-09-08' })).toEqual({ ok: false, fields: { lmp: '末次月经第一天不能早于2023-09-09（超过44周）' } });
    expect(validate(schema, { lmp: '2023-09-09' }).ok).toBe(true); // 308 days before 2024-07-13, across 29 February
    expect(validate(schema, { scanDate: '2024-03-15', scanWeeks: 8 })).toEqual({
      ok: false,
      fields: { scanDate: '请同时填写B超检查日期和B超孕周（周、天）' },
    });
    expect(validate(schema, { lmp: '2024-03-20', scanDate: '2024-03-15', scanWeeks: 8, scanDays: 2 })).toEqual({
      ok: false,
      fields: { scanDate: 'B超检查日期不能早于末次月经第一天' },
    });
    expect(validate(schema, { scanDate: '2024-03-15', scanWeeks: 8, scanDays: 7 })).toEqual({
      ok: false,
      fields: { scanDays: 'B超孕周（天）应在0到6之间' },
    });
    expect(validate(schema, { scanDate: '2024-03-15', scanWeeks: 8.5, scanDays: 1 })).toEqual({
      ok: false,
      fields: { scanWeeks: 'B超孕周（周）应为整数' },
    });
    expect(validate(schema, { lmp: '2024-01-31', edd: '2024-11-06' }).ok).toBe(false);
  });
});
