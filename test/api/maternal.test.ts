// 母婴健康, the pregnancy: the family starts it (from the 生育登记 or on its own) and follows the
// calendar; 妇幼保健 staff find the mother, record 建册, the checks, the 妊娠风险评估 and the delivery;
// 橙/红/紫 go on the 高危孕产妇专案 list the bureau can read. Who may do what, races, the audit log.
import type { InputOf } from '../../domain/api/contract';
import { addDays } from '../../domain/dates';
import { pregnancyFacts } from '../../cloud/db/repos/pregnancies';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import { father, mother, newKey, submitted, verifiedUser } from './people';

let h: Harness;
let staff: string;
let bureau: string;
beforeAll(async () => {
  h = await createHarness();
  staff = (await h.login('maternal_child')).token;
  bureau = (await h.login('health_bureau')).token;
});
afterAll(async () => {
  await h.close();
});
afterEach(() => h.clock.set(NOW));

const MATERNAL_ONLY = { ok: false, error: { code: 'FORBIDDEN', message: '仅妇幼保健工作人员可以查看和录入孕产妇保健记录' } };

async function pregnantFamily() {
  const fam = await submitted(h);
  const { registrations } = await h.ok(fam.token, 'maternal', 'mine');
  const view = await h.ok(fam.token, 'maternal', 'start', { registrationId: registrations[0]!.id }, newKey());
  return { ...fam, registrationId: registrations[0]!.id, view };
}

const check = (pregnancyId: string, overrides: Record<string, unknown> = {}) => ({
  pregnancyId,
  checkId: 'prenatal-1',
  date: addDays(TODAY, -10),
  facility: '盈江县妇幼保健院',
  notes: '血压112/70，血常规正常',
  ...overrides,
});

describe('the family starts a pregnancy', () => {
  test('from her 生育登记: the 预产期 dates it, the calendar and the costs come with it', async () => {
    const fam = await submitted(h);
    const mine = await h.ok(fam.token, 'maternal', 'mine');
    expect(mine.pregnancies).toEqual([]);
    expect(mine.registrations).toEqual([{ id: fam.view.id, number: fam.view.number, dueDate: addDays(TODAY, 100) }]);
    const view = await h.ok(fam.token, 'maternal', 'start', { registrationId: fam.view.id }, newKey());
    expect(view.dating).toMatchObject({ basis: 'due_date', dueDate: addDays(TODAY, 100), startDate: addDays(TODAY, -180) });
    expect(view.calendar.gestationalAgeText).toBe('孕25周+5天');
    expect(view.registration).toEqual({ id: fam.view.id, number: fam.view.number });
    expect(view.motherName).toBe(fam.applicant.name);
    expect(view.calendar.checks.map((c) => c.id)).toEqual([
      'prenatal-1',
      'prenatal-2',
      'prenatal-3',
      'prenatal-4',
      'prenatal-5',
      'postnatal-visit',
      'postnatal-42d',
    ]);
    expect(view.calendar.recommended).toHaveLength(7);
    expect(view.checkCosts['prenatal-1']).toContain('public-health-maternal');
    expect(view.checkCosts['guide-3']).toEqual(['prenatal-care-insurance']);
    expect(view.costs.find((c) => c.id === 'prenatal-care-insurance')).toMatchObject({ costLabel: '纳入医保支付' });
    expect(view.risk).toBeUndefined();

    // Her list now shows it with the week; a second start is refused.
    expect((await h.ok(fam.token, 'maternal', 'mine')).pregnancies).toEqual([
      { id: view.id, dueDate: addDays(TODAY, 100), delivered: false, gestationalAgeText: '孕25周+5天' },
    ]);
    expect(await h.call(fam.token, 'maternal', 'start', { lmp: addDays(TODAY, -70) }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  test('on her own from the LMP (a new family), then corrected by ultrasound; a stale version is refused', async () => {
    const { token } = await verifiedUser(h, mother('测试独立孕妇'));
    const view = await h.ok(token, 'maternal', 'start', { lmp: addDays(TODAY, -70) }, newKey());
    expect(view.dating).toMatchObject({ basis: 'lmp', lmp: addDays(TODAY, -70), dueDate: addDays(TODAY, 210) });
    expect(view.calendar.gestationalAgeText).toBe('孕10周');
    const corrected = await h.ok(token, 'maternal', 'correctDating', {
      id: view.id,
      version: view.version,
      lmp: addDays(TODAY, -70),
      scanDate: TODAY,
      scanWeeks: 8,
      scanDays: 0,
    });
    expect(corrected.dating).toMatchObject({ basis: 'ultrasound', startDate: addDays(TODAY, -56) });
    expect(corrected.version).toBe(view.version + 1);
    expect(
      await h.call(token, 'maternal', 'correctDating', { id: view.id, version: view.version, lmp: addDays(TODAY, -60) }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  test('bad input names the field; a man without a registration naming the mother is told who starts it', async () => {
    const { token } = await verifiedUser(h, mother('测试填错孕妇'));
    expect(await h.call(token, 'maternal', 'start', { lmp: addDays(TODAY, 3) }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { lmp: '末次月经第一天不能晚于今天' } },
    });
    expect(await h.call(token, 'maternal', 'start', {}, newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { lmp: '请填写末次月经第一天或B超检查结果' } },
    });
    const man = await verifiedUser(h, father('测试独自父亲'));
    expect(await h.call(man.token, 'maternal', 'start', { lmp: addDays(TODAY, -30) }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { registrationId: '请由孕妇本人登记孕期，或从登记了孕妇的生育登记开始' } },
    });
  });

  test('a race of starts makes one pregnancy', async () => {
    const fam = await submitted(h);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => h.call(fam.token, 'maternal', 'start', { registrationId: fam.view.id }, newKey())),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT')).toBe(true);
    const rows = await h.db.selectFrom('pregnancies').select('id').where('registration_id', '=', fam.view.id).execute();
    expect(rows).toHaveLength(1);
  });
});

describe('who may see and record', () => {
  test('the family reads it (both parents); another family gets NOT_FOUND; a parent cannot record', async () => {
    const fam = await pregnantFamily();
    const other = await submitted(h);
    expect(await h.call(other.token, 'maternal', 'get', { id: fam.view.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await h.call(other.token, 'maternal', 'correctDating', { id: fam.view.id, version: 1, lmp: addDays(TODAY, -100) }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.call(fam.token, 'maternal', 'recordCheck', check(fam.view.id), newKey())).toEqual(MATERNAL_ONLY);
    expect(
      await h.call(
        fam.token,
        'maternal',
        'recordRisk',
        { pregnancyId: fam.view.id, colours: ['green'], assessedOn: TODAY, facility: 'x' },
        newKey(),
      ),
    ).toEqual(MATERNAL_ONLY);
    expect(await h.call(fam.token, 'maternal', 'pregnancy', { id: fam.view.id })).toEqual(MATERNAL_ONLY);
    expect(await h.call(fam.token, 'maternal', 'highRisk', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call(bureau, 'maternal', 'recordCheck', check(fam.view.id), newKey())).toEqual(MATERNAL_ONLY);
    const spouse = await verifiedUser(h, fam.spouse);
    expect(await h.call(spouse.token, 'maternal', 'get', { id: fam.view.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await h.ok(spouse.token, 'registration', 'answerSpouse', { id: fam.registrationId, answer: 'confirm' });
    expect((await h.ok(spouse.token, 'maternal', 'get', { id: fam.view.id })).id).toBe(fam.view.id);
  });
});

describe('the hospital records', () => {
  test('finds her (audited), records 建册 and a check: booked, 孕周 computed, the parents told, details sealed', async () => {
    const fam = await pregnantFamily();
    const byName = await h.ok(staff, 'maternal', 'findMothers', {
      name: fam.applicant.name,
      birthDate: `${fam.applicant.idNumber.slice(6, 10)}-${fam.applicant.idNumber.slice(10, 12)}-${fam.applicant.idNumber.slice(12, 14)}`,
    });
    expect(byName).toEqual([
      expect.objectContaining({
        pregnancyId: fam.view.id,
        motherName: fam.applicant.name,
        gestationalAgeText: '孕25周+5天',
        delivered: false,
      }),
    ]);
    expect(byName[0].idNumberMasked).not.toContain(fam.applicant.idNumber.slice(6, 14));
    const byId = await h.ok(staff, 'maternal', 'findMothers', { idNumber: fam.applicant.idNumber });
    expect(byId.map((m: { pregnancyId: string }) => m.pregnancyId)).toEqual([fam.view.id]);
    expect(await h.call(staff, 'maternal', 'findMothers', { name: fam.applicant.name })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const searches = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'pregnancy.search')
      .where('target_id', '=', fam.view.id)
      .execute();
    expect(searches).toHaveLength(2);
    expect(searches.map((s) => s.detail_json).join()).not.toContain(fam.applicant.idNumber);

    const view = await h.ok(staff, 'maternal', 'recordCheck', check(fam.view.id), newKey());
    expect(view.booked).toEqual({ date: addDays(TODAY, -10), facility: '盈江县妇幼保健院' });
    const first = view.calendar.checks.find((c) => c.id === 'prenatal-1')!;
    expect(first.status).toBe('done');
    expect(first.record).toEqual({
      date: addDays(TODAY, -10),
      facility: '盈江县妇幼保健院',
      gestationalAgeText: '孕24周+2天',
      notes: '血压112/70，血常规正常',
    });
    expect(view.mother.idNumberMasked).toMatch(/\*/);

    const seen = await h.ok(fam.token, 'maternal', 'get', { id: fam.view.id });
    expect(seen.booked).toEqual(view.booked);
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '孕期检查记录已更新')!;
    expect(message).toMatchObject({ link: `/packages/maternal/index/index?id=${fam.view.id}` });
    expect(message.body).not.toContain('血压');

    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', fam.view.id)
      .where('action', '=', 'pregnancy.check')
      .execute();
    expect(audit.map((a) => [a.actor_role, JSON.parse(a.detail_json)])).toEqual([['maternal_child', { checkId: 'prenatal-1' }]]);
    const row = await h.db.selectFrom('pregnancy_checks').selectAll().where('pregnancy_id', '=', fam.view.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ check_id: 'prenatal-1', gestation_days: 170, facility: '盈江县妇幼保健院' });
    expect(row.detail_enc).not.toContain('血压');

    // Twice: CONFLICT; a postnatal check before the delivery is recorded: the field says why.
    expect(await h.call(staff, 'maternal', 'recordCheck', check(fam.view.id), newKey())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该检查已录入' },
    });
    expect(await h.call(staff, 'maternal', 'recordCheck', check(fam.view.id, { checkId: 'postnatal-visit' }), newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { checkId: '请先记录分娩信息，再录入产后检查' } },
    });
    expect(
      await h.call(staff, 'maternal', 'recordCheck', check(fam.view.id, { checkId: 'prenatal-3', date: addDays(TODAY, 1) }), newKey()),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { date: '检查日期不能晚于今天' } },
    });
    expect(await h.call(staff, 'maternal', 'pregnancy', { id: 'no-such-pregnancy' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('a race of the same check makes one row', async () => {
    const fam = await pregnantFamily();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => h.call(staff, 'maternal', 'recordCheck', check(fam.view.id, { checkId: 'prenatal-3' }), newKey())),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT')).toBe(true);
    expect(await h.db.selectFrom('pregnancy_checks').select('check_id').where('pregnancy_id', '=', fam.view.id).execute()).toHaveLength(1);
  });

  test('a 黄 assessment: the mother reads it in plain words, not on the 高危 list; 橙 puts her there with the follow-up date', async () => {
    const fam = await pregnantFamily();
    const yellow: InputOf<'maternal', 'recordRisk'> = {
      pregnancyId: fam.view.id,
      colours: ['yellow'],
      assessedOn: addDays(TODAY, -3),
      facility: '盈江县人民医院',
      notes: '轻度贫血',
    };
    await h.ok(staff, 'maternal', 'recordRisk', yellow, newKey());
    const seen = await h.ok(fam.token, 'maternal', 'get', { id: fam.view.id });
    expect(seen.risk).toMatchObject({ colours: ['yellow'], title: '黄色（一般风险）', specialCase: false, facility: '盈江县人民医院' });
    expect(seen.risk!.forMother[0]).toContain('按时检查');
    expect(seen.risk!.whereToDeliver).toContain('二级以上医疗机构');
    expect(await h.call(staff, 'maternal', 'recordRisk', yellow, newKey())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '妊娠风险评估已记录')!;
    expect(message.body).not.toContain('黄');
    const listed = (await h.ok(staff, 'maternal', 'highRisk', {})).map((c) => c.pregnancyId);
    expect(listed).not.toContain(fam.view.id);

    expect(await h.call(staff, 'maternal', 'recordRisk', { ...yellow, colours: ['orange'], assessedOn: TODAY }, newKey())).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { nextFollowUp: '下次随访日期：橙色、红色、紫色纳入高危孕产妇专案管理，请填写下次随访日期' },
      },
    });
    await h.ok(
      staff,
      'maternal',
      'recordRisk',
      { ...yellow, colours: ['orange'], assessedOn: TODAY, nextFollowUp: addDays(TODAY, 14) },
      newKey(),
    );
    for (const token of [staff, bureau]) {
      const mine = (await h.ok(token, 'maternal', 'highRisk', {})).find((c) => c.pregnancyId === fam.view.id);
      expect(mine).toMatchObject({
        colours: ['orange'],
        title: '橙色（较高风险）',
        nextFollowUp: addDays(TODAY, 14),
        followUpOverdue: false,
      });
    }
    const due = await h.ok(fam.token, 'account', 'dueNext');
    expect(due.find((d) => d.key === `pregnancy_follow_up:${fam.view.id}`)).toMatchObject({
      date: addDays(TODAY, 14),
      kind: 'pregnancy_check',
    });

    // Past the follow-up date with no new assessment: overdue, in the queue's overdue list.
    h.clock.set(new Date(NOW.getTime() + 16 * 86_400_000));
    const q = await h.ok(staff, 'maternal', 'queue', {});
    expect(q.highRisk.find((c) => c.pregnancyId === fam.view.id)).toMatchObject({ followUpOverdue: true });
    expect(q.overdue.find((e) => e.pregnancyId === fam.view.id && e.kind === 'follow_up')).toMatchObject({ date: addDays(TODAY, 14) });
    const bureauRead = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'pregnancy.highRisk')
      .where('actor_role', '=', 'health_bureau')
      .execute();
    expect(bureauRead.length).toBeGreaterThan(0);
  });

  test('the delivery makes the postnatal checks due; 接下来要办 and the queue show the next checks', async () => {
    const fam = await pregnantFamily();
    const before = await h.ok(fam.token, 'account', 'dueNext');
    // 孕25周+5天: 21–24 weeks has passed (overdue), 28–36 opens within the month.
    expect(before.filter((d) => d.kind === 'pregnancy_check').map((d) => d.title)).toEqual(
      expect.arrayContaining(['孕中期第2次产前随访（孕21～24周）', '孕晚期第1次产前随访（孕28～36周）']),
    );
    const q = await h.ok(staff, 'maternal', 'queue', {});
    expect(q.overdue.filter((e) => e.pregnancyId === fam.view.id).map((e) => e.title)).toContain('孕中期第2次产前随访（孕21～24周）');

    const view = await h.ok(staff, 'maternal', 'pregnancy', { id: fam.view.id });
    expect(
      await h.call(fam.token, 'maternal', 'recordDelivery', {
        pregnancyId: fam.view.id,
        version: view.version,
        outcome: 'live_birth',
        deliveryDate: TODAY,
      }),
    ).toEqual(MATERNAL_ONLY);
    const delivered = await h.ok(staff, 'maternal', 'recordDelivery', {
      pregnancyId: fam.view.id,
      version: view.version,
      outcome: 'live_birth',
      deliveryDate: addDays(TODAY, -3),
      dischargeDate: addDays(TODAY, -1),
    });
    expect(delivered.delivery).toEqual({ date: addDays(TODAY, -3), outcome: 'live_birth', dischargeDate: addDays(TODAY, -1) });
    const visit = delivered.calendar.checks.find((c) => c.id === 'postnatal-visit')!;
    expect(visit).toMatchObject({ status: 'due', dueFrom: addDays(TODAY, -1), dueBy: addDays(TODAY, 6), estimated: false });
    expect(delivered.calendar.checks.find((c) => c.id === 'postnatal-42d')).toMatchObject({
      status: 'upcoming',
      dueFrom: addDays(TODAY, 39),
    });
    const due = await h.ok(fam.token, 'account', 'dueNext');
    expect(due.find((d) => d.key === `pregnancy_check:${fam.view.id}:postnatal-visit`)).toMatchObject({
      overdue: false,
      date: addDays(TODAY, -1),
    });
    expect(due.some((d) => d.key === `pregnancy_check:${fam.view.id}:prenatal-4`)).toBe(false);
    // The same version again: someone else changed it first.
    expect(
      await h.call(staff, 'maternal', 'recordDelivery', {
        pregnancyId: fam.view.id,
        version: view.version,
        outcome: 'live_birth',
        deliveryDate: TODAY,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await h.ok(staff, 'maternal', 'recordCheck', check(fam.view.id, { checkId: 'postnatal-visit', date: TODAY, notes: null }), newKey());

    const facts = await pregnancyFacts(h.db);
    const fact = facts.find(
      (f) => f.startDate === fam.view.dating.startDate && f.deliveredOn === addDays(TODAY, -3) && f.postpartumVisitOn === TODAY,
    );
    expect(fact).toMatchObject({ prenatalCheckDates: [], latestColours: [], township: 'nongzhang' });
    expect(
      (await pregnancyFacts(h.db, { township: 'pingyuan' })).some(
        (f) => f.postpartumVisitOn === TODAY && f.deliveredOn === addDays(TODAY, -3),
      ),
    ).toBe(false);
  });
});

describe("the bureau's dashboard counts what 妇幼保健 records", () => {
  test('a pregnancy and its checks reach the 妇幼 section; a township without any shows none', async () => {
    const month = TODAY.slice(0, 7);
    const query = { from: month, to: month };
    const before = await h.ok(bureau, 'dashboard', 'dashboard', query);
    await pregnantFamily();
    const after = await h.ok(bureau, 'dashboard', 'dashboard', query);
    expect(after.maternalChild.records.pregnancies).toBe(before.maternalChild.records.pregnancies + 1);
    expect(after.maternalChild.records.children).toBeGreaterThan(0);
    // The demo data's families live in 平原镇 and 弄璋镇; 那邦镇 has none.
    expect((await h.ok(bureau, 'dashboard', 'dashboard', { ...query, township: 'nabang' })).maternalChild.records).toEqual({
      pregnancies: 0,
      children: 0,
    });
  });
});
