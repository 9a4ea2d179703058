// Vaccination: the clinic finds a child and records doses; the family reads the calendar. Who may do
// what, what a bad record is told, and what the audit log holds.
import type { ChildSummary } from '../../domain/children/types';
import { addDays } from '../../domain/dates';
import type { VaccineCalendar } from '../../domain/vaccine/types';
import { SEEDED_DOSES } from '../../scripts/seed';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import {
  CHILD_BIRTH_DATE,
  childIdNumber,
  clerks,
  results,
  submittedCase,
  work,
  type Clerks,
  type Family,
  joinedOtherParent,
} from './birthPeople';
import { verifiedUser } from './people';

let h: Harness;
let c: Clerks;
let clinic: string;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
  clinic = c.vaccination;
});
afterAll(async () => {
  await h.close();
});

const CLINIC_ONLY = { ok: false, error: { code: 'FORBIDDEN', message: '仅预防接种单位工作人员可以查看和录入接种记录' } };
const CHILD_FINDERS_ONLY = { ok: false, error: { code: 'FORBIDDEN', message: '仅预防接种单位和派出所工作人员可以查找儿童' } };
const dose = (childId: string, overrides: Record<string, unknown> = {}) => ({
  childId,
  doseId: 'hepb-1',
  date: CHILD_BIRTH_DATE,
  product: 'HepB',
  batch: '202611A01',
  clinic: '盈江县人民医院预防接种门诊',
  ...overrides,
});

async function familyWithChild(): Promise<Family & { child: ChildSummary }> {
  const fam = await submittedCase(h);
  const [child] = await h.ok(fam.token, 'account', 'children');
  return { ...fam, child: child! };
}

const doseOf = (calendar: VaccineCalendar, doseId: string) => calendar.doses.find((d) => d.doseId === doseId)!;

describe('recording a dose', () => {
  test('the clinic records it: the calendar shows it given, the parents are told, the audit log has it', async () => {
    const fam = await familyWithChild();
    const { token: otherParent } = await joinedOtherParent(h, fam);
    const before = await h.ok(fam.token, 'vaccine', 'calendar', { childId: fam.child.id });
    // Born ten days ago, nothing recorded and no 接种证 yet: the birth doses read 未录入, never overdue.
    expect(doseOf(before, 'hepb-1').status).toBe('unrecorded');
    expect(doseOf(before, 'bcg-1').status).toBe('unrecorded');
    expect(before.doses.some((d) => d.status === 'overdue')).toBe(false);

    const calendar = await h.ok(clinic, 'vaccine', 'recordDose', dose(fam.child.id));
    expect(calendar.child).toEqual(fam.child);
    expect(doseOf(calendar, 'hepb-1')).toMatchObject({
      status: 'given',
      given: { date: CHILD_BIRTH_DATE, product: 'HepB', batch: '202611A01', clinic: '盈江县人民医院预防接种门诊' },
    });
    const seen = await h.ok(fam.token, 'vaccine', 'calendar', { childId: fam.child.id });
    expect(seen).toEqual(calendar);
    expect(seen.source).toContain('2021年版');

    for (const token of [fam.token, otherParent]) {
      // Everything here happens at the fixed NOW: find the message by its title, not its place.
      const message = (await h.ok(token, 'account', 'inbox')).find((m: { title: string }) => m.title === '接种记录已更新')!;
      expect(message).toMatchObject({
        title: '接种记录已更新',
        link: `/packages/vaccine/calendar/index?childId=${fam.child.id}`,
        read: false,
      });
      expect(message.body).toContain('测试宝宝已于');
      expect(message.body).toContain('接种乙肝疫苗 第1剂');
    }

    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', fam.child.id)
      .where('action', '=', 'vaccine.record')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_role: 'clinic', target_type: 'child', at: NOW.toISOString() });
    // Which dose, not what was given: that is health data, sealed in the record.
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ doseId: 'hepb-1' });
    const row = await h.db.selectFrom('vaccine_doses').selectAll().where('child_id', '=', fam.child.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ dose_id: 'hepb-1', recorded_at: NOW.toISOString() });
    expect(row.detail_enc).not.toContain('202611A01');
    expect(JSON.parse(h.crypto.decrypt(row.detail_enc))).toEqual({
      date: CHILD_BIRTH_DATE,
      product: 'HepB',
      batch: '202611A01',
      clinic: '盈江县人民医院预防接种门诊',
    });
    // Nor does the (unencrypted) message carry the batch or the clinic.
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '接种记录已更新')!;
    expect(message.body).not.toMatch(/202611A01|盈江县人民医院预防接种门诊/);
  });

  test('a dose recorded twice is CONFLICT and changes nothing', async () => {
    const fam = await familyWithChild();
    await h.ok(clinic, 'vaccine', 'recordDose', dose(fam.child.id));
    expect(await h.call(clinic, 'vaccine', 'recordDose', dose(fam.child.id, { batch: 'OTHER-01', date: TODAY }))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '该剂次已录入' },
    });
    const rows = await h.db.selectFrom('vaccine_doses').selectAll().where('child_id', '=', fam.child.id).execute();
    expect(rows.map((r) => JSON.parse(h.crypto.decrypt(r.detail_enc)).batch)).toEqual(['202611A01']);
    expect(await h.ok(fam.token, 'account', 'inbox')).toHaveLength(2); // the case's and one dose message
  });

  test('a bad record names its field', async () => {
    const fam = await familyWithChild();
    const bad = async (overrides: Record<string, unknown>) => h.call(clinic, 'vaccine', 'recordDose', dose(fam.child.id, overrides));
    const field = (name: string, text?: string) => ({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { [name]: text ? expect.stringContaining(text) : expect.any(String) } },
    });
    expect(await bad({ doseId: 'hepb-9' })).toMatchObject(field('doseId'));
    expect(await bad({ date: addDays(CHILD_BIRTH_DATE, -1) })).toMatchObject(field('date', '不能早于孩子的出生日期'));
    expect(await bad({ date: addDays(TODAY, 1) })).toMatchObject(field('date', '不能晚于今天'));
    expect(await bad({ date: '2026-13-01' })).toMatchObject(field('date'));
    expect(await bad({ batch: undefined })).toMatchObject(field('batch', '疫苗批号'));
    expect(await bad({ batch: '  ' })).toMatchObject(field('batch'));
    expect(await bad({ clinic: '' })).toMatchObject(field('clinic'));
    expect(await bad({ product: 'BCG' })).toMatchObject(field('product', '与接种剂次不符'));
    expect(await bad({ product: 'XYZ' })).toMatchObject(field('product'));
    expect(await bad({ extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await h.callRaw(clinic, 'vaccine', 'recordDose', { doseId: 'hepb-1' })).toMatchObject(field('childId'));
    expect(await h.callRaw(clinic, 'vaccine', 'recordDose', [])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await h.call(clinic, 'vaccine', 'recordDose', dose('no-such-child'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await h.db.selectFrom('vaccine_doses').select('dose_id').where('child_id', '=', fam.child.id).execute()).toEqual([]);
  });

  test('an alternative product switches the programme (乙脑灭活疫苗: four doses)', async () => {
    const { token } = await h.login('parent');
    const [duoduo] = await h.ok(token, 'account', 'children');
    const calendar = await h.ok(clinic, 'vaccine', 'recordDose', {
      childId: duoduo!.id,
      doseId: 'je-1',
      date: '2022-02-20',
      product: 'JE-I',
      batch: 'JEI2202-01',
      clinic: '平原镇卫生院预防接种门诊',
    });
    expect(calendar.doses.filter((d) => d.doseId.startsWith('je-')).map((d) => [d.doseId, d.product])).toEqual([
      ['je-1', 'JE-I'],
      ['je-2', 'JE-I'],
      ['je-3', 'JE-I'],
      ['je-4', 'JE-I'],
    ]);
  });
});

describe('who may', () => {
  test('a parent can never record, search or open the clinic view: FORBIDDEN, nothing written', async () => {
    const fam = await familyWithChild();
    for (const [action, input] of [
      ['recordDose', dose(fam.child.id)],
      ['childCalendar', { childId: fam.child.id }],
    ] as const) {
      expect(await h.call(fam.token, 'vaccine', action, input)).toEqual(CLINIC_ONLY);
    }
    expect(await h.call(fam.token, 'vaccine', 'findChildren', { name: '测试宝宝', birthDate: CHILD_BIRTH_DATE })).toEqual(
      CHILD_FINDERS_ONLY,
    );
    expect(await h.db.selectFrom('vaccine_doses').select('dose_id').where('child_id', '=', fam.child.id).execute()).toEqual([]);
    expect(await h.call(undefined, 'vaccine', 'recordDose', dose(fam.child.id))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  test("another department's clerk, the bureau and the admin are FORBIDDEN, before the input is looked at", async () => {
    const fam = await familyWithChild();
    const tokens = [
      c.hukou,
      c.birth_certificate,
      c.medical_insurance,
      c.social_security,
      (await h.login('health_bureau')).token,
      (await h.login('admin')).token,
    ];
    for (const token of tokens) {
      expect(await h.call(token, 'vaccine', 'recordDose', dose(fam.child.id))).toEqual(CLINIC_ONLY);
      expect(await h.callRaw(token, 'vaccine', 'recordDose', { nonsense: true })).toEqual(CLINIC_ONLY);
      expect(await h.call(token, 'vaccine', 'childCalendar', { childId: fam.child.id })).toEqual(CLINIC_ONLY);
      // The police find children too (to record a hukou move); everyone else is refused.
      if (token !== c.hukou) expect(await h.call(token, 'vaccine', 'findChildren', {})).toEqual(CHILD_FINDERS_ONLY);
    }
    const audit = await h.db.selectFrom('audit_log').select('action').where('target_id', '=', fam.child.id).execute();
    expect(audit).toEqual([]);

    const found = await h.ok(c.hukou, 'vaccine', 'findChildren', { name: '测试宝宝', birthDate: CHILD_BIRTH_DATE });
    expect(found.map((x) => x.id)).toContain(fam.child.id);
    const logged = await h.db
      .selectFrom('audit_log')
      .select('detail_json')
      .where('action', '=', 'child.search')
      .where('actor_role', '=', 'police')
      .execute();
    expect(logged.some((row) => (JSON.parse(row.detail_json) as { found: string[] }).found.includes(fam.child.id))).toBe(true);
  });

  test("a parent reading another family's child, or a made-up id, gets NOT_FOUND", async () => {
    const mine = await familyWithChild();
    const theirs = await familyWithChild();
    const notFound = { ok: false, error: { code: 'NOT_FOUND', message: '未找到该孩子' } };
    expect(await h.call(mine.token, 'vaccine', 'calendar', { childId: theirs.child.id })).toEqual(notFound);
    expect(await h.call(mine.token, 'vaccine', 'calendar', { childId: 'no-such-child' })).toEqual(notFound);
    const { token: stranger } = await verifiedUser(h);
    expect(await h.call(stranger, 'vaccine', 'calendar', { childId: mine.child.id })).toEqual(notFound);
    expect(await h.callRaw(mine.token, 'vaccine', 'calendar', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { childId: expect.any(String) } },
    });
    expect(await h.call(undefined, 'vaccine', 'calendar', { childId: mine.child.id })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('the clinic finds a child', () => {
  test('by name and birth date, county-wide; the search is audited', async () => {
    const fam = await familyWithChild();
    const found = await h.ok(clinic, 'vaccine', 'findChildren', { name: '测试宝宝', birthDate: CHILD_BIRTH_DATE });
    expect(found).toContainEqual(fam.child);
    expect(found.every((x) => x.name === '测试宝宝' && x.birthDate === CHILD_BIRTH_DATE)).toBe(true);
    expect(await h.ok(clinic, 'vaccine', 'findChildren', { name: '测试宝宝', birthDate: addDays(CHILD_BIRTH_DATE, -400) })).toEqual([]);
    const searches = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'child.search').execute();
    const search = searches.find((a) => JSON.parse(a.detail_json).found.includes(fam.child.id));
    expect(search).toMatchObject({ actor_role: 'clinic', target_type: 'child' });
    expect(JSON.parse(search!.detail_json).criteria).toEqual({ name: '测试宝宝', birthDate: CHILD_BIRTH_DATE });

    const calendar = await h.ok(clinic, 'vaccine', 'childCalendar', { childId: fam.child.id });
    expect(calendar.child).toEqual(fam.child);
    const reads = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'vaccine.read')
      .where('target_id', '=', fam.child.id)
      .execute();
    expect(reads).toHaveLength(1);
    expect(await h.call(clinic, 'vaccine', 'childCalendar', { childId: 'no-such-child' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('by ID number once the police have registered the child; the audit log holds it masked only', async () => {
    const fam = await familyWithChild();
    const idNumber = childIdNumber();
    expect(await h.ok(clinic, 'vaccine', 'findChildren', { idNumber })).toEqual([]);
    const r = results(idNumber);
    await work(h, c, fam.view.id, 'birth_certificate', r.birth_certificate);
    await work(h, c, fam.view.id, 'hukou', r.hukou);
    const found = await h.ok(clinic, 'vaccine', 'findChildren', { idNumber });
    expect(found).toEqual([{ ...fam.child, idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` }]);
    expect(JSON.stringify(found)).not.toContain(idNumber);
    // Name and birth date too must then match.
    expect(await h.ok(clinic, 'vaccine', 'findChildren', { idNumber, name: '别的名字', birthDate: CHILD_BIRTH_DATE })).toEqual([]);
    expect(await h.ok(clinic, 'vaccine', 'findChildren', { idNumber, name: '测试宝宝', birthDate: CHILD_BIRTH_DATE })).toEqual(found);
    const searches = await h.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'child.search').execute();
    expect(searches.some((a) => a.detail_json.includes(idNumber))).toBe(false);
    expect(searches.some((a) => a.detail_json.includes(found[0]!.idNumberMasked!))).toBe(true);
  });

  test('needs a criterion: nothing → INVALID_INPUT on _, a name alone asks for the date, a bad number is named', async () => {
    expect(await h.call(clinic, 'vaccine', 'findChildren', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { _: expect.any(String) } },
    });
    expect(await h.call(clinic, 'vaccine', 'findChildren', { name: '测试宝宝' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { birthDate: '按姓名查找时，请同时选择出生日期' } },
    });
    expect(await h.call(clinic, 'vaccine', 'findChildren', { birthDate: CHILD_BIRTH_DATE })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { name: '按出生日期查找时，请同时填写孩子姓名' } },
    });
    expect(await h.call(clinic, 'vaccine', 'findChildren', { idNumber: '123' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idNumber: expect.any(String) } },
    });
    expect(await h.call(clinic, 'vaccine', 'findChildren', { name: '测试宝宝', birthDate: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { birthDate: expect.any(String) } },
    });
  });
});

describe('the seeded child', () => {
  test("演示李朵朵's calendar (history from her paper 接种证): doses given, the rest 未录入, never overdue", async () => {
    const h2 = await createHarness();
    try {
      const { token } = await h2.login('parent');
      const [duoduo] = await h2.ok(token, 'account', 'children');
      const calendar = await h2.ok(token, 'vaccine', 'calendar', { childId: duoduo!.id });
      const given = calendar.doses.filter((d) => d.status === 'given');
      expect(given.map((d) => d.doseId).sort()).toEqual(SEEDED_DOSES.map((d) => d.doseId).sort());
      expect(doseOf(calendar, 'hepb-2').given).toEqual({
        date: '2021-07-19',
        product: 'HepB',
        batch: '样例HB202106-03',
        clinic: '平原镇卫生院预防接种门诊（样例）',
      });
      expect(doseOf(calendar, 'hepb-3').status).toBe('unrecorded');
      expect(doseOf(calendar, 'dtap-1').status).toBe('unrecorded');
      expect(calendar.doses.filter((d) => d.status === 'overdue' || d.status === 'due')).toEqual([]);
      expect(calendar.doses.some((d) => d.status === 'upcoming')).toBe(true);
      const inbox = await h2.ok(token, 'account', 'inbox');
      expect(inbox.filter((m: { title: string }) => m.title === '接种记录已更新')).toHaveLength(SEEDED_DOSES.length);
    } finally {
      await h2.close();
    }
  });
});

describe('the birth doses come with the 出生一件事 results', () => {
  test('the 9-day-old born at 县人民医院: 未录入 until the 接种证 carries the birth doses over, then given, nothing overdue', async () => {
    const fam = await familyWithChild();
    const r = results();
    await work(h, c, fam.view.id, 'vaccination', {
      ...r.vaccination,
      hepB1Date: CHILD_BIRTH_DATE,
      hepB1Batch: '202611HB',
      bcgDate: addDays(CHILD_BIRTH_DATE, 1),
      bcgBatch: '202611BCG',
    });
    const calendar = await h.ok(fam.token, 'vaccine', 'calendar', { childId: fam.child.id });
    expect(doseOf(calendar, 'hepb-1')).toMatchObject({
      status: 'given',
      given: { date: CHILD_BIRTH_DATE, product: 'HepB', batch: '202611HB', clinic: '盈江县人民医院' },
    });
    expect(doseOf(calendar, 'bcg-1')).toMatchObject({ status: 'given', given: { date: addDays(CHILD_BIRTH_DATE, 1), product: 'BCG' } });
    expect(calendar.doses.filter((d) => d.status === 'overdue' || d.status === 'unrecorded')).toEqual([]);
    const items = await h.ok(fam.token, 'account', 'dueNext');
    expect(items.filter((i) => i.key.startsWith('vaccine:') && (i.overdue || i.key.endsWith(':history')))).toEqual([]);
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', fam.child.id)
      .where('action', '=', 'vaccine.record')
      .execute();
    expect(audit).toHaveLength(2);
  });

  test('the hospital may record them with the 出生医学证明; a 接种证 without them then leaves them as recorded', async () => {
    const fam = await familyWithChild();
    const r = results();
    await work(h, c, fam.view.id, 'birth_certificate', { ...r.birth_certificate, hepB1Date: CHILD_BIRTH_DATE, hepB1Batch: 'HB-01' });
    await work(h, c, fam.view.id, 'vaccination', r.vaccination);
    const calendar = await h.ok(fam.token, 'vaccine', 'calendar', { childId: fam.child.id });
    expect(doseOf(calendar, 'hepb-1')).toMatchObject({ status: 'given', given: { batch: 'HB-01' } });
    // The 接种证 is issued without 卡介苗: it was not given at birth, so it is simply due (3 months to go).
    expect(doseOf(calendar, 'bcg-1').status).toBe('due');
  });

  test('a birth dose needs its date and batch together; the field is named', async () => {
    const fam = await familyWithChild();
    const r = results();
    await h.ok(c.vaccination, 'birth', 'acceptStep', { caseId: fam.view.id, step: 'vaccination' });
    const res = await h.call(c.vaccination, 'birth', 'completeStep', {
      caseId: fam.view.id,
      step: 'vaccination',
      result: { ...r.vaccination, hepB1Date: CHILD_BIRTH_DATE },
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.hepB1Batch': '请填写乙肝疫苗第1剂批号（填写接种日期时必填）' } },
    });
    const future = await h.call(c.vaccination, 'birth', 'completeStep', {
      caseId: fam.view.id,
      step: 'vaccination',
      result: { ...r.vaccination, bcgDate: addDays(TODAY, 1), bcgBatch: 'B-1' },
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.bcgDate': '卡介苗接种日期不能晚于今天' } },
    });
    expect(await h.db.selectFrom('vaccine_doses').selectAll().where('child_id', '=', fam.child.id).execute()).toEqual([]);
  });
});
