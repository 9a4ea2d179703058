import { pregnancyCalendar, type CheckView, type PregnancyState } from '../../domain/maternal/pregnancyCalendar';
import { NATIONAL_PREGNANCY_CHECKS, RECOMMENDED_PRENATAL_CHECKS } from '../../domain/maternal/prenatalChecks';
import { datePregnancy } from '../../domain/maternal/pregnancyDating';
import type { CheckRecord } from '../../domain/maternal/types';

// LMP 2024-01-31 (a leap year): 预产期 2024-11-06.
const dating = datePregnancy({ lmp: '2024-01-31' });
const pregnant: PregnancyState = { dating };
const rec = (date: string): CheckRecord => ({ date, facility: '盈江县妇幼保健院' });

type Row = [id: string, dueFrom: string, dueBy: string, status: string];
const rows = (checks: CheckView[]): Row[] => checks.map((c) => [c.id, c.dueFrom, c.dueBy, c.status]);

describe('the national checks of a pregnancy', () => {
  it('windows in 孕周, both ends included, and the postnatal checks estimated from the 预产期', () => {
    const cal = pregnancyCalendar(pregnant, { 'prenatal-1': rec('2024-03-20') }, '2024-07-13');
    expect(cal.gestationalAgeText).toBe('孕23周+3天');
    expect(cal.dueDate).toBe('2024-11-06');
    expect(rows(cal.checks)).toEqual([
      ['prenatal-1', '2024-01-31', '2024-04-30', 'done'],
      // 16⁺⁰–20⁺⁶ weeks, not on record; the 21–24-week window has opened, so it is missed.
      ['prenatal-2', '2024-05-22', '2024-06-25', 'missed'],
      ['prenatal-3', '2024-06-26', '2024-07-23', 'due'],
      ['prenatal-4', '2024-08-14', '2024-10-15', 'upcoming'],
      ['prenatal-5', '2024-10-16', '2024-11-12', 'upcoming'],
      ['postnatal-visit', '2024-11-06', '2024-11-13', 'upcoming'],
      ['postnatal-42d', '2024-12-18', '2025-01-01', 'upcoming'],
    ]);
    expect(cal.checks.filter((c) => c.estimated).map((c) => c.id)).toEqual(['postnatal-visit', 'postnatal-42d']);
    expect(cal.checks[0]!.record).toEqual(rec('2024-03-20'));
    expect(cal.notices).toEqual([]);
  });

  it('overdue in a gap between two windows; due on the first and the last day of a window', () => {
    expect(pregnancyCalendar(pregnant, {}, '2024-05-01').checks[0]!.status).toBe('overdue');
    expect(pregnancyCalendar(pregnant, {}, '2024-05-21').checks[0]!.status).toBe('overdue');
    expect(pregnancyCalendar(pregnant, {}, '2024-05-22').checks[0]!.status).toBe('missed');
    expect(pregnancyCalendar(pregnant, {}, '2024-05-22').checks[1]!.status).toBe('due');
    expect(pregnancyCalendar(pregnant, {}, '2024-06-25').checks[1]!.status).toBe('due');
    expect(pregnancyCalendar(pregnant, {}, '2024-04-30').checks[0]!.status).toBe('due');
  });

  it('past 40 weeks and not delivered: the last check overdue, and the 41-week notice', () => {
    const cal = pregnancyCalendar(pregnant, {}, '2024-11-14');
    expect(cal.gestationalAgeText).toBe('孕41周+1天');
    expect(cal.checks.find((c) => c.id === 'prenatal-5')!.status).toBe('overdue');
    // The postnatal visit is still estimated from the 预产期 and cannot fall due before the birth.
    expect(cal.checks.find((c) => c.id === 'postnatal-visit')).toMatchObject({
      dueFrom: '2024-11-06',
      status: 'upcoming',
      estimated: true,
    });
    expect(cal.recommended.find((c) => c.id === 'guide-7')).toMatchObject({ dueFrom: '2024-10-16', dueBy: '2024-11-19', status: 'due' });
    expect(cal.notices).toHaveLength(1);
    expect(cal.notices[0]!.text).toContain('已满41周仍未分娩');
    // One day before 41 weeks: no notice yet.
    expect(pregnancyCalendar(pregnant, {}, '2024-11-12').notices).toEqual([]);
  });

  it('after a birth at 33 weeks: unchecked windows that had opened are missed, later ones not needed; postnatal from the discharge', () => {
    const state: PregnancyState = { dating, deliveryDate: '2024-09-20', dischargeDate: '2024-09-23' };
    const records = { 'prenatal-1': rec('2024-03-20'), 'prenatal-2': rec('2024-06-01'), 'prenatal-3': rec('2024-07-01') };
    const cal = pregnancyCalendar(state, records, '2024-09-25');
    expect(cal.delivered).toBe(true);
    expect(cal.gestationalAge).toBeUndefined();
    expect(cal.gestationalAgeAtDelivery).toEqual({ weeks: 33, days: 2 });
    expect(rows(cal.checks).slice(3)).toEqual([
      ['prenatal-4', '2024-08-14', '2024-10-15', 'missed'],
      ['prenatal-5', '2024-10-16', '2024-11-12', 'not-needed'],
      ['postnatal-visit', '2024-09-23', '2024-09-30', 'due'],
      ['postnatal-42d', '2024-11-01', '2024-11-15', 'upcoming'],
    ]);
    expect(cal.checks.some((c) => c.estimated)).toBe(false);
    expect(pregnancyCalendar(state, records, '2024-10-01').checks[5]!.status).toBe('overdue');
    expect(pregnancyCalendar(state, records, '2024-11-01').checks[5]!.status).toBe('missed');
    expect(pregnancyCalendar(state, records, '2024-11-16').checks[6]!.status).toBe('overdue');
  });

  it('a discharge date not known yet: the postnatal visit counts from the birth and says it is estimated', () => {
    const cal = pregnancyCalendar({ dating, deliveryDate: '2024-11-08' }, {}, '2024-11-09');
    expect(cal.checks.find((c) => c.id === 'postnatal-visit')).toMatchObject({
      dueFrom: '2024-11-08',
      dueBy: '2024-11-15',
      estimated: true,
      status: 'due',
    });
    expect(cal.checks.find((c) => c.id === 'postnatal-42d')).toMatchObject({ dueFrom: '2024-12-20', estimated: false });
  });

  it('a birth date in the future is not a birth yet', () => {
    expect(pregnancyCalendar({ dating, deliveryDate: '2024-11-08' }, {}, '2024-11-01').delivered).toBe(false);
  });

  it('an ultrasound-dated pregnancy: windows follow the ultrasound’s day 0', () => {
    const us = datePregnancy({ lmp: '2024-01-31', ultrasound: { scanDate: '2024-03-15', weeks: 8, days: 2 } });
    const cal = pregnancyCalendar({ dating: us }, {}, '2024-05-08');
    expect(cal.gestationalAgeText).toBe('孕16周');
    expect(cal.dueDate).toBe('2024-10-23');
    expect(cal.checks[1]).toMatchObject({ id: 'prenatal-2', dueFrom: '2024-05-08', status: 'due' });
  });
});

describe('the guideline’s recommended checks', () => {
  it('are marked recommended and follow each other without gaps (a closed window is missed at once)', () => {
    expect(pregnancyCalendar(pregnant, {}, '2024-07-24').recommended[2]!.status).toBe('missed');
    const cal = pregnancyCalendar(pregnant, {}, '2024-07-13');
    expect(cal.recommended.every((c) => c.recommended)).toBe(true);
    expect(cal.checks.every((c) => !c.recommended)).toBe(true);
    expect(cal.recommended.map((c) => [c.id, c.status])).toEqual([
      ['guide-1', 'missed'],
      ['guide-2', 'missed'],
      ['guide-3', 'due'],
      ['guide-4', 'upcoming'],
      ['guide-5', 'upcoming'],
      ['guide-6', 'upcoming'],
      ['guide-7', 'upcoming'],
    ]);
    // 24⁺⁶ weeks is 2024-07-23 (LMP + 174 days).
    expect(cal.recommended[2]!.dueBy).toBe('2024-07-23');
  });
});

describe('the data', () => {
  it('every check names its source document and clause, and its contents', () => {
    for (const rule of [...NATIONAL_PREGNANCY_CHECKS, ...RECOMMENDED_PRENATAL_CHECKS]) {
      expect(rule.source.document).toMatch(/规范|指南/);
      expect(rule.source.clause.length).toBeGreaterThan(4);
      expect(rule.contents.length).toBeGreaterThan(0);
    }
    expect(NATIONAL_PREGNANCY_CHECKS.map((r) => r.id)).toEqual([
      'prenatal-1',
      'prenatal-2',
      'prenatal-3',
      'prenatal-4',
      'prenatal-5',
      'postnatal-visit',
      'postnatal-42d',
    ]);
  });

  it('citizen-facing texts carry no doubts (待核/待确认 stay in toConfirm)', () => {
    for (const rule of [...NATIONAL_PREGNANCY_CHECKS, ...RECOMMENDED_PRENATAL_CHECKS]) {
      const shown = [rule.title, rule.windowText, rule.where, ...rule.contents, rule.source.document, rule.source.clause].join('');
      expect(shown).not.toMatch(/待核|待确认|to confirm/);
    }
  });
});
