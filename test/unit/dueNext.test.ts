import { bundleDeadlineItems, dueNextItems, remindersDue, vaccineDueItems, type DueEntry } from '../../domain/children/dueNext';
import type { ChildSummary } from '../../domain/children/types';
import { hukouDueDate, insuranceCoverDueDate } from '../../domain/birth/bundleRules';
import { calendarFor } from '../../domain/vaccine/schedule';
import type { GivenDose } from '../../domain/vaccine/types';

const child: ChildSummary = { id: 'c1', name: '岳小满', birthDate: '2025-03-01' };
const CASE = '/packages/birth/case/index?id=b1';

function given(date: string, product: string): GivenDose {
  return { date, product, batch: '202501A', clinic: '平原镇卫生院预防接种门诊' };
}

function deadlines(hukouMet: string | null, insuranceMet: string | null) {
  return [
    { key: 'hukou' as const, dueDate: hukouDueDate(child.birthDate), met: hukouMet },
    { key: 'insurance' as const, dueDate: insuranceCoverDueDate(child.birthDate), met: insuranceMet },
  ];
}

function item(over: Partial<DueEntry> & Pick<DueEntry, 'key' | 'date'>): DueEntry {
  return { kind: 'subsidy', childName: '岳小满', title: '事项', dateKind: 'by', overdue: false, link: '/x', ...over };
}

describe('bundleDeadlineItems', () => {
  it('keeps only open deadlines (met === null)', () => {
    expect(bundleDeadlineItems(child, deadlines('2025-03-20', null), CASE).map((i) => i.key)).toEqual(['insurance:c1']);
    expect(bundleDeadlineItems(child, deadlines('2025-03-20', '2025-04-01'), CASE)).toEqual([]);
  });

  it('builds deadline items linking to the case', () => {
    const [hukou, insurance] = bundleDeadlineItems(child, deadlines(null, null), CASE, '2025-04-02');
    expect(hukou).toEqual({
      key: 'hukou:c1',
      kind: 'hukou',
      childId: 'c1',
      childName: '岳小满',
      title: '办理户口登记（出生登记）',
      date: '2025-04-01',
      dateKind: 'by',
      overdue: true, // the last day was 2025-04-01
      overdueFrom: '2025-04-02',
      link: CASE,
    });
    expect(insurance).toMatchObject({ key: 'insurance:c1', date: '2025-05-30', overdue: false, title: '新生儿医保参保缴费' });
  });

  it('is not overdue on its last day', () => {
    expect(bundleDeadlineItems(child, deadlines(null, null), CASE, '2025-04-01')[0]!.overdue).toBe(false);
  });
});

describe('vaccineDueItems', () => {
  const record = { 'hepb-1': given('2025-03-01', 'HepB'), 'bcg-1': given('2025-03-01', 'BCG') };

  it('takes overdue, due and upcoming-within-60-days doses, not given ones', () => {
    const today = '2025-04-15';
    const items = vaccineDueItems(calendarFor(child, record, today), today, { horizonDays: 60 });
    // 60 days from 2025-04-15 is 2025-06-14: hepb-2 (due), ipv-1 and dtap-1 (05-01), ipv-2 (06-01).
    expect(items.map((i) => [i.key, i.date, i.overdue])).toEqual([
      ['vaccine:c1:hepb-2', '2025-04-01', false],
      ['vaccine:c1:ipv-1', '2025-05-01', false],
      ['vaccine:c1:dtap-1', '2025-05-01', false],
      ['vaccine:c1:ipv-2', '2025-06-01', false],
    ]);
    expect(items[0]).toEqual({
      key: 'vaccine:c1:hepb-2',
      kind: 'vaccine',
      childId: 'c1',
      childName: '岳小满',
      title: '乙肝疫苗 第2剂',
      date: '2025-04-01',
      dateKind: 'from',
      overdue: false,
      // 乙肝疫苗第3剂's "小于12月龄完成" binds 第2剂 too.
      overdueFrom: '2026-03-01',
      link: '/packages/vaccine/calendar/index?childId=c1',
    });
  });

  it('includes the horizon day itself and defaults to 60 days', () => {
    const today = '2025-05-02'; // + 60 = 2025-07-01: bopv-3 and dtap-2 are due from that day
    const ids = vaccineDueItems(calendarFor(child, record, today), today).map((i) => i.key);
    expect(ids).toContain('vaccine:c1:bopv-3');
    expect(ids).toContain('vaccine:c1:dtap-2');
    expect(ids).not.toContain('vaccine:c1:hepb-3');
  });

  it('marks overdue doses and carries their completeBy as overdueFrom', () => {
    const today = '2025-06-01';
    const items = vaccineDueItems(calendarFor(child, { 'hepb-1': given('2025-03-01', 'HepB') }, today), today);
    expect(items.find((i) => i.key === 'vaccine:c1:bcg-1')).toMatchObject({
      overdue: true,
      overdueFrom: '2025-06-01',
      title: '卡介苗 第1剂',
    });
  });
});

describe('dueNextItems', () => {
  it('merges sources: overdue first, then soonest; done items and repeated keys left out', () => {
    const today = '2025-04-15';
    const bundle = bundleDeadlineItems(child, deadlines(null, null), CASE);
    const vaccines = vaccineDueItems(
      calendarFor(child, { 'hepb-1': given('2025-03-01', 'HepB'), 'bcg-1': given('2025-03-01', 'BCG') }, today),
      today,
    );
    const later = [
      item({ key: 'subsidy:c1:birth', date: '2025-05-10', title: '申领一次性生育补贴' }),
      item({ key: 'nursery_visit:c1:n1', kind: 'nursery_visit', date: '2025-04-20', dateKind: 'from', done: true }),
      item({ key: 'hukou:c1', date: '2099-01-01' }), // same key as the bundle's: first one wins
    ];
    const merged = dueNextItems([bundle, vaccines, later], today);
    expect(merged.map((i) => [i.key, i.date, i.overdue])).toEqual([
      ['hukou:c1', '2025-04-01', true],
      ['vaccine:c1:hepb-2', '2025-04-01', false],
      ['vaccine:c1:ipv-1', '2025-05-01', false],
      ['vaccine:c1:dtap-1', '2025-05-01', false],
      ['subsidy:c1:birth', '2025-05-10', false],
      ['insurance:c1', '2025-05-30', false],
      ['vaccine:c1:ipv-2', '2025-06-01', false],
    ]);
  });

  it('orders several overdue items longest-overdue first', () => {
    const merged = dueNextItems(
      [
        [
          item({ key: 'b', date: '2025-03-10' }),
          item({ key: 'a', date: '2025-04-10', overdue: true, dateKind: 'from' }),
          item({ key: 'c', date: '2025-03-20' }),
        ],
      ],
      '2025-04-15',
    );
    expect(merged.map((i) => [i.key, i.overdue])).toEqual([
      ['b', true],
      ['c', true],
      ['a', true],
    ]);
  });

  it('returns nothing for no sources, and does not change its input', () => {
    expect(dueNextItems([], '2025-01-01')).toEqual([]);
    const source = [item({ key: 'x', date: '2025-01-01' })];
    dueNextItems([source], '2025-02-01');
    expect(source[0]!.overdue).toBe(false);
  });
});

describe('remindersDue', () => {
  const items = () => [
    ...bundleDeadlineItems(child, deadlines(null, null), CASE), // hukou by 2025-04-01, insurance by 2025-05-30
    ...vaccineDueItems(calendarFor(child, { 'hepb-1': given('2025-03-01', 'HepB') }, '2025-03-01'), '2025-03-01', { horizonDays: 400 }),
  ];

  it('reminds 7 days and 1 day before a deadline, not on other days', () => {
    const on = (today: string) => remindersDue(items(), today).filter((r) => r.item.kind === 'hukou');
    expect(on('2025-03-25').map((r) => [r.reason, r.text])).toEqual([
      [{ kind: 'before', days: 7 }, '办理户口登记（出生登记）：请在2025-04-01前办理（还有7天）'],
    ]);
    expect(on('2025-03-31').map((r) => r.reason)).toEqual([{ kind: 'before', days: 1 }]);
    expect(on('2025-03-26')).toEqual([]);
    expect(on('2025-04-01')).toEqual([]);
  });

  it('reminds once on the first overdue day', () => {
    const on = (today: string) => remindersDue(items(), today).filter((r) => r.item.kind === 'hukou');
    expect(on('2025-04-02').map((r) => [r.reason, r.text])).toEqual([
      [{ kind: 'overdue' }, '办理户口登记（出生登记）：已超过办理期限（2025-04-01），请尽快办理'],
    ]);
    expect(on('2025-04-03')).toEqual([]);
  });

  it('reminds 7 and 1 days before a dose can be given, and on the day it becomes overdue', () => {
    const texts = (today: string) =>
      remindersDue(items(), today)
        .filter((r) => r.item.kind === 'vaccine')
        .map((r) => r.text);
    // hepb-2 from 2025-04-01; bcg-1 overdue from 2025-06-01.
    expect(texts('2025-03-25')).toEqual(['乙肝疫苗 第2剂：7天后（2025-04-01）可以接种']);
    expect(texts('2025-03-31')).toEqual(['乙肝疫苗 第2剂：明天（2025-04-01）可以接种']);
    expect(texts('2025-06-01')).toContain('卡介苗 第1剂：已超过建议完成时间，请尽快接种');
    expect(texts('2025-06-02')).not.toContain('卡介苗 第1剂：已超过建议完成时间，请尽快接种');
  });

  it('honours other reminder days and skips done items', () => {
    const hukou = bundleDeadlineItems(child, deadlines(null, null), CASE).slice(0, 1);
    expect(remindersDue(hukou, '2025-03-29', { daysBefore: [3] }).map((r) => r.reason)).toEqual([{ kind: 'before', days: 3 }]);
    expect(remindersDue([{ ...hukou[0]!, done: true }], '2025-03-25')).toEqual([]);
  });
});

describe('a child whose vaccination history is not in the system', () => {
  const eldest = { id: 'old', name: '大姐', birthDate: '2021-06-18' };
  const today = '2026-11-28';
  const unknown = { knownSince: today, certificateIssued: false, anyRecorded: false };

  it('gets one item to have the record checked, not a list of overdue doses', () => {
    const items = vaccineDueItems(calendarFor(eldest, {}, today, unknown), today);
    expect(items).toEqual([
      expect.objectContaining({ key: 'vaccine:old:history', title: '带预防接种证到接种单位核对接种记录', overdue: false }),
    ]);
  });

  it('gets the usual items when the clinic has kept the record since birth', () => {
    const recorded = { 'hepb-1': { date: '2021-06-18', product: 'HepB', batch: 'B1', clinic: '县医院' } };
    const items = vaccineDueItems(
      calendarFor(eldest, recorded, today, { knownSince: '2021-06-18', certificateIssued: true, anyRecorded: true }),
      today,
    );
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => i.key !== 'vaccine:old:history')).toBe(true);
  });

  it('a newborn whose 接种证 was issued without the birth doses: 乙肝疫苗第1剂 is overdue for real', () => {
    const baby = { id: 'new', name: '小宝', birthDate: '2026-11-20' };
    const items = vaccineDueItems(
      calendarFor(baby, {}, today, { knownSince: '2026-11-20', certificateIssued: true, anyRecorded: false }),
      today,
    );
    expect(items.find((i) => i.key === 'vaccine:new:hepb-1')).toMatchObject({ overdue: true });
  });
});
