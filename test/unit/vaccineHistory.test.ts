// The calendar never raises a false alarm: a dose the system cannot know about reads 未录入, and a
// later dose of a series is never more urgent than an earlier one.
import { vaccineDueItems } from '../../domain/children/dueNext';
import { addDays } from '../../domain/dates';
import { calendarFor, scheduleFor } from '../../domain/vaccine/schedule';
import type { DoseStatus, GivenDose, VaccineHistory } from '../../domain/vaccine/types';

const hospital = (date: string, product: string): GivenDose => ({ date, product, batch: '样例01', clinic: '盈江县人民医院' });

describe('the 9-day-old born at 县人民医院', () => {
  const baby = { id: 'b', name: '小宝', birthDate: '2026-11-25' };
  const today = '2026-12-04';

  it('before the 接种证 is issued, the birth doses read 未录入, never 已逾期', () => {
    const history: VaccineHistory = { knownSince: '2026-11-26', certificateIssued: false, anyRecorded: false };
    const cal = calendarFor(baby, {}, today, history);
    const status = (id: string) => cal.doses.find((d) => d.doseId === id)!.status;
    expect(status('hepb-1')).toBe('unrecorded');
    expect(status('bcg-1')).toBe('unrecorded');
    expect(cal.doses.some((d) => d.status === 'overdue')).toBe(false);
    const items = vaccineDueItems(cal, today);
    expect(items.some((i) => i.overdue)).toBe(false);
    expect(items.map((i) => i.key)).toContain('vaccine:b:history');
    expect(items.map((i) => i.key)).not.toContain('vaccine:b:hepb-1');
  });

  it('even when the case was filed on the day of birth (the deadline fell after the record began)', () => {
    const cal = calendarFor(baby, {}, today, { knownSince: '2026-11-25', certificateIssued: false, anyRecorded: false });
    expect(cal.doses.find((d) => d.doseId === 'hepb-1')!.status).toBe('unrecorded');
  });

  it('after the 接种证 is issued with the birth doses carried over: nothing overdue, 第2剂 next', () => {
    const given = { 'hepb-1': hospital('2026-11-25', 'HepB'), 'bcg-1': hospital('2026-11-26', 'BCG') };
    const cal = calendarFor(baby, given, today, { knownSince: '2026-11-26', certificateIssued: true, anyRecorded: true });
    expect(cal.doses.filter((d) => d.status === 'overdue' || d.status === 'unrecorded')).toEqual([]);
    const items = vaccineDueItems(cal, today);
    expect(items[0]).toMatchObject({ key: 'vaccine:b:hepb-2', overdue: false });
    expect(items.some((i) => i.overdue || i.key === 'vaccine:b:history')).toBe(false);
  });

  it('a 接种证 issued without a birth dose means it was not given: that one is overdue for real', () => {
    const given = { 'bcg-1': hospital('2026-11-26', 'BCG') };
    const cal = calendarFor(baby, given, today, { knownSince: '2026-11-26', certificateIssued: true, anyRecorded: true });
    expect(cal.doses.find((d) => d.doseId === 'hepb-1')!.status).toBe('overdue');
  });
});

describe('the 5-year-old whose history predates the system', () => {
  const child = { id: 'o', name: '大姐', birthDate: '2021-06-18' };
  const today = '2026-12-04';
  const history: VaccineHistory = { knownSince: today, certificateIssued: false, anyRecorded: false };

  it('shows no overdue dose: what fell due before reads 未录入', () => {
    const cal = calendarFor(child, {}, today, history);
    expect(cal.doses.filter((d) => d.status === 'overdue')).toEqual([]);
    expect(cal.doses.filter((d) => d.status === 'due')).toEqual([]);
    const dtap = cal.doses.filter((d) => d.doseId.startsWith('dtap-') && d.doseNumber <= 4).map((d) => d.status);
    expect(dtap).toEqual(['unrecorded', 'unrecorded', 'unrecorded', 'unrecorded']);
    expect(vaccineDueItems(cal, today)).toEqual([expect.objectContaining({ key: 'vaccine:o:history', overdue: false })]);
  });

  it('doses recorded after the system began keep the rest unrecorded, and later doses still upcoming', () => {
    const given = { 'hepb-1': hospital('2021-06-18', 'HepB'), 'ipv-2': hospital('2021-09-22', 'IPV') };
    const cal = calendarFor(child, given, today, { knownSince: today, certificateIssued: false, anyRecorded: true });
    const status = (id: string) => cal.doses.find((d) => d.doseId === id)!.status;
    expect(status('ipv-1')).toBe('unrecorded'); // ipv-2 is on record: ipv-1 was most likely given
    expect(status('hepb-3')).toBe('unrecorded');
    expect(status('dtap-5')).toBe('upcoming'); // 6 years: 2027-06-18
    expect(cal.doses.some((d) => d.status === 'overdue')).toBe(false);
  });
});

describe('a later dose of a series is never more urgent than an earlier one', () => {
  const RANK: Record<DoseStatus, number> = { overdue: 3, due: 2, upcoming: 1, given: 0, unrecorded: 0 };

  it('holds for every birth date and day checked, with and without records', () => {
    let checked = 0;
    for (let b = 0; b < 900; b += 29) {
      const birthDate = addDays('2021-01-03', b * 2);
      const doses = scheduleFor(birthDate);
      for (const age of [0, 3, 40, 75, 100, 130, 170, 200, 380, 560, 740, 1100, 1500, 2000, 2300]) {
        const today = addDays(birthDate, age);
        const some: Record<string, GivenDose> = {};
        doses
          .filter((_, i) => (i + b) % 4 === 0 && doses[i]!.dueFrom <= today)
          .forEach((d) => (some[d.doseId] = hospital(d.dueFrom, d.product)));
        for (const given of [{}, some]) {
          const cal = calendarFor({ id: 'x', name: 'x', birthDate }, given, today);
          const scheduled = scheduleFor(birthDate);
          const bySeries = new Map<string, { n: number; s: DoseStatus }[]>();
          for (const d of cal.doses) {
            const x = scheduled.find((y) => y.doseId === d.doseId)!;
            bySeries.set(x.series, [...(bySeries.get(x.series) ?? []), { n: x.seriesIndex, s: d.status }]);
          }
          for (const list of bySeries.values()) {
            const open = list.sort((x, y) => x.n - y.n).filter((x) => x.s !== 'given' && x.s !== 'unrecorded');
            for (let i = 1; i < open.length; i++)
              expect([birthDate, today, RANK[open[i]!.s] <= RANK[open[i - 1]!.s]]).toEqual([birthDate, today, true]);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('百白破 第1、2剂 are overdue with 第3剂 (the series deadline binds them)', () => {
    const cal = calendarFor({ id: 'x', name: 'x', birthDate: '2024-01-10' }, {}, '2025-02-01');
    expect(
      cal.doses.filter((d) => d.doseId.startsWith('dtap-') && d.doseNumber <= 3).map((d) => [d.doseId, d.status, d.completeBy]),
    ).toEqual([
      ['dtap-1', 'overdue', '2025-01-10'],
      ['dtap-2', 'overdue', '2025-01-10'],
      ['dtap-3', 'overdue', '2025-01-10'],
    ]);
  });
});
