// Child health (issue 16): the 妇幼保健 worker finds a child, records checks and newborn screenings;
// the family reads the calendar, the screenings and the growth charts. Who may do what, races, what a
// bad record is told, and what the audit log and the database hold.
import type { InputOf } from '../../domain/api/contract';
import type { ChildSummary } from '../../domain/children/types';
import { addDays } from '../../domain/dates';
import { childHealthFacts } from '../../cloud/db/repos/childHealth';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import { CHILD_BIRTH_DATE, joinedOtherParent, submittedCase, type Family } from './birthPeople';

let h: Harness;
let worker: string;
beforeAll(async () => {
  h = await createHarness();
  worker = (await h.login('maternal_child')).token;
});
afterAll(async () => {
  await h.close();
});

const MATERNAL_CHILD_ONLY = { ok: false, error: { code: 'FORBIDDEN', message: '仅妇幼保健工作人员可以查看和录入儿童健康检查' } };
const VISIT_DATE = addDays(CHILD_BIRTH_DATE, 5);

/** A valid check; the overrides may break it on purpose. */
const newbornVisit = (childId: string, overrides: Record<string, unknown> = {}): InputOf<'childHealth', 'recordCheck'> => ({
  childId,
  checkId: 'newborn-visit',
  facility: '弄璋镇卫生院',
  measurements: { date: VISIT_DATE, weightKg: 3.4, lengthCm: 50.5, position: 'lying' as const, headCm: 35 },
  feeding: 'breast' as const,
  development: 'normal' as const,
  ...(overrides as object),
});

async function familyWithChild(): Promise<Family & { child: ChildSummary }> {
  const fam = await submittedCase(h);
  const [child] = await h.ok(fam.token, 'account', 'children');
  return { ...fam, child: child! };
}

describe('recording a check', () => {
  test('the worker records it; the parent sees the check done and the point on each chart; the parents are told; the audit log has it', async () => {
    const fam = await familyWithChild();
    const { token: otherParent } = await joinedOtherParent(h, fam);
    const before = await h.ok(fam.token, 'childHealth', 'overview', { childId: fam.child.id });
    expect(before.calendar.checks[0]).toMatchObject({ checkId: 'newborn-visit', status: 'overdue' });
    expect(before.growth.charts!.every((c) => c.points.length === 0)).toBe(true);
    expect(before.growth.standard.name).toContain('WHO');
    // Born ten days ago: the newborn visit is in 接下来要办, overdue.
    const dueBefore = await h.ok(fam.token, 'account', 'dueNext');
    expect(dueBefore.find((d) => d.key === `child_check:${fam.child.id}:newborn-visit`)).toMatchObject({
      kind: 'child_check',
      overdue: true,
    });

    const staffView = await h.ok(worker, 'childHealth', 'recordCheck', newbornVisit(fam.child.id));
    expect(staffView.calendar.checks[0]).toMatchObject({ status: 'done', record: { date: VISIT_DATE, facility: '弄璋镇卫生院' } });
    expect(staffView.notes.join('')).toContain('WS/T 423-2022');

    const seen = await h.ok(fam.token, 'childHealth', 'overview', { childId: fam.child.id });
    expect(seen).not.toHaveProperty('notes');
    expect(seen.records).toEqual([
      {
        checkId: 'newborn-visit',
        title: '新生儿家庭访视',
        date: VISIT_DATE,
        facility: '弄璋镇卫生院',
        weightKg: 3.4,
        lengthCm: 50.5,
        position: 'lying',
        headCm: 35,
        feeding: 'breast',
        development: 'normal',
      },
    ]);
    const weight = seen.growth.charts!.find((c) => c.measure === 'weight')!;
    expect(weight.points).toHaveLength(1);
    expect(weight.points[0]).toMatchObject({ date: VISIT_DATE, ageDays: 5, ageText: '5天', value: 3.4 });
    // A boy of 3.4 kg at 5 days sits a little below the median (WHO: M ≈ 3.6 kg at 5 days).
    expect(weight.points[0]!.percentile).toBeGreaterThan(20);
    expect(weight.points[0]!.percentile).toBeLessThan(50);
    expect(weight.bands[0]!.values).toHaveLength(5);
    expect(weight.xTicks[0]).toEqual({ day: 0, label: '出生' });
    expect(seen.growth.flags).toEqual([]);

    const dueAfter = await h.ok(fam.token, 'account', 'dueNext');
    expect(dueAfter.some((d) => d.key === `child_check:${fam.child.id}:newborn-visit`)).toBe(false);
    expect(dueAfter.find((d) => d.key === `child_check:${fam.child.id}:month-1`)).toMatchObject({
      date: addDays(CHILD_BIRTH_DATE, 28),
      overdue: false,
    });

    for (const token of [fam.token, otherParent]) {
      const message = (await h.ok(token, 'account', 'inbox')).find((m: { title: string }) => m.title === '儿童健康检查已记录')!;
      expect(message).toMatchObject({ link: `/packages/child-health/child/index?childId=${fam.child.id}` });
      expect(message.body).toContain('新生儿家庭访视');
      expect(message.body).not.toContain('3.4');
    }

    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', fam.child.id)
      .where('action', '=', 'childHealth.recordCheck')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_role: 'maternal_child', target_type: 'child', at: NOW.toISOString() });
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ checkId: 'newborn-visit' });
    const row = await h.db.selectFrom('child_health_checks').selectAll().where('child_id', '=', fam.child.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ check_id: 'newborn-visit', check_date: VISIT_DATE, growth_flags: '' });
    expect(row.detail_enc).not.toContain('50.5');
  });

  test('a parent cannot record, nor can a clinic; another family cannot read', async () => {
    const fam = await familyWithChild();
    expect(await h.call(fam.token, 'childHealth', 'recordCheck', newbornVisit(fam.child.id))).toEqual(MATERNAL_CHILD_ONLY);
    expect(await h.callRaw(fam.token, 'childHealth', 'recordScreening', { childId: fam.child.id })).toEqual(MATERNAL_CHILD_ONLY);
    const clinic = (await h.login('clinic')).token;
    expect(await h.call(clinic, 'childHealth', 'recordCheck', newbornVisit(fam.child.id))).toEqual(MATERNAL_CHILD_ONLY);
    expect(await h.call(clinic, 'childHealth', 'childHealth', { childId: fam.child.id })).toEqual(MATERNAL_CHILD_ONLY);
    const other = await familyWithChild();
    expect(await h.call(other.token, 'childHealth', 'overview', { childId: fam.child.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '未找到该孩子' },
    });
    expect(await h.db.selectFrom('child_health_checks').selectAll().where('child_id', '=', fam.child.id).execute()).toEqual([]);
  });

  test('twenty records of the same check at once make one row; the rest are CONFLICT', async () => {
    const fam = await familyWithChild();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => h.call(worker, 'childHealth', 'recordCheck', newbornVisit(fam.child.id))),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const a of answers.filter((x) => !x.ok))
      expect(a).toEqual({ ok: false, error: { code: 'CONFLICT', message: '该次健康检查已录入' } });
    expect(await h.db.selectFrom('child_health_checks').selectAll().where('child_id', '=', fam.child.id).execute()).toHaveLength(1);
  });

  test('bad input is told field by field, in Chinese', async () => {
    const fam = await familyWithChild();
    const typo = await h.callRaw(
      worker,
      'childHealth',
      'recordCheck',
      newbornVisit(fam.child.id, { measurements: { date: VISIT_DATE, weightKg: 34 } }),
    );
    expect(typo).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'measurements.weightKg': expect.stringContaining('体重与孩子的月龄相差太大') } },
    });
    const missing = await h.callRaw(
      worker,
      'childHealth',
      'recordCheck',
      newbornVisit(fam.child.id, { development: undefined, checkId: 'm99' }),
    );
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { checkId: '请选择检查项目', development: '请选择发育筛查结果' } },
    });
    const where = await h.call(worker, 'childHealth', 'recordScreening', {
      childId: fam.child.id,
      kind: 'hearing',
      round: 'initial',
      result: 'recheck',
      date: TODAY,
      facility: '县人民医院',
    });
    expect(where).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { recheckWhere: '请填写复查/就诊地点' } } });
  });
});

describe('screenings, flags and the queue', () => {
  test('a hearing recheck becomes a due item with where to go and a queue line; a weight below P3 is flagged in calm words', async () => {
    const fam = await familyWithChild();
    await h.ok(worker, 'childHealth', 'recordScreening', {
      childId: fam.child.id,
      kind: 'hearing',
      round: 'initial',
      result: 'recheck',
      date: addDays(CHILD_BIRTH_DATE, 2),
      facility: '盈江县人民医院',
      recheckWhere: '县妇幼保健院听力筛查室',
    });
    const due = await h.ok(fam.token, 'account', 'dueNext');
    expect(due.find((d) => d.kind === 'screening')).toMatchObject({
      key: `screening:${fam.child.id}:hearing`,
      title: '新生儿听力复筛：县妇幼保健院听力筛查室',
      date: addDays(CHILD_BIRTH_DATE, 42),
      dateKind: 'by',
      overdue: false,
    });
    const view = await h.ok(fam.token, 'childHealth', 'overview', { childId: fam.child.id });
    expect(view.screenings[0]).toMatchObject({
      kind: 'hearing',
      result: 'recheck',
      followUp: { title: '新生儿听力复筛', by: addDays(CHILD_BIRTH_DATE, 42) },
    });

    await h.ok(worker, 'childHealth', 'recordCheck', newbornVisit(fam.child.id, { measurements: { date: VISIT_DATE, weightKg: 2.3 } }));
    const flagged = await h.ok(fam.token, 'childHealth', 'overview', { childId: fam.child.id });
    expect(flagged.growth.flags).toEqual([expect.objectContaining({ kind: 'below-p3', measure: 'weight', date: VISIT_DATE })]);
    expect(flagged.growth.flags[0]!.text).toContain('体重低于同月龄');
    expect(flagged.growth.flags[0]).not.toHaveProperty('basis');

    const q = await h.ok(worker, 'childHealth', 'queue', {});
    expect(q.flagged.find((i) => i.child.id === fam.child.id)).toMatchObject({
      reason: 'flag',
      title: '新生儿家庭访视：低于第3百分位（P3）',
      date: VISIT_DATE,
    });
    expect(q.screenings.find((i) => i.child.id === fam.child.id)).toMatchObject({
      title: '新生儿听力复筛：县妇幼保健院听力筛查室',
      dueBy: addDays(CHILD_BIRTH_DATE, 42),
    });

    // The recheck passes: the item leaves 接下来要办 and the queue.
    await h.ok(worker, 'childHealth', 'recordScreening', {
      childId: fam.child.id,
      kind: 'hearing',
      round: 'recheck',
      result: 'pass',
      date: TODAY,
      facility: '县妇幼保健院',
    });
    expect((await h.ok(fam.token, 'account', 'dueNext')).some((d) => d.kind === 'screening')).toBe(false);
    expect((await h.ok(worker, 'childHealth', 'queue', {})).screenings.some((i) => i.child.id === fam.child.id)).toBe(false);
  });

  test('the queue lists checks due this week and overdue; the search is audited under the worker role', async () => {
    const fam = await familyWithChild();
    const q = await h.ok(worker, 'childHealth', 'queue', {});
    expect(q).toMatchObject({ today: TODAY, weekEnd: addDays(TODAY, 6) });
    expect(q.overdue.find((i) => i.child.id === fam.child.id)).toMatchObject({ reason: 'overdue', title: '新生儿家庭访视' });
    const found = await h.ok(worker, 'childHealth', 'findChildren', { name: '测试宝宝', birthDate: CHILD_BIRTH_DATE });
    expect(found.map((c) => c.id)).toContain(fam.child.id);
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'child.search')
      .where('actor_role', '=', 'maternal_child')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.parse(audit[audit.length - 1]!.detail_json).criteria).toEqual({ name: '测试宝宝', birthDate: CHILD_BIRTH_DATE });
  });
});

describe('reminders', () => {
  afterEach(() => h.clock.set(NOW));

  test('7 days before the 满月 check opens, and on its first overdue day, each parent gets one message; a recorded check sends no more', async () => {
    const fam = await familyWithChild();
    const opens = addDays(CHILD_BIRTH_DATE, 28);
    const childHealthReminders = async () =>
      (await h.ok(fam.token, 'account', 'inbox')).filter(
        (m: { title: string; link?: string }) => m.title.startsWith('提醒：') && m.link?.startsWith('/packages/child-health/'),
      );
    h.clock.set(new Date(`${addDays(opens, -7)}T02:00:00Z`));
    await h.runReminders();
    await h.runReminders();
    const got = await childHealthReminders();
    expect(got).toEqual([expect.objectContaining({ title: `提醒：测试宝宝的满月健康检查（出生后28～30天）将于${opens}到期` })]);
    expect(got[0].body).toContain(`7天后（${opens}）可以带孩子体检`);

    await h.ok(
      worker,
      'childHealth',
      'recordCheck',
      newbornVisit(fam.child.id, { checkId: 'month-1', measurements: { date: addDays(opens, -7), weightKg: 4.2 } }),
    );
    h.clock.set(new Date(`${addDays(CHILD_BIRTH_DATE, 31)}T02:00:00Z`));
    await h.runReminders();
    expect(await childHealthReminders()).toHaveLength(1);
  });
});

describe("the bureau's facts", () => {
  test('one fact per child: the birth date, the newborn visit, the other checks, the township; never a name', async () => {
    const fam = await familyWithChild();
    await h.ok(worker, 'childHealth', 'recordCheck', newbornVisit(fam.child.id));
    const facts = await childHealthFacts(h.db);
    const mine = facts.filter((f) => f.newbornVisitOn === VISIT_DATE && f.birthDate === CHILD_BIRTH_DATE);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[mine.length - 1]).toEqual({
      birthDate: CHILD_BIRTH_DATE,
      newbornVisitOn: VISIT_DATE,
      checkDates: [],
      township: 'nongzhang',
    });
    expect(JSON.stringify(facts)).not.toContain('测试宝宝');
    const elsewhere = await childHealthFacts(h.db, { township: 'pingyuan' });
    expect(elsewhere.some((f) => f.newbornVisitOn === VISIT_DATE && f.birthDate === CHILD_BIRTH_DATE)).toBe(false);
  });
});
