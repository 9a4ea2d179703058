// account.dueNext: the family's open 出生一件事 deadlines and vaccine doses in one list, overdue first,
// then soonest; an item leaves the list when it is done.
import type { DueItem } from '../../domain/children/types';
import { addDays, addMonths } from '../../domain/dates';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import { CHILD_BIRTH_DATE, clerks, results, submittedCase, work, type Clerks, joinedOtherParent } from './birthPeople';
import { verifiedUser } from './people';

let h: Harness;
let c: Clerks;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
});
afterEach(() => h.clock.set(NOW));
afterAll(async () => {
  await h.close();
});

const HUKOU_DUE = addMonths(CHILD_BIRTH_DATE, 1); // 2026-12-18
const INSURANCE_DUE = addDays(CHILD_BIRTH_DATE, 90); // 2027-02-16
const TWO_MONTHS = addMonths(CHILD_BIRTH_DATE, 2); // 2027-01-18
const keys = (items: DueItem[]) => items.map((i) => i.key);
/** The family's items of the kinds this file follows (the child health checks' are test/api/childHealth.test.ts's). */
const due = async (token: string) => (await h.ok(token, 'account', 'dueNext')).filter((i) => i.kind !== 'child_check');

test("a newborn's family: hukou and insurance deadlines and the next doses, overdue first, then by date", async () => {
  const fam = await submittedCase(h);
  const [child] = await h.ok(fam.token, 'account', 'children');
  const id = child!.id;
  const items = await due(fam.token);
  // (Items on one date keep the domain's order among themselves: only the dates are asserted here.)
  const sameDay = (list: string[]) => [...list.slice(0, 3), ...list.slice(3, 5).sort(), ...list.slice(5)];
  expect(sameDay(keys(items))).toEqual([
    `vaccine:${id}:history`, // the birth doses are not on record yet (no 接种证): check, never overdue
    `hukou:${id}`, // a deadline before a dose on the same day
    `vaccine:${id}:hepb-2`,
    `vaccine:${id}:dtap-1`,
    `vaccine:${id}:ipv-1`,
    `insurance:${id}`,
  ]);
  const dates = items.filter((i) => !i.overdue).map((i) => i.date);
  expect([...dates].sort()).toEqual(dates);
  const caseLink = `/packages/birth/case/index?id=${fam.view.id}`;
  const calendarLink = `/packages/vaccine/calendar/index?childId=${id}`;
  expect(items[0]).toEqual({
    key: `vaccine:${id}:history`,
    kind: 'vaccine',
    childId: id,
    childName: '测试宝宝',
    title: '带预防接种证到接种单位核对接种记录',
    date: TODAY,
    dateKind: 'from',
    overdue: false,
    link: calendarLink,
  });
  expect(items.some((i) => i.overdue)).toBe(false);
  expect(items[1]).toEqual({
    key: `hukou:${id}`,
    kind: 'hukou',
    childId: id,
    childName: '测试宝宝',
    title: expect.stringContaining('户口登记'),
    date: HUKOU_DUE,
    dateKind: 'by',
    overdue: false,
    link: caseLink,
  });
  expect(items[3]).toMatchObject({ date: TWO_MONTHS, dateKind: 'from', overdue: false });
  expect(items[5]).toMatchObject({ kind: 'insurance', date: INSURANCE_DUE, dateKind: 'by', overdue: false, link: caseLink });
  // Nothing beyond the 60-day horizon (the 3-month doses), and no server-side bookkeeping.
  expect(items.every((i) => i.date <= INSURANCE_DUE)).toBe(true);
  expect(items.some((i) => 'overdueFrom' in i || 'done' in i)).toBe(false);

  // The other parent sees the same list.
  const { token: other } = await joinedOtherParent(h, fam);
  expect(await due(other)).toEqual(items);

  // The clinic records the birth doses: they leave the list.
  for (const [doseId, product] of [
    ['hepb-1', 'HepB'],
    ['bcg-1', 'BCG'],
  ]) {
    await h.ok(c.vaccination, 'vaccine', 'recordDose', {
      childId: id,
      doseId,
      date: CHILD_BIRTH_DATE,
      product,
      batch: 'B2611-01',
      clinic: '盈江县人民医院',
    });
  }
  const afterBirthDoses = keys(await due(fam.token));
  expect(afterBirthDoses[0]).toBe(`hukou:${id}`);
  expect(afterBirthDoses.slice(1).sort()).toEqual([
    `insurance:${id}`,
    `vaccine:${id}:dtap-1`,
    `vaccine:${id}:hepb-2`,
    `vaccine:${id}:ipv-1`,
  ]);

  // The police complete the hukou step: the hukou item is gone; then 医保, and its item goes too.
  const r = results();
  await work(h, c, fam.view.id, 'birth_certificate', r.birth_certificate);
  await work(h, c, fam.view.id, 'hukou', r.hukou);
  // With the hukou registered in 盈江, this year's 国家育儿补贴 can be claimed (a subsidy item).
  const subsidy = `subsidy:${id}:national-childcare:2026`;
  expect(keys(await due(fam.token)).sort()).toEqual([
    `insurance:${id}`,
    subsidy,
    `vaccine:${id}:dtap-1`,
    `vaccine:${id}:hepb-2`,
    `vaccine:${id}:ipv-1`,
  ]);
  await work(h, c, fam.view.id, 'medical_insurance', r.medical_insurance);
  expect(keys(await due(fam.token)).sort()).toEqual([subsidy, `vaccine:${id}:dtap-1`, `vaccine:${id}:hepb-2`, `vaccine:${id}:ipv-1`]);
});

test('a deadline still open after its date is overdue and comes first', async () => {
  const fam = await submittedCase(h);
  const [child] = await h.ok(fam.token, 'account', 'children');
  h.clock.set(new Date(`${addDays(HUKOU_DUE, 2)}T02:00:00Z`));
  const items = await due(fam.token);
  const overdue = items.filter((i) => i.overdue);
  expect(overdue.map((i) => i.key)).toEqual([`hukou:${child!.id}`]);
  expect(items[0]).toEqual(overdue[0]);
  // Past its first month with no dose on record, the child gets the one history check, not overdue doses.
  expect(items.map((i) => i.key)).toContain(`vaccine:${child!.id}:history`);
  // Still open, but its 'by' date is passed: the case page shows it missed.
  const view = await h.ok(fam.token, 'birth', 'get', { id: fam.view.id });
  expect(view.deadlines.find((d: { key: string }) => d.key === 'hukou')!.met).toBe(false);
});

test('a step the family left out has no deadline here', async () => {
  const fam = await submittedCase(h, { services: ['birth_certificate', 'hukou', 'vaccination'] });
  const items = await due(fam.token);
  expect(items.map((i) => i.kind)).toContain('hukou');
  expect(items.map((i) => i.kind)).not.toContain('insurance');
});

test('families without a newborn get their children’s doses only (and her pregnancy’s checks); strangers see nothing of them', async () => {
  const { token } = await h.login('parent');
  const all = await due(token);
  // The demo parent is pregnant (scripts/seed/maternal.ts): her next check is due too.
  expect(all.filter((i) => i.kind === 'pregnancy_check').map((i) => [i.title, i.childName])).toEqual([
    ['孕中期第2次产前随访（孕21～24周）', '演示张丽'],
  ]);
  const items = all.filter((i) => i.kind !== 'pregnancy_check');
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((i) => i.kind === 'vaccine' && i.childName === '演示李朵朵')).toBe(true);
  // Her history predates the system: one item to have it checked, no overdue alarm.
  expect(items[0]).toMatchObject({ key: expect.stringMatching(/:history$/), overdue: false });
  expect(items.some((i) => i.overdue)).toBe(false);
  const { token: stranger } = await verifiedUser(h);
  expect(await h.ok(stranger, 'account', 'dueNext')).toEqual([]);
});

test('a step sent back for 补正 is in 接下来要办 for both parents, with its reason, until it is resubmitted', async () => {
  const fam = await submittedCase(h);
  await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: fam.view.id, step: 'birth_certificate' });
  await h.ok(c.birth_certificate, 'birth', 'rejectStep', {
    caseId: fam.view.id,
    step: 'birth_certificate',
    reason: '父亲姓名与身份证不一致，请核对',
  });
  const items = await due(fam.token);
  const fix = items.find((i) => i.kind === 'bundle_fix');
  expect(fix).toMatchObject({
    key: `bundle_fix:${fam.view.id}:birth_certificate`,
    title: '出生医学证明待补正：父亲姓名与身份证不一致，请核对',
    childName: '测试宝宝',
    date: TODAY,
    overdue: false,
    link: `/packages/birth/case/index?id=${fam.view.id}`,
  });
  const { token: other } = await joinedOtherParent(h, fam);
  expect((await due(other)).map((i) => i.key)).toContain(fix!.key);
  await h.ok(fam.token, 'birth', 'resubmitStep', { id: fam.view.id, step: 'birth_certificate', input: fam.input });
  expect((await due(fam.token)).some((i) => i.kind === 'bundle_fix')).toBe(false);
});
