import { addDays, addMonths, ageInYears, compareDates, diffDays, isCalendarDate, todayIn, TIME_ZONE } from '../../domain/dates';

describe('todayIn', () => {
  it('uses the Shanghai calendar across the UTC midnight boundary', () => {
    expect(TIME_ZONE).toBe('Asia/Shanghai');
    expect(todayIn(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(todayIn(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(todayIn(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
    expect(todayIn(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates in strict YYYY-MM-DD form', () => {
    expect(isCalendarDate('2026-11-28')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('rejects impossible dates and other shapes', () => {
    for (const s of [
      '2023-02-30',
      '2023-02-29',
      '2023-13-01',
      '2023-00-10',
      '2023-1-5',
      '20230105',
      '2023/01/05',
      '2023-01-05T00:00',
      '',
      'x',
    ]) {
      expect(isCalendarDate(s)).toBe(false);
    }
  });
});

describe('date arithmetic', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-11-28', 10)).toBe('2027-09-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-28', -72)).toBe('2020-11-28');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-28', 300)).toBe('2027-09-24');
    expect(addDays('2026-11-28', -30)).toBe('2026-10-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts days between dates', () => {
    expect(diffDays('2027-09-24', '2026-11-28')).toBe(300);
    expect(diffDays('2026-11-28', '2026-11-29')).toBe(-1);
  });

  it('compares dates', () => {
    expect(compareDates('2026-11-28', '2026-11-29')).toBe(-1);
    expect(compareDates('2026-11-28', '2026-11-28')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('throws on a string that is not a date', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });
});

describe('ageInYears', () => {
  it('counts completed years', () => {
    expect(ageInYears('2020-11-28', '2026-11-28')).toBe(6);
    expect(ageInYears('2020-11-29', '2026-11-28')).toBe(5);
    expect(ageInYears('2026-11-28', '2026-11-28')).toBe(0);
  });

  it('reaches a 29 February birthday on 1 March in a common year', () => {
    expect(ageInYears('2024-02-29', '2025-02-28')).toBe(0);
    expect(ageInYears('2024-02-29', '2025-03-01')).toBe(1);
  });
});
