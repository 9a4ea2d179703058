import { coloursText, riskAssessmentSchema } from '../../domain/maternal/riskAssessmentSchema';
import { validate } from '../../domain/validation';

const schema = riskAssessmentSchema('2024-07-13', '2024-01-31');
const base = { assessedOn: '2024-07-10', facility: '盈江县妇幼保健院' };

describe('a 妊娠风险评估 as recorded', () => {
  it('绿 or 黄 without a follow-up date; 橙/红/紫 need one, after the assessment', () => {
    expect(validate(schema, { ...base, colours: ['yellow'] }).ok).toBe(true);
    expect(validate(schema, { ...base, colours: ['orange'] })).toEqual({
      ok: false,
      fields: { nextFollowUp: '下次随访日期：橙色、红色、紫色纳入高危孕产妇专案管理，请填写下次随访日期' },
    });
    expect(validate(schema, { ...base, colours: ['purple'], nextFollowUp: '' }).ok).toBe(false);
    expect(validate(schema, { ...base, colours: ['red'], nextFollowUp: '2024-07-10' })).toEqual({
      ok: false,
      fields: { nextFollowUp: '下次随访日期应晚于评估日期' },
    });
    expect(validate(schema, { ...base, colours: ['yellow', 'purple'], nextFollowUp: '2024-07-24' }).ok).toBe(true);
  });

  it('one grade at most, 紫 beside it; no duplicates; a known colour', () => {
    expect(validate(schema, { ...base, colours: ['yellow', 'orange'] })).toEqual({
      ok: false,
      fields: { colours: '妊娠风险分级只能选择绿、黄、橙、红中的一种（紫色可以同时选择）' },
    });
    expect(validate(schema, { ...base, colours: ['green', 'green'] })).toEqual({ ok: false, fields: { colours: '妊娠风险分级有重复' } });
    expect(validate(schema, { ...base, colours: [] })).toEqual({ ok: false, fields: { colours: '请选择妊娠风险分级' } });
    expect(validate(schema, { ...base, colours: ['blue'] }).ok).toBe(false);
  });

  it('dated within the pregnancy and not in the future; the facility named', () => {
    expect(validate(schema, { ...base, colours: ['green'], assessedOn: '2024-01-30' })).toEqual({
      ok: false,
      fields: { assessedOn: '评估日期不能早于末次月经第一天（2024-01-31）' },
    });
    expect(validate(schema, { ...base, colours: ['green'], assessedOn: '2024-07-14' })).toEqual({
      ok: false,
      fields: { assessedOn: '评估日期不能晚于今天' },
    });
    expect(validate(schema, { ...base, colours: ['green'], facility: ' ' })).toEqual({ ok: false, fields: { facility: '请填写评估机构' } });
  });

  it('names the colours with their level', () => {
    expect(coloursText(['orange', 'purple'])).toBe('橙色（较高风险）、紫色（孕妇患有传染性疾病）');
  });
});
