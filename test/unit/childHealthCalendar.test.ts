import type { ChildSummary } from '../../domain/children/types';
import { childCheckCalendar, type ChildCheckView } from '../../domain/childHealth/childCheckCalendar';
import { CHILD_CHECKS } from '../../domain/childHealth/childChecks';

const child = (birthDate: string): ChildSummary => ({ id: 'c1', name: '岳小满', birthDate });
const rec = (date: string) => ({ date, facility: '平原镇卫生院' });

type Row = [id: string, dueFrom: string, dueBy: string, status: string];
const rows = (checks: ChildCheckView[]): Row[] => checks.map((c) => [c.checkId, c.dueFrom, c.dueBy, c.status]);

describe('the child health checks, birth to 6', () => {
  it('13 checks: the newborn visit, 满月, 3–36 months (8), 4, 5, 6 years', () => {
    expect(CHILD_CHECKS.map((c) => c.id)).toEqual([
      'newborn-visit',
      'month-1',
      'm3',
      'm6',
      'm8',
      'm12',
      'm18',
      'm24',
      'm30',
      'm36',
      'y4',
      'y5',
      'y6',
    ]);
    for (const c of CHILD_CHECKS) expect(c.source.document).toContain('0～6岁儿童健康管理服务规范');
  });

  it('born on a month end in a leap year: windows clamp to shorter months, 满月 runs over 29 February', () => {
    const cal = childCheckCalendar(
      child('2024-01-31'),
      { 'newborn-visit': rec('2024-02-05'), 'month-1': rec('2024-02-29') },
      '2024-06-10',
      {
        dischargeDate: '2024-02-03',
      },
    );
    expect(rows(cal.checks)).toEqual([
      ['newborn-visit', '2024-02-03', '2024-02-10', 'done'],
      ['month-1', '2024-02-28', '2024-03-01', 'done'],
      ['m3', '2024-04-30', '2024-05-30', 'overdue'],
      ['m6', '2024-07-31', '2024-08-30', 'upcoming'],
      ['m8', '2024-09-30', '2024-10-30', 'upcoming'],
      ['m12', '2025-01-31', '2025-02-27', 'upcoming'],
      ['m18', '2025-07-31', '2025-10-30', 'upcoming'],
      ['m24', '2026-01-31', '2026-04-29', 'upcoming'],
      ['m30', '2026-07-31', '2026-10-30', 'upcoming'],
      ['m36', '2027-01-31', '2027-04-29', 'upcoming'],
      ['y4', '2028-01-31', '2029-01-30', 'upcoming'],
      ['y5', '2029-01-31', '2030-01-30', 'upcoming'],
      ['y6', '2030-01-31', '2031-01-30', 'upcoming'],
    ]);
    expect(cal.checks[2]!.overdueFrom).toBe('2024-05-31');
    expect(cal.checks[0]!.estimated).toBe(false);
    expect(cal.source).toContain('国卫基层发〔2017〕13号');
  });

  it('an overdue check is missed once the next one’s window opens', () => {
    const c = child('2024-01-31');
    expect(childCheckCalendar(c, {}, '2024-07-30').checks[2]!.status).toBe('overdue');
    const at = childCheckCalendar(c, {}, '2024-07-31');
    expect(at.checks[2]!.status).toBe('missed');
    expect(at.checks[3]!.status).toBe('due');
  });

  it('born on 29 February: a common year’s birthday falls on 28 February, as in the vaccine calendar', () => {
    const cal = childCheckCalendar(child('2024-02-29'), {}, '2024-03-01');
    const byId = Object.fromEntries(cal.checks.map((c) => [c.checkId, c]));
    expect(byId['month-1']).toMatchObject({ dueFrom: '2024-03-28', dueBy: '2024-03-30' });
    expect(byId.m12).toMatchObject({ dueFrom: '2025-02-28', dueBy: '2025-03-28' });
    expect(byId.y4).toMatchObject({ dueFrom: '2028-02-29', dueBy: '2029-02-27' });
    expect(byId.y5).toMatchObject({ dueFrom: '2029-02-28', dueBy: '2030-02-27' });
  });

  it('the newborn visit without a discharge date counts from the birth and says it is estimated', () => {
    const cal = childCheckCalendar(child('2024-12-28'), {}, '2025-01-04');
    expect(cal.checks[0]).toMatchObject({ dueFrom: '2024-12-28', dueBy: '2025-01-04', status: 'due', estimated: true });
    expect(childCheckCalendar(child('2024-12-28'), {}, '2025-01-05').checks[0]!.status).toBe('overdue');
    // 满月 opens on day 28 (2025-01-25): the newborn visit is then missed.
    expect(
      childCheckCalendar(child('2024-12-28'), {}, '2025-01-25')
        .checks.slice(0, 2)
        .map((c) => c.status),
    ).toEqual(['missed', 'due']);
  });

  it('the 6-year check is due until the day before the 7th birthday, then missed (the service ends)', () => {
    const c = child('2024-01-31');
    expect(childCheckCalendar(c, {}, '2031-01-30').checks[12]!.status).toBe('due');
    expect(childCheckCalendar(c, {}, '2031-01-31').checks[12]!.status).toBe('missed');
  });

  it('a record wins over any date; contents name the hemoglobin and hearing checks of the 规范', () => {
    const cal = childCheckCalendar(child('2024-01-31'), { m6: rec('2024-09-10') }, '2024-09-11');
    expect(cal.checks[3]).toMatchObject({ status: 'done', record: rec('2024-09-10') });
    expect(cal.checks[3]!.contents.join()).toContain('听力筛查');
    expect(cal.checks[4]!.contents.join()).toContain('血红蛋白');
  });

  it('citizen-facing texts carry no doubts; window readings stay in windowToConfirm', () => {
    for (const c of CHILD_CHECKS) {
      expect([c.title, c.windowText, c.where, ...c.contents, c.source.clause].join('')).not.toMatch(/待核|待确认/);
    }
    expect(CHILD_CHECKS.filter((c) => c.windowToConfirm).length).toBe(11);
  });
});
