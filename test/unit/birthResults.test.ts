import { BUNDLE_RULES, insuranceCoverageStart, insuranceCoverDueDate } from '../../domain/birth/bundleRules';
import { resultShown, stepResultSchema } from '../../domain/birth/stepResultSchemas';
import type { BundleStepKey } from '../../domain/birth/types';
import { addDays } from '../../domain/dates';
import { validate, type FieldErrors } from '../../domain/validation';
import { sampleIdNumber } from '../fixtures/people';

const TODAY = '2026-11-28';
const BIRTH = '2026-08-01';
const CONTEXT = { childBirthDate: BIRTH, today: TODAY };
const CHILD_ID = sampleIdNumber(BIRTH, 22);

function check(step: BundleStepKey, input: unknown) {
  return validate(stepResultSchema(step, CONTEXT), input);
}

function errorsOf(step: BundleStepKey, input: unknown): FieldErrors {
  const result = check(step, input);
  if (result.ok) throw new Error('expected the input to be rejected');
  for (const message of Object.values(result.fields)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  return result.fields;
}

describe('birth certificate number', () => {
  it('is one capital letter and 9 digits starting with 53, upper-cased and without spaces', () => {
    expect(check('birth_certificate', { certificateNumber: 'Q530012345' })).toEqual({
      ok: true,
      value: { certificateNumber: 'Q530012345' },
    });
    expect(check('birth_certificate', { certificateNumber: ' q53 001 2345 ' })).toEqual({
      ok: true,
      value: { certificateNumber: 'Q530012345' },
    });
  });

  it('explains the format when it is wrong', () => {
    for (const bad of ['530012345', 'Q53001234', 'Q5300123456', 'QQ30012345', 'Q53001234X']) {
      expect(errorsOf('birth_certificate', { certificateNumber: bad })).toEqual({
        certificateNumber: '出生医学证明编号格式不正确，应为1个大写字母加9位数字，如Q530012345',
      });
    }
    expect(errorsOf('birth_certificate', { certificateNumber: 'Q510012345' })).toEqual({
      certificateNumber: '出生医学证明编号的数字部分应以53（云南省）开头，请核对证件',
    });
    expect(errorsOf('birth_certificate', {})).toEqual({ certificateNumber: '请填写出生医学证明编号' });
  });
});

describe('vaccination certificate', () => {
  it('takes 6–30 of digits, capital letters and "-", and the clinic', () => {
    expect(check('vaccination', { certificateNumber: 'yj-2026-0012', clinicName: '盈江县人民医院预防接种门诊' })).toEqual({
      ok: true,
      value: { certificateNumber: 'YJ-2026-0012', clinicName: '盈江县人民医院预防接种门诊' },
    });
    expect(errorsOf('vaccination', { certificateNumber: '12345', clinicName: '' })).toEqual({
      certificateNumber: '预防接种证编号应为6至30位数字、大写字母或“-”',
      clinicName: '请填写接种单位',
    });
  });
});

describe('hukou result', () => {
  const good = { childIdNumber: CHILD_ID, registeredOn: '2026-08-20', policeStation: '盈江县公安局平原派出所' };

  it("passes with the child's own ID number", () => {
    expect(check('hukou', good)).toEqual({ ok: true, value: good });
    expect(check('hukou', { ...good, childIdNumber: sampleIdNumber(BIRTH, 22, '530102') }).ok).toBe(true);
  });

  it("rejects an ID number whose birth date is not the child's", () => {
    expect(errorsOf('hukou', { ...good, childIdNumber: sampleIdNumber('2026-08-02', 22) })).toEqual({
      childIdNumber: '孩子的公民身份号码中的出生日期与出生日期（2026-08-01）不一致',
    });
  });

  it("checks the sex in the ID number when the child's sex is known", () => {
    // sequence 022: even → female
    expect(validate(stepResultSchema('hukou', { ...CONTEXT, childSex: 'F' }), good).ok).toBe(true);
    expect(validate(stepResultSchema('hukou', { ...CONTEXT, childSex: 'M' }), good)).toEqual({
      ok: false,
      fields: { childIdNumber: '孩子的公民身份号码中的性别与孩子的性别（男）不一致' },
    });
  });

  it('rejects an invalid ID number with the GB 11643 message', () => {
    expect(errorsOf('hukou', { ...good, childIdNumber: CHILD_ID.slice(0, 17) + (CHILD_ID[17] === '1' ? '2' : '1') })).toEqual({
      childIdNumber: '孩子的公民身份号码校验位不正确',
    });
  });

  it('needs a registration date between the birth and today, and the police station', () => {
    expect(errorsOf('hukou', { ...good, registeredOn: '2026-07-31' })).toEqual({
      registeredOn: '户口登记日期不能早于孩子的出生日期（2026-08-01）',
    });
    expect(errorsOf('hukou', { ...good, registeredOn: '2026-11-29' })).toEqual({ registeredOn: '户口登记日期不能晚于今天' });
    expect(check('hukou', { ...good, registeredOn: BIRTH }).ok).toBe(true);
    expect(check('hukou', { ...good, registeredOn: TODAY }).ok).toBe(true);
    expect(errorsOf('hukou', { ...good, policeStation: ' ' })).toEqual({ policeStation: '请填写登记派出所' });
  });

  it('is shown with the ID number masked', () => {
    expect(resultShown('hukou', good, CONTEXT)).toEqual([
      { label: '孩子的公民身份号码', value: `5331**********${CHILD_ID.slice(-4)}` },
      { label: '户口登记日期', value: '2026-08-20' },
      { label: '登记派出所', value: '盈江县公安局平原派出所' },
    ]);
  });
});

describe('medical insurance', () => {
  it('covers from the birth date when paid within 90 days, from the payment day after', () => {
    expect(BUNDLE_RULES.insuranceCoverDays.value).toBe(90);
    expect(insuranceCoverDueDate(BIRTH)).toBe('2026-10-30');
    expect(insuranceCoverageStart(BIRTH, BIRTH)).toBe(BIRTH);
    expect(insuranceCoverageStart(BIRTH, addDays(BIRTH, 89))).toBe(BIRTH);
    expect(insuranceCoverageStart(BIRTH, addDays(BIRTH, 90))).toBe(BIRTH); // day 90: '2026-10-30'
    expect(insuranceCoverageStart(BIRTH, addDays(BIRTH, 91))).toBe('2026-10-31'); // day 91
  });

  it('shows the coverage start with the result', () => {
    const onDay90 = { insuranceNumber: 'YB53312300012', paidOn: '2026-10-30' };
    const onDay91 = { insuranceNumber: 'YB53312300012', paidOn: '2026-10-31' };
    expect(check('medical_insurance', onDay90)).toEqual({ ok: true, value: onDay90 });
    expect(resultShown('medical_insurance', onDay90, CONTEXT)).toEqual([
      { label: '医保参保编号', value: 'YB53312300012' },
      { label: '缴费日期', value: '2026-10-30' },
      { label: '保障起始日期', value: BIRTH },
    ]);
    expect(resultShown('medical_insurance', onDay91, CONTEXT)[2]).toEqual({ label: '保障起始日期', value: '2026-10-31' });
  });

  it('checks the number and the payment date', () => {
    expect(errorsOf('medical_insurance', { insuranceNumber: 'YB-1234', paidOn: '2026-07-01' })).toEqual({
      insuranceNumber: '医保参保编号应为6至30位数字或字母',
      paidOn: '缴费日期不能早于孩子的出生日期（2026-08-01）',
    });
    expect(errorsOf('medical_insurance', { insuranceNumber: 'YB123456', paidOn: '2026-12-01' })).toEqual({
      paidOn: '缴费日期不能晚于今天',
    });
    expect(errorsOf('medical_insurance', { insuranceNumber: 'YB123456', paidOn: '2026-02-30' })).toEqual({
      paidOn: '缴费日期格式不正确，应为YYYY-MM-DD',
    });
  });
});

describe('social security card', () => {
  it('takes a 9-character card number and either a tracking number or a pickup place', () => {
    expect(check('social_security', { cardNumber: 'a12345678', trackingNumber: 'SF1234567890' })).toEqual({
      ok: true,
      value: { cardNumber: 'A12345678', trackingNumber: 'SF1234567890' },
    });
    expect(check('social_security', { cardNumber: '123456789', trackingNumber: '', pickupPlace: '平原镇便民服务中心' })).toEqual({
      ok: true,
      value: { cardNumber: '123456789', pickupPlace: '平原镇便民服务中心' },
    });
  });

  it('needs exactly one of the two', () => {
    expect(errorsOf('social_security', { cardNumber: 'A12345678' })).toEqual({ trackingNumber: '请填写邮寄单号或领取地点（二选一）' });
    expect(errorsOf('social_security', { cardNumber: 'A12345678', trackingNumber: 'SF1', pickupPlace: '平原镇便民服务中心' })).toEqual({
      trackingNumber: '邮寄单号和领取地点只能填写一项：邮寄的填写邮寄单号，自取的填写领取地点',
    });
  });

  it('checks the card number', () => {
    for (const bad of ['A1234567', 'A123456789', 'A1234567-']) {
      expect(errorsOf('social_security', { cardNumber: bad, pickupPlace: '平原镇' })).toEqual({
        cardNumber: '社会保障卡卡号应为9位数字或大写字母',
      });
    }
  });

  it('is shown with what was filled in', () => {
    expect(resultShown('social_security', { cardNumber: 'A12345678', pickupPlace: '平原镇便民服务中心' }, CONTEXT)).toEqual([
      { label: '社会保障卡卡号', value: 'A12345678' },
      { label: '领取地点', value: '平原镇便民服务中心' },
    ]);
  });
});

describe('every result schema', () => {
  it('rejects unknown keys and a non-object with named messages', () => {
    expect(errorsOf('birth_certificate', { certificateNumber: 'Q530012345', extra: 1 })).toEqual({
      extra: '出生医学证明办理结果中有无法识别的字段“extra”',
    });
    expect(errorsOf('vaccination', 'Q530012345')).toEqual({ _: '预防接种证办理结果格式不正确' });
  });

  it('shows the certificate numbers as entered', () => {
    expect(resultShown('birth_certificate', { certificateNumber: 'Q530012345' }, CONTEXT)).toEqual([
      { label: '出生医学证明编号', value: 'Q530012345' },
    ]);
    expect(resultShown('vaccination', { certificateNumber: 'YJ-1', clinicName: '卡场镇中心卫生院' }, CONTEXT)).toEqual([
      { label: '预防接种证编号', value: 'YJ-1' },
      { label: '接种单位', value: '卡场镇中心卫生院' },
    ]);
  });
});
