import { checkDigitOf, checkIdNumber, idNumberProblemText, maskIdNumber, maskPhone } from '../../domain/identity/idNumber';
import { isKnownRegionPrefix, REGION_CODE_SOURCES, YINGJIANG_REGION_CODE } from '../../domain/identity/regionCodes';

const withCheckDigit = (first17: string) => first17 + checkDigitOf(first17);

/** A valid number: region + birth date + sequence, with the check digit computed. */
function idOf(birth: string, seq: string, region = YINGJIANG_REGION_CODE): string {
  return withCheckDigit(region + birth + seq);
}

/** The first sequence (from 100) whose check digit is X. */
function idEndingInX(): string {
  for (let seq = 100; seq < 1000; seq += 1) {
    const id = idOf('19900307', String(seq));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no fixture');
}

describe('checkDigitOf', () => {
  it('matches the published GB 11643 example', () => {
    // The standard's worked example: 11010519491231002X.
    expect(checkDigitOf('11010519491231002')).toBe('X');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => checkDigitOf('123')).toThrow(RangeError);
  });
});

describe('checkIdNumber', () => {
  const male = idOf('19900307', '123'); // 17th digit 3: odd
  const female = idOf('19920415', '224'); // 17th digit 4: even

  it('accepts a valid number and reads birth date, sex and region', () => {
    expect(checkIdNumber(male)).toEqual({
      ok: true,
      idNumber: male,
      birthDate: '1990-03-07',
      sex: 'M',
      regionCode: '533123',
    });
    expect(checkIdNumber(female)).toMatchObject({ ok: true, birthDate: '1992-04-15', sex: 'F' });
  });

  it('accepts a number ending in X, also written as lowercase x with spaces', () => {
    const x = idEndingInX();
    expect(checkIdNumber(x)).toMatchObject({ ok: true, idNumber: x });
    const typed = `  ${x.slice(0, 6)} ${x.slice(6, 14)} ${x.slice(14, 17)}x `;
    expect(checkIdNumber(typed)).toMatchObject({ ok: true, idNumber: x });
  });

  it('rejects a wrong check digit', () => {
    const wrong = male.slice(0, 17) + (male[17] === '0' ? '1' : '0');
    expect(checkIdNumber(wrong)).toEqual({ ok: false, reason: 'checkDigit' });
  });

  it('rejects an impossible birth date such as 1990-02-30', () => {
    expect(checkIdNumber(idOf('19900230', '123'))).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkIdNumber(idOf('19901301', '123'))).toEqual({ ok: false, reason: 'birthDate' });
  });

  it('rejects a birth date after today, accepts one on today', () => {
    const future = idOf('20261129', '123');
    expect(checkIdNumber(future, '2026-11-28')).toEqual({ ok: false, reason: 'birthDate' });
    expect(checkIdNumber(idOf('20261128', '123'), '2026-11-28')).toMatchObject({ ok: true });
    // Without `today` only the calendar is checked.
    expect(checkIdNumber(future)).toMatchObject({ ok: true });
  });

  it('rejects the 15-digit legacy number with its own reason', () => {
    expect(checkIdNumber('533123900307123')).toEqual({ ok: false, reason: 'legacy15' });
  });

  it('rejects an unknown province code', () => {
    expect(checkIdNumber(idOf('19900307', '123', '993123'))).toEqual({ ok: false, reason: 'region' });
  });

  it('rejects empty input and malformed input', () => {
    expect(checkIdNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkIdNumber('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkIdNumber('53312319900307123')).toEqual({ ok: false, reason: 'format' });
    expect(checkIdNumber('5331231990030712345')).toEqual({ ok: false, reason: 'format' });
    expect(checkIdNumber('53312319900307X123')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('idNumberProblemText', () => {
  it('names the field in Chinese', () => {
    expect(idNumberProblemText('checkDigit', '配偶公民身份号码')).toBe('配偶公民身份号码校验位不正确');
    expect(idNumberProblemText('birthDate')).toContain('出生日期无效');
    expect(idNumberProblemText('legacy15')).toContain('不支持15位旧号码');
    expect(idNumberProblemText('empty', '申请人公民身份号码')).toBe('请填写申请人公民身份号码');
  });
});

// GB 11643-1999 第5.1条: 地址码 per GB/T 2260; 《港澳台居民居住证申领发放办法》（国办发〔2018〕81号）:
// 居住证 numbers carry 810000 (香港), 820000 (澳门), 830000 (台湾).
describe('region codes (GB 11643, 港澳台居民居住证)', () => {
  const withCheck = (first17: string) => first17 + checkDigitOf(first17);

  it('71 and 91 are never issued on an ID number: refused', () => {
    expect(isKnownRegionPrefix('710000')).toBe(false);
    expect(isKnownRegionPrefix('910000')).toBe(false);
    expect(checkIdNumber(withCheck('71000019900307123'))).toEqual({ ok: false, reason: 'region' });
    expect(checkIdNumber(withCheck('91010119900307123'))).toEqual({ ok: false, reason: 'region' });
  });

  it('81 and 82 only as exactly 810000 / 820000 (港澳居民居住证)', () => {
    expect(isKnownRegionPrefix('810000')).toBe(true);
    expect(isKnownRegionPrefix('820000')).toBe(true);
    expect(isKnownRegionPrefix('810101')).toBe(false);
    expect(isKnownRegionPrefix('820100')).toBe(false);
    expect(checkIdNumber(withCheck('81000019900307123'))).toMatchObject({ ok: true, regionCode: '810000' });
    expect(checkIdNumber(withCheck('81010119900307123'))).toEqual({ ok: false, reason: 'region' });
  });

  it('830000 (台湾居民居住证) is accepted; nothing else starting 83', () => {
    expect(isKnownRegionPrefix('830000')).toBe(true);
    expect(isKnownRegionPrefix('830100')).toBe(false);
    expect(checkIdNumber(withCheck('83000019900307123'))).toMatchObject({ ok: true, regionCode: '830000', sex: 'M' });
  });

  it('the sources are in the data', () => {
    expect(REGION_CODE_SOURCES.join('')).toContain('GB 11643-1999');
    expect(REGION_CODE_SOURCES.join('')).toContain('830000');
  });
});

describe('isKnownRegionPrefix', () => {
  it('knows the province and needs six digits', () => {
    expect(isKnownRegionPrefix('533123')).toBe(true);
    expect(isKnownRegionPrefix('110105')).toBe(true);
    expect(isKnownRegionPrefix('993123')).toBe(false);
    expect(isKnownRegionPrefix('10abcd')).toBe(false);
    expect(isKnownRegionPrefix('5331')).toBe(false);
  });
});

describe('masking', () => {
  it('masks an ID number to the first and last four', () => {
    expect(maskIdNumber('532901199003071234')).toBe('5329**********1234');
  });

  it('masks a phone number to the first three and last four', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('never reveals a short value', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskPhone('123')).toBe('***');
  });
});
