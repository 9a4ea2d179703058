// The operator's and the health bureau's side of 托育: scope, offers and slots, answers, 备案,
// inspections, supply; and the audit log behind each.
import type { InputOf } from '../../domain/api/contract';
import type { NurseryListItem } from '../../domain/nursery/types';
import { DEMO_NURSERY_FILING_NUMBER, SAMPLE_INSTITUTIONS, sampleFilingNumber } from '../../scripts/seed/nurseries';
import { createHarness, type Harness } from './harness';
import { newKey, submitted } from './people';

let h: Harness;
let bureau: string;
let operator: string;
beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
  operator = (await h.login('nursery_operator')).token;
});
afterAll(async () => {
  await h.close();
});

const idOf = async (filingNumber: string) =>
  (await h.db.selectFrom('nursery_institutions').select('id').where('filing_number', '=', filingNumber).executeTakeFirstOrThrow()).id;
const audits = (action: string) => h.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
const OFFER: InputOf<'nursery', 'updateNurseryOffer'> = {
  classes: [
    { kind: 'infant', capacity: 10, enrolled: 10, careFeeMonthlyFen: 80_000 },
    { kind: 'toddler', capacity: 15, enrolled: 10, careFeeMonthlyFen: 70_000 },
  ],
  mealsMonthlyFen: 30_000,
  otherFees: [{ name: '被褥费', amountFen: 20_000, per: 'once' }],
  hours: '周一至周五 7:30—17:30',
  careTypes: ['full_day', 'half_day'],
  caregivers: 6,
};

describe('who may call', () => {
  test('a parent calling operator or bureau actions is FORBIDDEN', async () => {
    const { token } = await submitted(h);
    for (const action of ['operatorInstitution', 'operatorRequests']) {
      expect(await h.callRaw(token, 'nursery', action, {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '仅托育机构工作人员可以进行此操作' },
      });
    }
    expect(await h.call(token, 'nursery', 'updateNurseryOffer', OFFER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call(token, 'nursery', 'nurserySupply', {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '仅卫生健康局工作人员可以管理托育机构备案' },
    });
    // An operator is not the bureau.
    expect(await h.call(operator, 'nursery', 'setFilingStatus', { id: 'x', status: 'revoked', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('the operator', () => {
  test('sees their own institution (the 示范 one) with every slot from today; the read is audited', async () => {
    const d = await h.ok(operator, 'nursery', 'operatorInstitution', {});
    expect(d).toMatchObject({ filingNumber: DEMO_NURSERY_FILING_NUMBER, demonstration: true });
    expect(d.visitSlots.length).toBe(5);
    expect((await audits('nursery.institution.read')).at(-1)).toMatchObject({ actor_role: 'nursery_operator', target_id: d.id });
  });

  test('updates the offer: vacancies follow capacity − enrolled, and search sees it at once', async () => {
    const near: InputOf<'nursery', 'search'> = { township: 'pingyuan', ageMonths: 8, withVacancy: true, limit: 50 };
    const own = await idOf(DEMO_NURSERY_FILING_NUMBER);
    expect((await h.ok(undefined, 'nursery', 'search', near)).items.map((i: NurseryListItem) => i.id)).toContain(own);
    const d = await h.ok(operator, 'nursery', 'updateNurseryOffer', OFFER);
    expect(d.classes.map((c: { vacancies: number }) => c.vacancies)).toEqual([0, 5]);
    expect((await h.ok(undefined, 'nursery', 'search', near)).items.map((i: NurseryListItem) => i.id)).not.toContain(own);
    expect((await audits('nursery.offer.update')).length).toBe(1);
  });

  test('offer validation: class size within the class maximum, enrolled ≤ capacity, fees ≥ 0', async () => {
    const bad = {
      ...OFFER,
      classes: [
        { kind: 'infant', capacity: 12, enrolled: 3, careFeeMonthlyFen: 80_000 },
        { kind: 'toddler', capacity: 10, enrolled: 11, careFeeMonthlyFen: -1 },
      ],
    };
    expect(await h.callRaw(operator, 'nursery', 'updateNurseryOffer', bad)).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          'classes.0.capacity': '第1个班级（乳儿班）的托位数不能超过10人',
          'classes.1.careFeeMonthlyFen': '第2个班级的保育费应在0分到2000000分之间',
        },
      },
    });
    expect(
      await h.call(operator, 'nursery', 'updateNurseryOffer', {
        ...OFFER,
        classes: [{ kind: 'toddler', capacity: 10, enrolled: 11, careFeeMonthlyFen: 1 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'classes.0.enrolled': '第1个班级的在托人数不能超过托位数' } },
    });
  });

  test('slots: added in the future only; a booked one is not removed; another institution’s is refused', async () => {
    expect(await h.call(operator, 'nursery', 'addVisitSlot', { start: '2026-11-27T10:00', durationMin: 60, capacity: 3 })).toMatchObject({
      ok: false,
      error: { fields: { start: '参观开始时间不能早于现在' } },
    });
    expect(await h.call(operator, 'nursery', 'addVisitSlot', { start: '2026-12-01 10:00', durationMin: 60, capacity: 3 })).toMatchObject({
      ok: false,
      error: { fields: { start: '参观开始时间格式不正确，应为YYYY-MM-DDTHH:mm' } },
    });
    const d = await h.ok(operator, 'nursery', 'addVisitSlot', { start: '2026-12-03T09:30', durationMin: 45, capacity: 2 });
    const added = d.visitSlots.find((s: { start: string }) => s.start === '2026-12-03T09:30')!;
    expect(added).toMatchObject({ durationMin: 45, capacity: 2, booked: 0 });
    const booked = d.visitSlots.find((s: { booked: number }) => s.booked > 0)!;
    expect(await h.call(operator, 'nursery', 'removeVisitSlot', { slotId: booked.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const after = await h.ok(operator, 'nursery', 'removeVisitSlot', { slotId: added.id });
    expect(after.visitSlots.map((s: { id: string }) => s.id)).not.toContain(added.id);

    const other = await idOf(sampleFilingNumber(SAMPLE_INSTITUTIONS[1]!));
    const foreign = await h.db.selectFrom('nursery_visit_slots').select('id').where('institution_id', '=', other).executeTakeFirstOrThrow();
    expect(await h.call(operator, 'nursery', 'removeVisitSlot', { slotId: foreign.id })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该记录不属于您所在的托育机构，不能操作' },
    });
  });

  test('answers a visit: the parent’s 办件 and inbox follow, the visit joins 接下来要办; another institution’s request is refused', async () => {
    const fam = await submitted(h);
    const own = await idOf(DEMO_NURSERY_FILING_NUMBER);
    const slot = (await h.db.selectFrom('nursery_visit_slots').selectAll().where('institution_id', '=', own).orderBy('start').execute()).at(
      -1,
    )!;
    const view = await h.ok(
      fam.token,
      'nursery',
      'bookVisit',
      { institutionId: own, slotId: slot.id, visitors: 2, phone: '13800138555' },
      newKey(),
    );

    const queue = await h.ok(operator, 'nursery', 'operatorRequests', { status: 'submitted' });
    const item = queue.find((q: { id: string }) => q.id === view.id);
    expect(item).toMatchObject({ parentName: fam.applicant.name, parentPhoneMasked: '138****8555', status: 'submitted' });
    expect(JSON.stringify(queue)).not.toContain('13800138555');
    expect((await audits('nursery.requests.read')).length).toBeGreaterThan(0);

    const decided = await h.ok(operator, 'nursery', 'decideNurseryRequest', { id: view.id, decision: 'accept', answer: '欢迎来园参观' });
    expect(decided).toMatchObject({ status: 'accepted', answer: '欢迎来园参观', statusText: '机构已确认参观' });
    expect(await h.call(operator, 'nursery', 'decideNurseryRequest', { id: view.id, decision: 'decline', answer: '改期' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await h.ok(fam.token, 'account', 'myCases')).find((c: { refId: string }) => c.refId === view.id)).toMatchObject({
      status: 'accepted',
    });
    expect((await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === '预约参观：机构已同意')!.body).toContain(
      '欢迎来园参观',
    );
    const due = await h.ok(fam.token, 'account', 'dueNext');
    expect(due.find((d) => d.kind === 'nursery_visit')).toMatchObject({
      date: slot.start.slice(0, 10),
      dateKind: 'from',
      link: `/packages/nursery/request/index?id=${view.id}`,
    });

    // A request at another institution.
    const other = await idOf(sampleFilingNumber(SAMPLE_INSTITUTIONS[3]!));
    const otherSlot = await h.db
      .selectFrom('nursery_visit_slots')
      .select('id')
      .where('institution_id', '=', other)
      .executeTakeFirstOrThrow();
    const foreign = await h.ok(fam.token, 'nursery', 'bookVisit', { institutionId: other, slotId: otherSlot.id, visitors: 1 }, newKey());
    expect(await h.call(operator, 'nursery', 'decideNurseryRequest', { id: foreign.id, decision: 'accept', answer: '好' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('the health bureau', () => {
  test('lists every institution whatever its status, filterable; the list is audited', async () => {
    const all = await h.ok(bureau, 'nursery', 'listInstitutions', {});
    expect(all.total).toBe(SAMPLE_INSTITUTIONS.length);
    expect(all.items).toHaveLength(20);
    const revoked = await h.ok(bureau, 'nursery', 'listInstitutions', { status: 'revoked' });
    expect(revoked.items.map((i: { name: string }) => i.name)).toEqual(['平原镇禾苗托育（样例）']);
    expect((await h.ok(bureau, 'nursery', 'listInstitutions', { township: 'jiucheng' })).total).toBe(2);
    expect((await audits('nursery.institutions.list')).length).toBe(3);
  });

  test('files a new institution, corrects it, records an inspection; a 备案 number is unique and well-formed', async () => {
    const input: InputOf<'nursery', 'fileInstitution'> = {
      name: '勐弄乡新建托育点（样例）',
      filingNumber: '533123BA20260031',
      ownership: 'puhui',
      demonstration: false,
      kindergartenClass: false,
      township: 'mengnong',
      address: '盈江县勐弄乡样例路1号',
      location: { lat: 24.921, lng: 97.981 },
      phone: '0692-8123456',
      hours: '周一至周五 8:00—17:00',
      careTypes: ['full_day'],
      caregivers: 3,
    };
    const filed = await h.ok(bureau, 'nursery', 'fileInstitution', input);
    expect(filed).toMatchObject({ filingStatus: 'filed', classes: [], sample: false, township: 'mengnong' });
    const found = await h.ok(undefined, 'nursery', 'search', { near: input.location, limit: 1 });
    expect(found.items[0]).toMatchObject({ id: filed.id, distanceM: 0 });

    expect(await h.call(bureau, 'nursery', 'fileInstitution', { ...input, name: '重复' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '备案编号 533123BA20260031 已被其他机构使用，请核对' },
    });
    expect(await h.call(bureau, 'nursery', 'fileInstitution', { ...input, filingNumber: 'YJ-2026-31' })).toMatchObject({
      ok: false,
      error: { fields: { filingNumber: '备案编号格式不正确，应如 533123BA20240001（地区代码+BA+年份+4位序号）' } },
    });
    expect(await h.call(bureau, 'nursery', 'fileInstitution', { ...input, location: { lat: 124, lng: 97.9 } })).toMatchObject({
      ok: false,
      error: { fields: { 'location.lat': '机构位置的纬度应在-90到90之间' } },
    });

    const corrected = await h.ok(bureau, 'nursery', 'fileInstitution', { ...input, id: filed.id, name: '勐弄乡普惠托育点（样例）' });
    expect(corrected).toMatchObject({ id: filed.id, name: '勐弄乡普惠托育点（样例）' });
    expect(JSON.parse((await audits('nursery.institution.correct'))[0]!.detail_json)).toMatchObject({ fields: ['name'] });

    const inspected = await h.ok(bureau, 'nursery', 'recordInspection', {
      id: filed.id,
      date: '2026-11-20',
      result: 'rectify',
      notes: '消防通道堆放杂物',
    });
    expect(inspected.latestInspection).toEqual({ date: '2026-11-20', result: 'rectify', notes: '消防通道堆放杂物' });
    expect(
      await h.call(bureau, 'nursery', 'recordInspection', { id: filed.id, date: '2026-12-20', result: 'pass', notes: '符合要求' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { date: '检查日期不能晚于今天' } },
    });
    expect((await audits('nursery.institution.file')).length).toBe(1);
    expect((await audits('nursery.inspection.record')).length).toBe(1);
  });

  test('supply: county and township slots from filed institutions only, per 1000 residents, beside the targets', async () => {
    const report = await h.ok(bureau, 'nursery', 'nurserySupply', {});
    const nabang = report.rows.find((r: { area: string }) => r.area === 'nabang');
    // 那邦镇: one public mixed class of 12; about 6000 residents (estimate).
    expect(nabang).toEqual({ area: 'nabang', residents: 6000, slots: 12, puhuiSlots: 12, slotsPer1000: 2, puhuiPer1000: 2 });
    // 芒璋乡's only institution is pending: nothing counts.
    expect(report.rows.find((r: { area: string }) => r.area === 'mangzhang')).toMatchObject({ slots: 0, puhuiSlots: 0 });
    const county = report.rows[0];
    expect(county.area).toBe('county');
    expect(county.residents).toBe(292_508);
    const townshipSum = report.rows.slice(1).reduce((s: number, r: { slots: number }) => s + r.slots, 0);
    expect(county.slots).toBe(townshipSum);
    expect(county.slotsPer1000).toBe(Math.round((county.slots * 100_000) / 292_508) / 100);
    expect(report.yearly).toEqual([
      { year: 2023, slots: 880, puhuiSlots: 529, source: expect.stringContaining('附件2') },
      { year: 2024, slots: 1172, puhuiSlots: 702, source: expect.any(String) },
      { year: 2025, slots: 1317, puhuiSlots: 790, source: expect.any(String) },
    ]);
    expect(report.targets).toMatchObject({ per1000: 4.5, puhuiPer1000: 2.7 });
    const filedCount = (await h.db.selectFrom('nursery_institutions').select('id').where('filing_status', '=', 'filed').execute()).length;
    expect(report.filedInstitutions).toBe(filedCount);
    expect((await audits('nursery.supply.read')).length).toBe(1);
  });
});
