// The parent's side of 托育: public search and detail, visit bookings, place applications, own
// requests; and the bureau's revocation reaching search at once.
import type { InputOf } from '../../domain/api/contract';
import type { NurseryListItem } from '../../domain/nursery/types';
import { townshipByCode } from '../../domain/place/townships';
import { DEMO_NURSERY_FILING_NUMBER, SAMPLE_INSTITUTIONS, sampleFilingNumber } from '../../scripts/seed/nurseries';
import { createHarness, type Harness } from './harness';
import { newKey, submitted, verifiedUser } from './people';

let h: Harness;
let bureau: string;
beforeAll(async () => {
  h = await createHarness();
  bureau = (await h.login('health_bureau')).token;
});
afterAll(async () => {
  await h.close();
});

const idOf = async (filingNumber: string) =>
  (await h.db.selectFrom('nursery_institutions').select('id').where('filing_number', '=', filingNumber).executeTakeFirstOrThrow()).id;
const byStatus = (status?: string) => SAMPLE_INSTITUTIONS.filter((s) => (s.status ?? 'filed') === (status ?? 'filed'));
const search = (input: Record<string, unknown>, token?: string) => h.ok(token, 'nursery', 'search', input);
const slotsOf = async (institutionId: string) =>
  h.db.selectFrom('nursery_visit_slots').selectAll().where('institution_id', '=', institutionId).orderBy('start').execute();

describe('search', () => {
  test('public, from a township centre: every filed institution, nearest first, none pending or revoked', async () => {
    const result = await search({ township: 'pingyuan', limit: 50 });
    expect(result.origin).toEqual(townshipByCode('pingyuan')!.centre);
    expect(result.more).toBe(false);
    const names = result.items.map((i: NurseryListItem) => i.name).sort();
    expect(names).toEqual(
      byStatus()
        .map((s) => s.name)
        .sort(),
    );
    const d = result.items.map((i: NurseryListItem) => i.distanceM);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(result.items[0].township).toBe('pingyuan');
    expect(JSON.stringify(result)).not.toMatch(/禾苗|阳光宝贝|芒璋乡托育/);
  });

  test('from the phone’s position: the nearest comes first, its distance in metres', async () => {
    const jiucheng = townshipByCode('jiucheng')!.centre;
    const result = await search({ near: jiucheng, limit: 2 });
    expect(result.items.map((i: NurseryListItem) => i.township)).toEqual(['jiucheng', 'jiucheng']);
    expect(result.items[0].distanceM).toBeLessThan(600);
    expect(result.more).toBe(true);
  });

  test('filters: age, 普惠 (公办 counts), vacancy, care type', async () => {
    const infants = await search({ township: 'pingyuan', ageMonths: 8, limit: 50 });
    expect(infants.items.length).toBeGreaterThan(0);
    for (const item of infants.items as NurseryListItem[])
      expect(item.classes.map((c) => c.kind)).toEqual(item.classes.map(() => 'infant'));

    const puhui = await search({ township: 'pingyuan', puhuiOnly: true, limit: 50 });
    expect(new Set(puhui.items.map((i: NurseryListItem) => i.ownership))).toEqual(new Set(['public', 'puhui']));

    // 托小班 at 允燕社区 is full, so with a vacancy filter a 14-month-old does not see it.
    const toddlers = await search({ township: 'pingyuan', ageMonths: 14, withVacancy: true, limit: 50 });
    expect(toddlers.items.map((i: NurseryListItem) => i.name)).not.toContain('平原镇允燕社区普惠托育园（样例）');
    expect(toddlers.items.every((i: NurseryListItem) => i.classes.some((c) => c.vacancies > 0))).toBe(true);
    const toddlersAny = await search({ township: 'pingyuan', ageMonths: 14, limit: 50 });
    expect(toddlersAny.items.map((i: NurseryListItem) => i.name)).toContain('平原镇允燕社区普惠托育园（样例）');

    const hourly = await search({ township: 'pingyuan', careType: 'hourly', limit: 50 });
    const hourlyNames = byStatus()
      .filter((s) => s.careTypes.includes('hourly'))
      .map((s) => s.name)
      .sort();
    expect(hourly.items.map((i: NurseryListItem) => i.name).sort()).toEqual(hourlyNames);
  });

  test('paging joins up with the single long list; `more` is false at the end', async () => {
    const all = (await search({ township: 'taiping', limit: 50 })).items.map((i: NurseryListItem) => i.id);
    const paged: string[] = [];
    for (let offset = 0; ; offset += 7) {
      const page = await search({ township: 'taiping', limit: 7, offset });
      paged.push(...page.items.map((i: NurseryListItem) => i.id));
      if (!page.more) break;
    }
    expect(paged).toEqual(all);
    expect((await search({ township: 'pingyuan' })).items).toHaveLength(20);
  });

  test('bad coordinates and ages are refused naming the field in Chinese', async () => {
    const fields = async (input: unknown) => {
      const r = await h.callRaw(undefined, 'nursery', 'search', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      return (r as { error: { fields: Record<string, string> } }).error.fields;
    };
    expect(await fields({ near: { lat: 200, lng: 97.9 } })).toEqual({ 'near.lat': '所在位置的纬度应在-90到90之间' });
    expect(await fields({ near: { lat: 24.7, lng: -181 } })).toEqual({ 'near.lng': '所在位置的经度应在-180到180之间' });
    // JSON has no NaN: it arrives as null.
    expect(await fields({ near: { lat: Number.NaN, lng: 97.9 } })).toEqual({ 'near.lat': '请填写所在位置的纬度' });
    expect(await fields({ near: { lat: '24.7', lng: 97.9 } })).toEqual({ 'near.lat': '所在位置的纬度格式不正确' });
    expect(await fields({ near: 'here' })).toEqual({ near: '所在位置格式不正确' });
    expect(await fields({ township: 'pingyuan', ageMonths: -1 })).toEqual({ ageMonths: '孩子月龄应在0个月到72个月之间' });
    expect(await fields({ township: 'pingyuan', ageMonths: 500 })).toEqual({ ageMonths: '孩子月龄应在0个月到72个月之间' });
    expect(await fields({ township: 'pingyuan', ageMonths: 1.5 })).toEqual({ ageMonths: '孩子月龄应为整数' });
    expect(await fields({})).toEqual({ township: '请选择乡镇，或允许获取您的位置' });
    expect(await fields({ township: 'beijing' })).toEqual({ township: '请选择乡镇' });
    expect(await fields({ township: 'pingyuan', limit: 51 })).toEqual({ limit: '每页条数应在1到50之间' });
  });
});

describe('detail', () => {
  test('a filed institution, public, with classes, fees, inspections and the visit slots still to come', async () => {
    const id = await idOf(DEMO_NURSERY_FILING_NUMBER);
    const d = await h.ok(undefined, 'nursery', 'detail', { id });
    expect(d).toMatchObject({
      filingStatus: 'filed',
      ownership: 'public',
      demonstration: true,
      grade: '一级',
      sample: true,
      mealsMonthlyFen: 30_000,
    });
    expect(d.classes.map((c: { kind: string; vacancies: number }) => [c.kind, c.vacancies])).toEqual([
      ['infant', 2],
      ['toddler', 3],
      ['senior', 3],
    ]);
    expect(d.latestInspection).toMatchObject({ result: 'pass' });
    expect(d.visitSlots).toHaveLength(5);
    expect(d.visitSlots[0].start > '2026-11-28T10:00').toBe(true);
  });

  test('pending and revoked institutions are not found, with a clear message', async () => {
    for (const s of [...byStatus('pending'), ...byStatus('revoked')]) {
      expect(await h.call(undefined, 'nursery', 'detail', { id: await idOf(sampleFilingNumber(s)) })).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '未找到该托育机构，或该机构尚未完成备案' },
      });
    }
  });

  test('a revocation takes the institution out of search and detail at once; filing it again brings it back', async () => {
    const target = SAMPLE_INSTITUTIONS.find((s) => s.township === 'zhanxi')!;
    const id = await idOf(sampleFilingNumber(target));
    const near = { township: 'zhanxi', limit: 50 };
    expect((await search(near)).items.map((i: NurseryListItem) => i.id)).toContain(id);
    await h.ok(bureau, 'nursery', 'setFilingStatus', { id, status: 'revoked', reason: '检查不合格，撤销备案' });
    expect((await search(near)).items.map((i: NurseryListItem) => i.id)).not.toContain(id);
    expect(await h.call(undefined, 'nursery', 'detail', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await h.ok(bureau, 'nursery', 'setFilingStatus', { id, status: 'filed', reason: '整改完成，恢复备案' });
    expect((await search(near)).items[0].id).toBe(id);
  });
});

describe('visits', () => {
  test('booking: a 办件 and a message; the same slot twice is refused; a retry with the key gets the first answer', async () => {
    const fam = await submitted(h);
    const id = await idOf(sampleFilingNumber(SAMPLE_INSTITUTIONS[3]!));
    const slot = (await slotsOf(id))[0]!;
    const key = newKey();
    const view = await h.ok(fam.token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 2 }, key);
    expect(view).toMatchObject({
      kind: 'visit',
      status: 'submitted',
      statusText: '已提交，待机构确认',
      slot: { start: slot.start, durationMin: 60 },
      visitors: 2,
    });
    expect(view.number).toMatch(/^TY5331232026\d{6}$/);
    expect(await h.ok(fam.token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 2 }, key)).toEqual(view);
    expect(await h.call(fam.token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey())).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '您已预约过这个参观时段，请在“我的办件”中查看，不要重复预约' },
    });
    expect((await slotsOf(id))[0]!.booked).toBe(1);
    const cases = await h.ok(fam.token, 'account', 'myCases');
    expect(cases.find((c: { refId: string }) => c.refId === view.id)).toMatchObject({
      kind: 'nursery',
      refId: view.id,
      status: 'submitted',
      link: `/packages/nursery/request/index?id=${view.id}`,
    });
    expect(
      (await h.ok(fam.token, 'account', 'inbox')).find((m: { link?: string }) => m.link === view.id || m.link?.endsWith(view.id)),
    ).toMatchObject({
      title: '预约参观已提交',
      body: expect.stringContaining(view.number),
    });
    expect(await h.ok(fam.token, 'nursery', 'getRequest', { id: view.id })).toEqual(view);
  });

  test('a full slot is refused', async () => {
    const id = await idOf(DEMO_NURSERY_FILING_NUMBER);
    const full = (await slotsOf(id)).find((s) => s.capacity === 1)!;
    expect(full.booked).toBe(1);
    const { token } = await verifiedUser(h);
    expect(await h.call(token, 'nursery', 'bookVisit', { institutionId: id, slotId: full.id, visitors: 1 }, newKey())).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '该参观时段已约满，请选择其他时段' },
    });
  });

  test('signed out, unverified, another institution’s slot, bad visitors', async () => {
    const id = await idOf(DEMO_NURSERY_FILING_NUMBER);
    const other = await idOf(sampleFilingNumber(SAMPLE_INSTITUTIONS[1]!));
    const slot = (await slotsOf(id))[0]!;
    expect(await h.call(undefined, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const { token: fresh } = await h.login();
    expect(await h.call(fresh, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'NOT_VERIFIED' },
    });
    const { token } = await verifiedUser(h);
    expect(await h.call(token, 'nursery', 'bookVisit', { institutionId: other, slotId: slot.id, visitors: 1 }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call(token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 4 }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { visitors: '参观人数应在1人到3人之间' } },
    });
    expect(await h.call(token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  test('cancel: own only; the place in the slot is freed', async () => {
    const fam = await submitted(h);
    const id = await idOf(sampleFilingNumber(SAMPLE_INSTITUTIONS[6]!));
    const slot = (await slotsOf(id))[1]!;
    const view = await h.ok(fam.token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey());
    const stranger = await verifiedUser(h);
    expect(await h.call(stranger.token, 'nursery', 'getRequest', { id: view.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '未找到该预约或申请' },
    });
    expect(await h.call(stranger.token, 'nursery', 'cancelRequest', { id: view.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await slotsOf(id))[1]!.booked).toBe(1);
    const cancelled = await h.ok(fam.token, 'nursery', 'cancelRequest', { id: view.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusText: '已取消' });
    expect((await slotsOf(id))[1]!.booked).toBe(0);
    expect((await h.ok(fam.token, 'account', 'myCases')).find((c: { refId: string }) => c.refId === view.id)).toMatchObject({
      status: 'cancelled',
      statusText: '已取消',
    });
    // After cancelling, the same slot may be booked again.
    expect(await h.ok(fam.token, 'nursery', 'bookVisit', { institutionId: id, slotId: slot.id, visitors: 1 }, newKey())).toMatchObject({
      status: 'submitted',
    });
  });
});

describe('place applications', () => {
  async function familyWithBaby(birthDate: string) {
    const fam = await submitted(h, {
      existingChildren: [{ name: '测试小宝', birthDate, sex: 'F', relation: 'this-marriage', deceased: false }],
    });
    const child = (await h.ok(fam.token, 'account', 'children'))[0];
    return { ...fam, child };
  }

  test('a child too young for the class is refused naming the child; old enough by the start month is accepted', async () => {
    const fam = await familyWithBaby('2026-08-10');
    const id = await idOf(DEMO_NURSERY_FILING_NUMBER);
    const input: InputOf<'nursery', 'applyPlace'> = {
      institutionId: id,
      classKind: 'infant',
      careType: 'full_day',
      childId: fam.child.id,
      startMonth: '2026-12',
    };
    expect(await h.call(fam.token, 'nursery', 'applyPlace', input, newKey())).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '测试小宝在2026-12入托时月龄为3个月，太小乳儿班的招收年龄（6—12个月）',
        fields: { childId: '测试小宝在2026-12入托时月龄为3个月，太小乳儿班的招收年龄（6—12个月）' },
      },
    });
    const view = await h.ok(fam.token, 'nursery', 'applyPlace', { ...input, startMonth: '2027-03', note: '希望全日托' }, newKey());
    expect(view).toMatchObject({
      kind: 'place',
      status: 'submitted',
      classKind: 'infant',
      careType: 'full_day',
      startMonth: '2027-03',
      child: { id: fam.child.id, name: '测试小宝' },
      note: '希望全日托',
    });
    expect(await h.call(fam.token, 'nursery', 'applyPlace', { ...input, startMonth: '2027-03' }, newKey())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  test('a child of another family is not found; a class or care type the institution lacks is named', async () => {
    const fam = await familyWithBaby('2025-09-01');
    const other = await familyWithBaby('2025-09-01');
    const id = await idOf(DEMO_NURSERY_FILING_NUMBER);
    const input: InputOf<'nursery', 'applyPlace'> = {
      institutionId: id,
      classKind: 'toddler',
      careType: 'full_day',
      childId: other.child.id,
      startMonth: '2026-12',
    };
    expect(await h.call(fam.token, 'nursery', 'applyPlace', input, newKey())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '未找到该孩子' },
    });
    expect(
      await h.call(fam.token, 'nursery', 'applyPlace', { ...input, childId: fam.child.id, classKind: 'mixed' }, newKey()),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { classKind: '盈江县示范性托育服务中心（样例）没有开设混龄班，请选择其他班级类型' } },
    });
    expect(
      await h.call(fam.token, 'nursery', 'applyPlace', { ...input, childId: fam.child.id, careType: 'hourly' }, newKey()),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { careType: '盈江县示范性托育服务中心（样例）不提供计时托服务' } },
    });
    expect(
      await h.call(fam.token, 'nursery', 'applyPlace', { ...input, childId: fam.child.id, startMonth: '2026-10' }, newKey()),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { startMonth: '入托月份不能早于本月' } },
    });
    // The full 托小班 of 允燕社区.
    const full = await idOf(sampleFilingNumber(SAMPLE_INSTITUTIONS[1]!));
    expect(
      await h.call(fam.token, 'nursery', 'applyPlace', { ...input, institutionId: full, childId: fam.child.id }, newKey()),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('托小班暂无空余托位') },
    });
  });
});
