// Citizen ID numbers per GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence
// (odd = male), ISO 7064 MOD 11-2 check character.
import { compareDates, isCalendarDate } from '../dates';
import { isKnownRegionPrefix } from './regionCodes';

export type IdNumberProblem = 'empty' | 'legacy15' | 'format' | 'region' | 'birthDate' | 'checkDigit';

export type IdNumberCheck =
  { ok: true; idNumber: string; birthDate: string; sex: 'M' | 'F'; regionCode: string } | { ok: false; reason: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
// Nobody alive was born before this; an earlier date is a typo.
const EARLIEST_BIRTH_DATE = '1900-01-01';

export function checkDigitOf(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('checkDigitOf needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** `today` (YYYY-MM-DD), when given, rejects a birth date after it. */
export function checkIdNumber(raw: string, today?: string): IdNumberCheck {
  const id = String(raw ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (id === '') return { ok: false, reason: 'empty' };
  if (/^\d{15}$/.test(id)) return { ok: false, reason: 'legacy15' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'format' };

  const regionCode = id.slice(0, 6);
  if (!isKnownRegionPrefix(regionCode)) return { ok: false, reason: 'region' };

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (
    !isCalendarDate(birthDate) ||
    compareDates(birthDate, EARLIEST_BIRTH_DATE) < 0 ||
    (today !== undefined && isCalendarDate(today) && compareDates(birthDate, today) > 0)
  ) {
    return { ok: false, reason: 'birthDate' };
  }

  if (checkDigitOf(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'checkDigit' };

  const sex = Number(id[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, idNumber: id, birthDate, sex, regionCode };
}

/** A sentence naming the field, e.g. '配偶公民身份号码校验位不正确'. */
export function idNumberProblemText(reason: IdNumberProblem, label = '公民身份号码'): string {
  switch (reason) {
    case 'empty':
      return `请填写${label}`;
    case 'legacy15':
      return `${label}应为18位，不支持15位旧号码`;
    case 'format':
      return `${label}格式不正确，应为18位，前17位为数字，最后一位为数字或X`;
    case 'region':
      return `${label}前6位地区码不正确`;
    case 'birthDate':
      return `${label}中的出生日期无效`;
    case 'checkDigit':
      return `${label}校验位不正确`;
  }
}

/** '5329**********1234': the region and the last four stay readable for matching on the phone. */
export function maskIdNumber(id: string): string {
  const s = String(id ?? '');
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** '138****5678'. */
export function maskPhone(phone: string): string {
  const s = String(phone ?? '');
  if (s.length <= 7) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}
