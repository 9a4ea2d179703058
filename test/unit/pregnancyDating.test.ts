import {
  dateAtGestationalAge,
  datePregnancy,
  dueDateFromLmp,
  formatGestationalAge,
  gestationalAgeOn,
  startDateFromUltrasound,
} from '../../domain/maternal/pregnancyDating';

describe('预产期 from the last menstrual period (280 days)', () => {
  it.each([
    // A leap year: 280 days land one day before the month rule's 2024-11-07 (月份加9、日数加7).
    ['2024-01-31', '2024-11-06'],
    ['2023-01-31', '2023-11-07'],
    // A month end whose pregnancy runs over 29 February 2024.
    ['2023-05-31', '2024-03-06'],
    ['2023-12-31', '2024-10-06'],
  ])('LMP %s → %s', (lmp, due) => {
    expect(dueDateFromLmp(lmp)).toBe(due);
    expect(datePregnancy({ lmp })).toMatchObject({ basis: 'lmp', startDate: lmp, dueDate: due });
  });
});

describe('孕周 on a date', () => {
  const dating = { startDate: '2024-01-31' };

  it('counts completed weeks and days from the LMP, across 29 February', () => {
    expect(gestationalAgeOn(dating, '2024-07-13')).toEqual({ weeks: 23, days: 3 });
    expect(formatGestationalAge({ weeks: 23, days: 3 })).toBe('孕23周+3天');
    expect(formatGestationalAge({ weeks: 12, days: 0 })).toBe('孕12周');
    expect(gestationalAgeOn(dating, '2024-01-31')).toEqual({ weeks: 0, days: 0 });
    expect(gestationalAgeOn(dating, '2024-01-30')).toBeUndefined();
    expect(gestationalAgeOn(dating, '2024-11-06')).toEqual({ weeks: 40, days: 0 });
    expect(gestationalAgeOn(dating, '2024-11-14')).toEqual({ weeks: 41, days: 1 });
  });

  it('and back: the date of a gestational age', () => {
    expect(dateAtGestationalAge(dating, { weeks: 12, days: 6 })).toBe('2024-04-30');
    expect(dateAtGestationalAge(dating, { weeks: 40, days: 0 })).toBe('2024-11-06');
  });
});

describe('dating by ultrasound', () => {
  const scan = { scanDate: '2024-03-15', weeks: 8, days: 2 };

  it('the scan date less the gestational age it measured is the pregnancy’s day 0', () => {
    expect(startDateFromUltrasound(scan)).toBe('2024-01-17');
    expect(datePregnancy({ ultrasound: scan })).toMatchObject({ basis: 'ultrasound', startDate: '2024-01-17', dueDate: '2024-10-23' });
  });

  it('replaces the LMP date when they differ by more than the scan’s margin (8 weeks: more than 5 days)', () => {
    const d = datePregnancy({ lmp: '2024-01-31', ultrasound: scan });
    expect(d).toMatchObject({
      basis: 'ultrasound',
      dueDate: '2024-10-23',
      lmpDueDate: '2024-11-06',
      ultrasoundDueDate: '2024-10-23',
      differenceDays: -14,
    });
    expect(d.reason).toBe('B超孕周与末次月经相差14天，按B超推算');
  });

  it('keeps the LMP date when they agree within the margin', () => {
    expect(datePregnancy({ lmp: '2024-01-20', ultrasound: scan })).toMatchObject({
      basis: 'lmp',
      dueDate: '2024-10-26',
      differenceDays: -3,
    });
    // At 20 weeks the margin is 10 days: 9 days apart keeps the LMP, 11 days replaces it.
    const at20 = (scanDate: string) => ({ scanDate, weeks: 20, days: 0 });
    expect(datePregnancy({ lmp: '2024-01-01', ultrasound: at20('2024-05-11') }).basis).toBe('lmp');
    expect(datePregnancy({ lmp: '2024-01-01', ultrasound: at20('2024-05-31') }).basis).toBe('ultrasound');
  });

  it('refuses a gestational age that is not one, or no dating at all', () => {
    expect(() => startDateFromUltrasound({ scanDate: '2024-03-15', weeks: 8, days: 7 })).toThrow(RangeError);
    expect(() => startDateFromUltrasound({ scanDate: '2024-03-15', weeks: 45, days: 0 })).toThrow(RangeError);
    expect(() => datePregnancy({})).toThrow(RangeError);
  });
});
