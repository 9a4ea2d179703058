import { recordDoseSchema } from '../../domain/vaccine/schedule';
import { validate } from '../../domain/validation';

const TODAY = '2025-11-20';
const BIRTH = '2025-03-01';

const good = {
  childId: 'c1',
  doseId: 'je-1',
  date: '2025-11-02',
  product: 'JE-L',
  batch: '202505B012',
  clinic: '平原镇卫生院预防接种门诊',
};

function check(input: unknown) {
  return validate(recordDoseSchema(TODAY, BIRTH), input);
}

describe('recordDoseSchema', () => {
  it('accepts a good record and trims text', () => {
    expect(check({ ...good, batch: ' 202505B012 ', clinic: ' 平原镇卫生院预防接种门诊 ' })).toEqual({ ok: true, value: good });
  });

  it('accepts the listed alternative product, and doses only the alternative programme has', () => {
    expect(check({ ...good, product: 'JE-I' }).ok).toBe(true);
    expect(check({ ...good, doseId: 'je-3', product: 'JE-I', date: TODAY }).ok).toBe(true);
    expect(check({ ...good, doseId: 'hepa-1', product: 'HepA-I' }).ok).toBe(true);
    expect(check({ ...good, doseId: 'hepa-2', product: 'HepA-I' }).ok).toBe(true);
  });

  it('asks for every field by its Chinese name', () => {
    expect(check({})).toEqual({
      ok: false,
      fields: {
        childId: '请选择孩子',
        doseId: '请选择接种剂次',
        date: '请选择接种日期',
        product: '请选择疫苗品种',
        batch: '请填写疫苗批号',
        clinic: '请填写接种单位',
      },
    });
  });

  it('rejects a dose the child’s schedule does not have', () => {
    expect(check({ ...good, doseId: 'dt-5', product: 'DT' })).toEqual({ ok: false, fields: { doseId: '请选择接种剂次' } });
    expect(check({ ...good, doseId: 'hepb-4', product: 'HepB' })).toEqual({ ok: false, fields: { doseId: '请选择接种剂次' } });
    // A child born in 2018 still had the 6-year DT dose.
    expect(validate(recordDoseSchema('2024-07-01', '2018-06-15'), { ...good, doseId: 'dt-5', product: 'DT', date: '2024-06-20' }).ok).toBe(
      true,
    );
  });

  it('rejects a date before the birth date or after today', () => {
    expect(check({ ...good, date: '2025-02-28' })).toEqual({ ok: false, fields: { date: '接种日期不能早于孩子的出生日期（2025-03-01）' } });
    expect(check({ ...good, date: '2025-11-21' })).toEqual({ ok: false, fields: { date: '接种日期不能晚于今天' } });
    expect(check({ ...good, date: '2025-02-30' })).toEqual({ ok: false, fields: { date: '接种日期格式不正确，应为YYYY-MM-DD' } });
    expect(check({ ...good, date: BIRTH, doseId: 'hepb-1', product: 'HepB' }).ok).toBe(true);
    expect(check({ ...good, date: TODAY }).ok).toBe(true);
  });

  it('rejects a product that is neither the dose’s nor its alternative, naming what is expected', () => {
    expect(check({ ...good, product: 'MMR' })).toEqual({
      ok: false,
      fields: { product: '疫苗品种与接种剂次不符：乙脑减毒活疫苗 第1剂应接种乙脑减毒活疫苗（JE-L）或乙脑灭活疫苗（JE-I）' },
    });
    expect(check({ ...good, doseId: 'je-4', product: 'JE-L' })).toEqual({
      ok: false,
      fields: { product: '疫苗品种与接种剂次不符：乙脑灭活疫苗 第4剂应接种乙脑灭活疫苗（JE-I）' },
    });
    expect(check({ ...good, product: 'XYZ' })).toEqual({ ok: false, fields: { product: '请选择疫苗品种' } });
  });

  it('bounds the batch (2–30) and the clinic (2–50)', () => {
    expect(check({ ...good, batch: 'A' })).toEqual({ ok: false, fields: { batch: '疫苗批号不能少于2个字' } });
    expect(check({ ...good, batch: 'A'.repeat(31) })).toEqual({ ok: false, fields: { batch: '疫苗批号不能超过30个字' } });
    expect(check({ ...good, batch: 'A'.repeat(30) }).ok).toBe(true);
    expect(check({ ...good, clinic: '院' })).toEqual({ ok: false, fields: { clinic: '接种单位不能少于2个字' } });
    expect(check({ ...good, clinic: '院'.repeat(51) })).toEqual({ ok: false, fields: { clinic: '接种单位不能超过50个字' } });
    expect(check({ ...good, clinic: '卫生' }).ok).toBe(true);
  });

  it('rejects unknown fields and wrong types with field names', () => {
    expect(check({ ...good, extra: 1 })).toEqual({ ok: false, fields: { extra: '接种记录中有无法识别的字段“extra”' } });
    expect(check({ ...good, batch: 12345 })).toEqual({ ok: false, fields: { batch: '疫苗批号格式不正确' } });
    expect(check([])).toEqual({ ok: false, fields: { _: '接种记录格式不正确' } });
  });
});
