import type { ChildSummary } from '../../domain/children/types';
import {
  ageDate,
  calendarFor,
  doseStatus,
  EDITION_RULE,
  nextDoses,
  possibleDoses,
  programChoicesFrom,
  PRODUCTS,
  SCHEDULE_EDITIONS,
  scheduleFor,
  type ScheduledDose,
} from '../../domain/vaccine/schedule';
import type { GivenDose } from '../../domain/vaccine/types';

type Row = [doseId: string, product: string, doseNumber: number, dueFrom: string, completeBy: string | null, edition: string];

const E21 = '2021';
const E25 = '2025-01-01 调整';

function rows(doses: ScheduledDose[]): Row[] {
  return doses.map((d) => [d.doseId, d.product, d.doseNumber, d.dueFrom, d.completeBy ?? null, d.edition]);
}

function given(date: string, product: string): GivenDose {
  return { date, product, batch: '202401A', clinic: '平原镇卫生院预防接种门诊' };
}

const child = (birthDate: string): ChildSummary => ({ id: 'c1', name: '岳小满', birthDate });

describe('scheduleFor — a child born 2024-06-15 (straddles the 2025-01-01 DTaP change)', () => {
  it('lists every dose with its dates and edition', () => {
    expect(rows(scheduleFor('2024-06-15'))).toEqual<Row[]>([
      ['hepb-1', 'HepB', 1, '2024-06-15', '2024-06-17', E21],
      ['bcg-1', 'BCG', 1, '2024-06-15', '2024-09-15', E21],
      ['hepb-2', 'HepB', 2, '2024-07-15', null, E21],
      ['ipv-1', 'IPV', 1, '2024-08-15', null, E21],
      ['ipv-2', 'IPV', 2, '2024-09-15', null, E21],
      ['dtap-1', 'DTaP', 1, '2024-09-15', null, E21],
      ['bopv-3', 'bOPV', 3, '2024-10-15', '2025-06-15', E21],
      ['dtap-2', 'DTaP', 2, '2024-10-15', null, E21],
      ['dtap-3', 'DTaP', 3, '2024-11-15', '2025-06-15', E21],
      ['hepb-3', 'HepB', 3, '2024-12-15', '2025-06-15', E21],
      ['mpsva-1', 'MPSV-A', 1, '2024-12-15', null, E21],
      ['mmr-1', 'MMR', 1, '2025-02-15', '2025-06-15', E21],
      ['je-1', 'JE-L', 1, '2025-02-15', '2025-06-15', E21],
      ['mpsva-2', 'MPSV-A', 2, '2025-03-15', '2025-12-15', E21],
      ['dtap-4', 'DTaP', 4, '2025-12-15', '2026-06-15', E25],
      ['mmr-2', 'MMR', 2, '2025-12-15', '2026-06-15', E21],
      ['hepa-1', 'HepA-L', 1, '2025-12-15', '2026-06-15', E21],
      ['je-2', 'JE-L', 2, '2026-06-15', '2027-06-15', E21],
      ['mpsvac-1', 'MPSV-AC', 1, '2027-06-15', '2028-06-15', E21],
      ['bopv-4', 'bOPV', 4, '2028-06-15', '2029-06-15', E21],
      ['dtap-5', 'DTaP', 5, '2030-06-15', '2031-06-15', E25],
      ['mpsvac-2', 'MPSV-AC', 2, '2030-06-15', '2031-06-15', E21],
    ]);
  });

  it('keeps DTaP at 3, 4, 5 months (before the change), 18 months, and gives DTaP instead of DT at 6 years', () => {
    const dtp = scheduleFor('2024-06-15').filter((d) => d.series === 'dtp');
    expect(dtp.map((d) => [d.doseId, d.dueFrom])).toEqual([
      ['dtap-1', '2024-09-15'],
      ['dtap-2', '2024-10-15'],
      ['dtap-3', '2024-11-15'],
      ['dtap-4', '2025-12-15'],
      ['dtap-5', '2030-06-15'],
    ]);
    expect(dtp.some((d) => d.product === 'DT')).toBe(false);
  });
});

describe('scheduleFor — a child born 2025-03-01 (wholly after the change)', () => {
  it('lists every dose with its dates and edition', () => {
    expect(rows(scheduleFor('2025-03-01'))).toEqual<Row[]>([
      ['hepb-1', 'HepB', 1, '2025-03-01', '2025-03-03', E21],
      ['bcg-1', 'BCG', 1, '2025-03-01', '2025-06-01', E21],
      ['hepb-2', 'HepB', 2, '2025-04-01', null, E21],
      ['ipv-1', 'IPV', 1, '2025-05-01', null, E21],
      ['dtap-1', 'DTaP', 1, '2025-05-01', null, E25],
      ['ipv-2', 'IPV', 2, '2025-06-01', null, E21],
      ['bopv-3', 'bOPV', 3, '2025-07-01', '2026-03-01', E21],
      ['dtap-2', 'DTaP', 2, '2025-07-01', null, E25],
      ['hepb-3', 'HepB', 3, '2025-09-01', '2026-03-01', E21],
      ['dtap-3', 'DTaP', 3, '2025-09-01', '2026-03-01', E25],
      ['mpsva-1', 'MPSV-A', 1, '2025-09-01', null, E21],
      ['mmr-1', 'MMR', 1, '2025-11-01', '2026-03-01', E21],
      ['je-1', 'JE-L', 1, '2025-11-01', '2026-03-01', E21],
      ['mpsva-2', 'MPSV-A', 2, '2025-12-01', '2026-09-01', E21],
      ['dtap-4', 'DTaP', 4, '2026-09-01', '2027-03-01', E25],
      ['mmr-2', 'MMR', 2, '2026-09-01', '2027-03-01', E21],
      ['hepa-1', 'HepA-L', 1, '2026-09-01', '2027-03-01', E21],
      ['je-2', 'JE-L', 2, '2027-03-01', '2028-03-01', E21],
      ['mpsvac-1', 'MPSV-AC', 1, '2028-03-01', '2029-03-01', E21],
      ['bopv-4', 'bOPV', 4, '2029-03-01', '2030-03-01', E21],
      ['dtap-5', 'DTaP', 5, '2031-03-01', '2032-03-01', E25],
      ['mpsvac-2', 'MPSV-AC', 2, '2031-03-01', '2032-03-01', E21],
    ]);
  });
});

describe('the edition rule (EDITION_RULE)', () => {
  const dtp = (birthDate: string) =>
    scheduleFor(birthDate)
      .filter((d) => d.series === 'dtp')
      .map((d) => [d.doseId, d.dueFrom, d.edition]);

  it('is data with a source that names the 2024 notice and the 2025-01-01 date', () => {
    expect(EDITION_RULE.source).toContain('百白破疫苗和白破疫苗免疫程序');
    expect(EDITION_RULE.rule).toContain('2025-01-01');
    expect(SCHEDULE_EDITIONS.map((e) => [e.id, e.inForceFrom])).toEqual([
      [E21, undefined],
      [E25, '2025-01-01'],
    ]);
  });

  it('keeps a dose whose 2021 date is before the change on 2021 even when the 2025 date is after it (born 2024-07-15, dose 3)', () => {
    expect(dtp('2024-07-15')).toEqual([
      ['dtap-1', '2024-10-15', E21],
      ['dtap-2', '2024-11-15', E21],
      ['dtap-3', '2024-12-15', E21],
      ['dtap-4', '2026-01-15', E25],
      ['dtap-5', '2030-07-15', E25],
    ]);
  });

  it('moves a dose whose 2021 date is on or after the change to 2025, due no earlier than 2025-01-01 (born 2024-10-15)', () => {
    expect(dtp('2024-10-15')).toEqual([
      ['dtap-1', '2025-01-01', E25], // 2 months = 2024-12-15, before the change existed
      ['dtap-2', '2025-02-15', E25],
      ['dtap-3', '2025-04-15', E25],
      ['dtap-4', '2026-04-15', E25],
      ['dtap-5', '2030-10-15', E25],
    ]);
  });

  it('treats a 2021 date falling exactly on 2025-01-01 as after the change (born 2024-10-01)', () => {
    expect(dtp('2024-10-01')[0]).toEqual(['dtap-1', '2025-01-01', E25]);
    expect(dtp('2024-09-30')[0]).toEqual(['dtap-1', '2024-12-30', E21]);
  });

  it('leaves a child whose 6-year dose fell before the change on DT, and gives DTaP at 6 to one whose did not', () => {
    expect(dtp('2018-06-15').at(-1)).toEqual(['dt-5', '2024-06-15', E21]);
    expect(dtp('2018-12-31').at(-1)).toEqual(['dt-5', '2024-12-31', E21]);
    expect(dtp('2019-01-01').at(-1)).toEqual(['dtap-5', '2025-01-01', E25]);
  });

  it('changes only the 百白破 series', () => {
    for (const birth of ['2020-05-05', '2024-06-15', '2025-03-01']) {
      expect(
        scheduleFor(birth)
          .filter((d) => d.edition === E25)
          .every((d) => d.series === 'dtp'),
      ).toBe(true);
    }
  });
});

describe('completion deadlines (2021年版说明 一、(四) 及时完成接种)', () => {
  const birth = '2025-03-01';
  const by = (doseId: string, choices = {}) => scheduleFor(birth, choices).find((d) => d.doseId === doseId)!;

  it.each([
    ['hepb-3', { months: 12 }],
    ['bopv-3', { months: 12 }],
    ['dtap-3', { months: 12 }],
    ['mmr-1', { months: 12 }],
    ['je-1', { months: 12 }],
    ['mpsva-2', { months: 18 }],
    ['mmr-2', { months: 24 }],
    ['hepa-1', { months: 24 }],
    ['dtap-4', { months: 24 }],
    ['je-2', { years: 3 }],
    ['mpsvac-1', { years: 4 }],
    ['bopv-4', { years: 5 }],
    ['dtap-5', { years: 7 }],
    ['mpsvac-2', { years: 7 }],
    ['bcg-1', { months: 3 }],
  ])('%s is to be complete before %o', (doseId, age) => {
    const dose = by(doseId);
    expect(dose.completeBy).toBe(ageDate(birth, age));
    expect(dose.completeByText).toMatch(/小于.+完成|24小时内/);
  });

  it('gives the JE-I and HepA-I programmes their own deadlines', () => {
    const jei = { je: 'JE-I' as const };
    expect(by('je-2', jei).completeBy).toBe('2026-03-01');
    expect(by('je-3', jei).completeBy).toBe('2028-03-01');
    expect(by('je-4', jei).completeBy).toBe('2032-03-01');
    expect(by('hepa-2', { hepa: 'HepA-I' as const }).completeBy).toBe('2028-03-01');
  });

  it('sets no deadline on doses the 说明 does not list', () => {
    for (const id of ['hepb-2', 'ipv-1', 'ipv-2', 'dtap-1', 'dtap-2', 'mpsva-1']) expect(by(id).completeBy).toBeUndefined();
  });

  it('never has a deadline on or before the dose can be given', () => {
    for (const birthDate of ['2024-06-15', '2025-03-01', '2024-10-15', '2024-02-29', '2023-08-31']) {
      for (const choices of [{}, { je: 'JE-I' as const, hepa: 'HepA-I' as const }]) {
        for (const dose of scheduleFor(birthDate, choices)) {
          if (dose.completeBy) expect(dose.completeBy > dose.dueFrom).toBe(true);
        }
      }
    }
  });

  it('cites its source on every deadline and every dose', () => {
    for (const edition of SCHEDULE_EDITIONS) {
      for (const series of edition.series) {
        for (const dose of series.programs.flatMap((p) => p.doses)) {
          if (dose.completeBefore) expect(dose.completeBefore.source).toContain('2021年版说明 一、(四) 及时完成接种');
        }
      }
    }
    for (const dose of scheduleFor('2024-06-15')) expect(dose.source).toMatch(/2021年版|百白破/);
  });
});

describe('end-of-month ages', () => {
  it('clamps to the end of a shorter month, as dayjs does', () => {
    const s = scheduleFor('2024-08-31');
    const at = (id: string) => s.find((d) => d.doseId === id)!.dueFrom;
    expect(at('hepb-3')).toBe('2025-02-28'); // 6 months
    expect(at('ipv-1')).toBe('2024-10-31');
    expect(at('hepb-2')).toBe('2024-09-30');
    expect(scheduleFor('2024-02-29').find((d) => d.doseId === 'je-2')!.dueFrom).toBe('2026-02-28');
  });
});

describe('alternatives: 乙脑灭活疫苗 (JE-I) and 甲肝灭活疫苗 (HepA-I)', () => {
  it('lists the live vaccines by default, with the inactivated one as an accepted alternative', () => {
    const s = scheduleFor('2025-03-01');
    const je = s.filter((d) => d.series === 'je');
    expect(je.map((d) => [d.doseId, d.product, d.alternatives])).toEqual([
      ['je-1', 'JE-L', ['JE-I']],
      ['je-2', 'JE-L', ['JE-I']],
    ]);
    expect(je[0]!.note).toBe('也可接种乙脑灭活疫苗（共4剂）');
    expect(s.filter((d) => d.series === 'hepa').map((d) => [d.doseId, d.product, d.alternatives])).toEqual([
      ['hepa-1', 'HepA-L', ['HepA-I']],
    ]);
  });

  it('JE-I: two doses at 8 months 7 days apart, then 2 and 6 years', () => {
    const je = scheduleFor('2025-03-01', { je: 'JE-I' }).filter((d) => d.series === 'je');
    expect(je.map((d) => [d.doseId, d.vaccine, d.dueFrom, d.completeBy ?? null])).toEqual([
      ['je-1', '乙脑灭活疫苗', '2025-11-01', null],
      ['je-2', '乙脑灭活疫苗', '2025-11-08', '2026-03-01'],
      ['je-3', '乙脑灭活疫苗', '2027-03-01', '2028-03-01'],
      ['je-4', '乙脑灭活疫苗', '2031-03-01', '2032-03-01'],
    ]);
  });

  it('HepA-I: 18 and 24 months', () => {
    const hepa = scheduleFor('2025-03-01', { hepa: 'HepA-I' }).filter((d) => d.series === 'hepa');
    expect(hepa.map((d) => [d.doseId, d.product, d.dueFrom])).toEqual([
      ['hepa-1', 'HepA-I', '2026-09-01'],
      ['hepa-2', 'HepA-I', '2027-03-01'],
    ]);
  });

  it('follows the programme of the first dose given', () => {
    expect(programChoicesFrom({})).toEqual({});
    expect(programChoicesFrom({ 'je-1': given('2025-11-02', 'JE-L') })).toEqual({ je: 'JE-L' });
    expect(programChoicesFrom({ 'je-1': given('2025-11-02', 'JE-I'), 'hepa-1': given('2026-09-02', 'HepA-I') })).toEqual({
      je: 'JE-I',
      hepa: 'HepA-I',
    });
    const cal = calendarFor(child('2025-03-01'), { 'je-1': given('2025-11-02', 'JE-I') }, '2025-11-03');
    expect(cal.doses.filter((d) => d.doseId.startsWith('je-')).map((d) => [d.doseId, d.product, d.status])).toEqual([
      ['je-1', 'JE-I', 'given'],
      ['je-2', 'JE-I', 'upcoming'],
      ['je-3', 'JE-I', 'upcoming'],
      ['je-4', 'JE-I', 'upcoming'],
    ]);
  });

  it('counts the JE-I second dose from the first dose when that was late', () => {
    const cal = calendarFor(child('2025-03-01'), { 'je-1': given('2025-12-20', 'JE-I') }, '2025-12-21');
    const second = cal.doses.find((d) => d.doseId === 'je-2')!;
    expect(second.dueFrom).toBe('2025-12-27');
    expect(second.status).toBe('upcoming');
  });

  it('offers every dose id of every programme for recording', () => {
    const possible = possibleDoses('2025-03-01');
    expect(possible.get('je-1')!.products).toEqual(['JE-L', 'JE-I']);
    expect(possible.get('je-3')!.products).toEqual(['JE-I']);
    expect(possible.get('hepa-2')!.products).toEqual(['HepA-I']);
    expect(possible.has('dt-5')).toBe(false);
    expect(possibleDoses('2018-06-15').has('dt-5')).toBe(true);
    expect(possible.size).toBe(25);
  });

  it('names every product in Chinese', () => {
    for (const dose of scheduleFor('2024-06-15')) expect(dose.vaccine).toBe(PRODUCTS[dose.product].name);
    expect(PRODUCTS.DT.name).toBe('白破疫苗');
  });
});

describe('status around today', () => {
  const birth = '2025-03-01';
  // hepb-3: due from 2025-09-01, complete before 2026-03-01.
  const status = (today: string, record: Record<string, GivenDose> = {}) =>
    calendarFor(child(birth), record, today).doses.find((d) => d.doseId === 'hepb-3')!.status;

  it('upcoming → due on dueFrom → overdue on completeBy', () => {
    expect(status('2025-08-31')).toBe('upcoming');
    expect(status('2025-09-01')).toBe('due');
    expect(status('2026-02-28')).toBe('due');
    expect(status('2026-03-01')).toBe('overdue');
  });

  it('given wins at any date', () => {
    expect(status('2026-06-01', { 'hepb-3': given('2025-09-03', 'HepB') })).toBe('given');
  });

  it('a dose without a deadline stays due, never overdue', () => {
    expect(doseStatus({ dueFrom: '2025-05-01' }, undefined, '2030-01-01')).toBe('due');
  });

  it('builds the calendar view with the given record, the edition and the sources', () => {
    const cal = calendarFor(child('2024-06-15'), { 'hepb-1': given('2024-06-15', 'HepB') }, '2024-07-20');
    expect(cal.child.birthDate).toBe('2024-06-15');
    expect(cal.doses).toHaveLength(22);
    expect(cal.doses[0]).toEqual({
      doseId: 'hepb-1',
      vaccine: '乙肝疫苗',
      product: 'HepB',
      doseNumber: 1,
      dueFrom: '2024-06-15',
      completeBy: '2024-06-17',
      status: 'given',
      given: given('2024-06-15', 'HepB'),
      edition: '2021',
      note: '出生后24小时内接种',
    });
    expect(cal.doses.find((d) => d.doseId === 'bcg-1')!.status).toBe('due');
    expect(cal.doses.find((d) => d.doseId === 'hepb-2')!.status).toBe('due');
    expect(cal.doses.find((d) => d.doseId === 'ipv-1')!.status).toBe('upcoming');
    expect(cal.source).toContain('2021年版');
    expect(cal.source).toContain('百白破疫苗和白破疫苗免疫程序');
    expect(calendarFor(child('2018-06-15'), {}, '2024-01-01').source).not.toContain('百白破疫苗和白破疫苗免疫程序');
  });
});

describe('nextDoses', () => {
  it('puts overdue first, then due, then the soonest upcoming, and leaves out given doses', () => {
    const cal = calendarFor(
      child('2025-03-01'),
      { 'hepb-1': given('2025-03-01', 'HepB'), 'hepb-2': given('2025-04-02', 'HepB') },
      '2025-06-02',
    );
    expect(nextDoses(cal, '2025-06-02', 4).map((d) => [d.doseId, d.status])).toEqual([
      ['bcg-1', 'overdue'],
      ['ipv-1', 'due'],
      ['dtap-1', 'due'],
      ['ipv-2', 'due'],
    ]);
    expect(
      nextDoses(cal, '2025-06-02', 6)
        .slice(4)
        .map((d) => [d.doseId, d.status]),
    ).toEqual([
      ['bopv-3', 'upcoming'],
      ['dtap-2', 'upcoming'],
    ]);
  });

  it('recomputes status for the day asked', () => {
    const cal = calendarFor(child('2025-03-01'), {}, '2025-03-01');
    expect(nextDoses(cal, '2025-03-01', 2).map((d) => d.status)).toEqual(['due', 'due']);
    expect(nextDoses(cal, '2025-03-03', 1).map((d) => [d.doseId, d.status])).toEqual([['hepb-1', 'overdue']]);
    expect(nextDoses(cal, '2025-03-01', 0)).toEqual([]);
  });
});
