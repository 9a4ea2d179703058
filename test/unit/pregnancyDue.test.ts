// What a pregnancy puts in 接下来要办 and the 妇幼 queue (domain/maternal/pregnancyDue.ts), what each
// check costs (checkCosts.ts), and the record schemas (pregnancyRecordSchemas.ts).
import { addDays } from '../../domain/dates';
import { checkCostIds, costLines } from '../../domain/maternal/checkCosts';
import { pregnancyCalendar } from '../../domain/maternal/pregnancyCalendar';
import { NATIONAL_PREGNANCY_CHECKS, RECOMMENDED_PRENATAL_CHECKS } from '../../domain/maternal/prenatalChecks';
import { pregnancyDueEntries, queueEntriesOf } from '../../domain/maternal/pregnancyDue';
import {
  checkRecordSchema,
  deliverySchema,
  dueDateSchema,
  hasDating,
  startFromDueDate,
} from '../../domain/maternal/pregnancyRecordSchemas';
import { PREGNANCY_COSTS } from '../../domain/maternal/pregnancyCosts';
import { validate } from '../../domain/validation';

const start = '2024-01-31';
const dating = { startDate: start, dueDate: addDays(start, 280) };
const at = (weeks: number, days = 0) => addDays(start, weeks * 7 + days);

describe('接下来要办 from a pregnancy', () => {
  test('at 22 weeks: the 21–24-week check is due, 28–36 is more than a month away; the guideline’s checks never appear', () => {
    const today = at(22);
    const calendar = pregnancyCalendar({ dating }, { 'prenatal-1': { date: at(10), facility: '卫生院' } }, today);
    const items = pregnancyDueEntries({ id: 'p', motherName: '玉罕', calendar }, today);
    expect(items.map((i) => [i.key, i.date, i.overdue, i.overdueFrom])).toEqual([['pregnancy_check:p:prenatal-3', at(21), false, at(25)]]);
    expect(items[0]).toMatchObject({
      kind: 'pregnancy_check',
      childName: '玉罕',
      dateKind: 'from',
      link: '/packages/maternal/index/index?id=p',
    });
  });

  test('a check opening within 30 days is listed; the 高危 follow-up is a "by" item', () => {
    const today = at(26, 1);
    const calendar = pregnancyCalendar({ dating }, {}, today);
    const items = pregnancyDueEntries({ id: 'p', motherName: '玉罕', calendar, followUp: addDays(today, 10) }, today);
    expect(items.map((i) => i.key)).toEqual(expect.arrayContaining(['pregnancy_check:p:prenatal-4', 'pregnancy_follow_up:p']));
    expect(items.find((i) => i.key === 'pregnancy_follow_up:p')).toMatchObject({ dateKind: 'by', date: addDays(today, 10) });
  });

  test('before the birth no postnatal item; after it, the home visit from the discharge', () => {
    const before = pregnancyCalendar({ dating }, {}, at(39, 6));
    expect(pregnancyDueEntries({ id: 'p', motherName: 'm', calendar: before }, at(39, 6)).some((i) => i.key.includes('postnatal'))).toBe(
      false,
    );
    const birth = at(39, 3);
    const after = pregnancyCalendar({ dating, deliveryDate: birth, dischargeDate: addDays(birth, 2) }, {}, addDays(birth, 3));
    const items = pregnancyDueEntries({ id: 'p', motherName: 'm', calendar: after }, addDays(birth, 3));
    expect(items.map((i) => i.key)).toEqual(['pregnancy_check:p:postnatal-visit']);
    expect(items[0]).toMatchObject({ date: addDays(birth, 2), overdueFrom: addDays(birth, 10) });
  });
});

describe('the staff queue', () => {
  test('due this week, overdue, and a follow-up on either side of today', () => {
    const today = at(25, 3); // 21–24 has closed, 28–36 not opened: overdue; nothing in its window
    const calendar = pregnancyCalendar(
      { dating },
      { 'prenatal-1': { date: at(10), facility: 'x' }, 'prenatal-2': { date: at(17), facility: 'x' } },
      today,
    );
    const q = queueEntriesOf({ id: 'p', motherName: 'm', calendar, followUp: addDays(today, -1) }, today);
    expect(q.overdue.map((e) => [e.kind, e.title])).toEqual([
      ['check', '孕中期第2次产前随访（孕21～24周）'],
      ['follow_up', '高危专案随访'],
    ]);
    expect(q.dueThisWeek).toEqual([]);
    const next = queueEntriesOf(
      { id: 'p', motherName: 'm', calendar: pregnancyCalendar({ dating }, {}, at(27, 2)), followUp: at(28, 1) },
      at(27, 2),
    );
    expect(next.dueThisWeek.map((e) => e.title)).toEqual(['孕晚期第1次产前随访（孕28～36周）', '高危专案随访']);
  });
});

describe('costs per check', () => {
  test('every check has cost lines, every line exists; national checks free, the guideline’s in 医保', () => {
    const ids = checkCostIds();
    const known = new Set(PREGNANCY_COSTS.map((c) => c.id));
    for (const c of [...NATIONAL_PREGNANCY_CHECKS, ...RECOMMENDED_PRENATAL_CHECKS]) {
      expect(ids[c.id]!.length).toBeGreaterThan(0);
      for (const id of ids[c.id]!) expect(known.has(id)).toBe(true);
    }
    expect(ids['prenatal-2']).toEqual(['public-health-maternal', 'pmtct-tests']);
    expect(ids['guide-2']).toEqual(['prenatal-care-insurance', 'prenatal-screening']);
    expect(costLines().find((l) => l.id === 'prenatal-care-insurance')).toMatchObject({ costLabel: '纳入医保支付' });
  });
});

describe('record schemas', () => {
  const today = '2024-07-13';
  test('a 预产期 dates the pregnancy 280 days back, and must belong to a pregnancy going on', () => {
    expect(startFromDueDate('2024-11-06')).toBe(start);
    expect(validate(dueDateSchema(today), '2025-04-19').ok).toBe(true);
    expect(validate(dueDateSchema(today), '2025-04-20')).toEqual({ ok: false, fields: { _: '预产期不能晚于2025-04-19' } });
    expect(validate(dueDateSchema(today), '2024-06-14')).toEqual({ ok: false, fields: { _: '预产期已过去太久，请按末次月经或B超填写' } });
    expect(hasDating({ lmp: '', scanDate: null })).toBe(false);
    expect(hasDating({ scanWeeks: 0 })).toBe(true);
  });

  test('a check: a known id, dated within the pregnancy and not in the future, with its facility', () => {
    const schema = checkRecordSchema(today, start);
    const ok = { pregnancyId: 'p', checkId: 'prenatal-2', date: '2024-06-01', facility: '盈江县妇幼保健院' };
    expect(validate(schema, ok).ok).toBe(true);
    expect(validate(schema, { ...ok, checkId: 'prenatal-9' })).toEqual({ ok: false, fields: { checkId: '请选择检查项目' } });
    expect(validate(schema, { ...ok, date: '2024-01-30' })).toEqual({
      ok: false,
      fields: { date: '检查日期不能早于末次月经第一天（2024-01-31）' },
    });
    expect(validate(schema, { ...ok, date: '2024-07-14' })).toEqual({ ok: false, fields: { date: '检查日期不能晚于今天' } });
    expect(validate(schema, { ...ok, facility: ' ' })).toEqual({ ok: false, fields: { facility: '请填写检查机构' } });
  });

  test('a delivery: after the start, not in the future; the discharge not before it', () => {
    const schema = deliverySchema(today, start);
    const ok = { pregnancyId: 'p', version: 2, outcome: 'live_birth', deliveryDate: '2024-07-10', dischargeDate: '2024-07-12' };
    expect(validate(schema, ok).ok).toBe(true);
    expect(validate(schema, { ...ok, dischargeDate: '2024-07-09' })).toEqual({
      ok: false,
      fields: { dischargeDate: '出院日期不能早于分娩日期' },
    });
    expect(validate(schema, { ...ok, outcome: 'other' })).toEqual({ ok: false, fields: { outcome: '请选择妊娠结局' } });
    expect(validate(schema, { ...ok, deliveryDate: '2024-07-14', dischargeDate: null })).toEqual({
      ok: false,
      fields: { deliveryDate: '分娩日期不能晚于今天' },
    });
  });
});
