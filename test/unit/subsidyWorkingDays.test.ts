import { WORKING_CALENDAR, addWorkingDays, isWorkingDay } from '../../domain/subsidy/workingDays';

describe('addWorkingDays (Monday–Friday; public holidays not modelled yet)', () => {
  it('a Friday + 1 is the Monday', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
  });

  it('a Saturday + 1 is the Monday; a Monday + 1 is the Tuesday; + 5 is a week later', () => {
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addWorkingDays('2026-11-30', 5)).toBe('2026-12-07');
  });

  it('30 working days from Saturday 2026-11-28 is Friday 2027-01-08 (2027-01-01 counted: holidays not modelled)', () => {
    expect(WORKING_CALENDAR.holidays).toEqual([]);
    expect(addWorkingDays('2026-11-28', 30)).toBe('2027-01-08');
  });

  it('0 days is the day itself', () => {
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('holidays and make-up working days are a data hook', () => {
    const calendar = { holidays: ['2027-01-01'], extraWorkdays: [] };
    expect(addWorkingDays('2026-11-28', 30, calendar)).toBe('2027-01-11');
    const makeUp = { holidays: [], extraWorkdays: ['2026-11-28'] };
    expect(isWorkingDay('2026-11-28', makeUp)).toBe(true);
    expect(addWorkingDays('2026-11-27', 1, makeUp)).toBe('2026-11-28');
    expect(isWorkingDay('2026-11-29')).toBe(false);
  });

  it('rejects a bad date or a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-11-31', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-28', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-28', 1.5)).toThrow(RangeError);
  });
});
