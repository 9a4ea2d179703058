// 出生一件事 from the departments' side: who may act, what each one sees, results that do not
// validate, rejections and the parent's resubmission, illegal moves, queues.
import type { BundleStepKey } from '../../domain/birth/types';
import type { BirthCaseView, StepWork } from '../../domain/birth/views';
import { addDays } from '../../domain/dates';
import { sampleBundles } from '../../scripts/seed';
import { createHarness, NOW, TODAY, type Harness } from './harness';
import {
  birthInput,
  CHILD_BIRTH_DATE,
  childIdNumber,
  clerks,
  results,
  submittedCase,
  work,
  type Clerks,
  joinedOtherParent,
} from './birthPeople';
import { father, mother, verifiedUser } from './people';

let h: Harness;
let c: Clerks;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
});
afterAll(async () => {
  await h.close();
});

const statuses = (view: BirthCaseView) => Object.fromEntries(view.steps.map((s) => [s.key, s.status]));
const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: '您没有办理该事项的权限' } };

describe('the seeded queues', () => {
  test('every demo clerk has work waiting', async () => {
    expect(sampleBundles(NOW)).toHaveLength(5);
    for (const [step, token] of Object.entries(c) as [BundleStepKey, string][]) {
      const queue = await h.ok(token, 'birth', 'bundleQueue', {});
      expect(queue.length).toBeGreaterThan(0);
      expect(queue.every((q: { step: string }) => q.step === step)).toBe(true);
    }
    const police = await h.ok(c.hukou, 'birth', 'bundleQueue', {});
    const withCertificate = await h.ok(c.hukou, 'birth', 'bundleStep', { caseId: police[0].caseId, step: 'hukou' });
    expect(withCertificate.data).toContainEqual({ label: '出生医学证明编号', value: expect.stringMatching(/^Q53\d{7}$/) });
  });
});

describe('who may act', () => {
  test('a parent, the bureau, the admin and an unverified user are FORBIDDEN for everything', async () => {
    const fam = await submittedCase(h);
    const tokens = [fam.token, (await h.login('health_bureau')).token, (await h.login('admin')).token, (await h.login()).token];
    for (const token of tokens) {
      for (const [action, input] of [
        ['bundleQueue', {}],
        ['bundleQueue', { step: 'hukou' }],
        ['bundleStep', { caseId: fam.view.id, step: 'birth_certificate' }],
        ['acceptStep', { caseId: fam.view.id, step: 'birth_certificate' }],
        ['completeStep', { caseId: fam.view.id, step: 'birth_certificate', result: results().birth_certificate }],
        ['rejectStep', { caseId: fam.view.id, step: 'birth_certificate', reason: '不对' }],
      ] as const) {
        expect(await h.callRaw(token, 'birth', action, input)).toEqual(FORBIDDEN);
      }
    }
    expect(await h.call(undefined, 'birth', 'bundleQueue', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  test('another department is FORBIDDEN on a step that is not its own, and nothing changes', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    for (const [token, step] of [
      [c.hukou, 'birth_certificate'],
      [c.birth_certificate, 'vaccination'],
      [c.vaccination, 'birth_certificate'],
      [c.medical_insurance, 'hukou'],
      [c.social_security, 'medical_insurance'],
    ] as const) {
      expect(await h.call(token, 'birth', 'bundleStep', { caseId: id, step })).toEqual(FORBIDDEN);
      expect(await h.call(token, 'birth', 'acceptStep', { caseId: id, step })).toEqual(FORBIDDEN);
      expect(await h.call(token, 'birth', 'rejectStep', { caseId: id, step, reason: '越权' })).toEqual(FORBIDDEN);
      expect(await h.call(token, 'birth', 'bundleQueue', { step })).toEqual(FORBIDDEN);
    }
    expect(
      await h.call(c.hukou, 'birth', 'completeStep', { caseId: id, step: 'birth_certificate', result: results().birth_certificate }),
    ).toEqual(FORBIDDEN);
    expect(statuses(await h.ok(fam.token, 'birth', 'get', { id }))).toMatchObject({ birth_certificate: 'pending', vaccination: 'pending' });
    const audit = await h.db.selectFrom('audit_log').select('action').where('target_id', '=', id).execute();
    expect(audit).toEqual([]);
  });
});

describe('what each department sees', () => {
  test('only its own data; every read is audited', async () => {
    const fam = await submittedCase(h, { card: { delivery: 'pickup', pickupTownship: 'nongzhang' } });
    const id = fam.view.id;
    const r = results();
    const labels = (w: StepWork) => w.data.map((d) => d.label);
    const values = (w: StepWork) => w.data.map((d) => d.value).join('|');

    const hospital = await h.ok(c.birth_certificate, 'birth', 'bundleStep', { caseId: id, step: 'birth_certificate' });
    expect(hospital).toMatchObject({
      caseId: id,
      caseNumber: fam.view.number,
      step: 'birth_certificate',
      status: 'pending',
      childBirthDate: CHILD_BIRTH_DATE,
    });
    expect(labels(hospital)).toEqual([
      '孩子姓名',
      '孩子性别',
      '孩子的出生日期',
      '出生时间',
      '出生体重（克）',
      '出生身长（厘米）',
      '出生医院',
      '母亲姓名',
      '母亲公民身份号码',
      '母亲民族',
      '父亲姓名',
      '父亲公民身份号码',
      '父亲民族',
    ]);
    expect(hospital.data).toContainEqual({ label: '母亲公民身份号码', value: fam.applicant.idNumber, field: 'applicant.idNumber' });
    expect(hospital.data).toContainEqual({ label: '父亲民族', value: '景颇族', field: 'otherParent.ethnicity' });
    expect(values(hospital)).not.toContain('13800138');

    const clinic = await h.ok(c.vaccination, 'birth', 'bundleStep', { caseId: id, step: 'vaccination' });
    expect(labels(clinic)).toEqual([
      '孩子姓名',
      '孩子性别',
      '孩子的出生日期',
      '出生医院',
      '母亲姓名',
      '母亲手机号码',
      '父亲姓名',
      '父亲手机号码',
    ]);
    expect(values(clinic)).not.toContain(fam.applicant.idNumber);

    // The police see nothing until the certificate exists.
    expect(await h.call(c.hukou, 'birth', 'bundleStep', { caseId: id, step: 'hukou' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await work(h, c, id, 'birth_certificate', r.birth_certificate);
    const police = await h.ok(c.hukou, 'birth', 'bundleStep', { caseId: id, step: 'hukou' });
    expect(labels(police)).toEqual([
      '孩子姓名',
      '孩子性别',
      '孩子的出生日期',
      '出生时间',
      '孩子的民族',
      '出生地点',
      '出生医学证明编号',
      '孩子随哪一方落户',
      '户主姓名',
      '户主与孩子的关系',
      '落户乡镇',
      '落户地址',
      '母亲姓名',
      '母亲公民身份号码',
      '父亲姓名',
      '父亲公民身份号码',
    ]);
    expect(police.data).toContainEqual({
      label: '孩子随哪一方落户',
      value: `随父亲（${fam.otherParent.name}）落户`,
      field: 'household.joins',
    });
    // A department's result shown to the next one is not the parent's to fix: it names no field.
    expect(police.data).toContainEqual({ label: '出生医学证明编号', value: r.birth_certificate.certificateNumber });
    expect(police.data).toContainEqual({ label: '落户乡镇', value: '弄璋镇', field: 'household.hukouTownship' });
    expect(values(police)).not.toMatch(/参保|缴费|社保|13800138/);

    await work(h, c, id, 'hukou', r.hukou);
    const insurance = await h.ok(c.medical_insurance, 'birth', 'bundleStep', { caseId: id, step: 'medical_insurance' });
    expect(insurance.data).toEqual([
      { label: '孩子姓名', value: '测试宝宝', field: 'child.name' },
      { label: '孩子的公民身份号码', value: r.hukou.childIdNumber },
      { label: '参保险种', value: '城乡居民基本医疗保险', field: 'insurance.scheme' },
      { label: '医保缴费人', value: fam.applicant.name, field: 'insurance.payer' },
      { label: '缴费人手机号码', value: '13800138111', field: 'applicant.phone' },
    ]);
    const card = await h.ok(c.social_security, 'birth', 'bundleStep', { caseId: id, step: 'social_security' });
    expect(card.data).toEqual([
      { label: '孩子姓名', value: '测试宝宝', field: 'child.name' },
      { label: '孩子的公民身份号码', value: r.hukou.childIdNumber },
      { label: '社保卡领取方式', value: '到便民服务中心领取', field: 'card.delivery' },
      { label: '领取乡镇', value: '弄璋镇', field: 'card.pickupTownship' },
    ]);
    for (const w of [insurance, card]) expect(values(w)).not.toContain(fam.otherParent.idNumber);

    const reads = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', id)
      .where('action', '=', 'bundle.read')
      .orderBy('at')
      .execute();
    expect(reads.map((a) => [a.actor_role, JSON.parse(a.detail_json).step])).toEqual([
      ['hospital', 'birth_certificate'],
      ['clinic', 'vaccination'],
      ['police', 'hukou'],
      ['medical_insurance', 'medical_insurance'],
      ['social_security', 'social_security'],
    ]);
    expect(reads.every((a) => a.at === NOW.toISOString() && JSON.parse(a.detail_json).number === fam.view.number)).toBe(true);
  });
});

describe('results that do not validate', () => {
  test('INVALID_INPUT naming result.<field>; the step stays accepted', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: id, step: 'birth_certificate' });
    const bad = async (step: BundleStepKey, result: unknown) => h.callRaw(c[step], 'birth', 'completeStep', { caseId: id, step, result });
    expect(await bad('birth_certificate', { certificateNumber: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.certificateNumber': expect.stringContaining('出生医学证明编号格式不正确') } },
    });
    expect(await bad('birth_certificate', { certificateNumber: 'Q110012345' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.certificateNumber': expect.stringContaining('53') } },
    });
    expect(await bad('birth_certificate', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await bad('birth_certificate', { certificateNumber: 'Q530012345', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.extra': expect.any(String) } },
    });
    expect(statuses(await h.ok(fam.token, 'birth', 'get', { id })).birth_certificate).toBe('accepted');
    await h.ok(c.birth_certificate, 'birth', 'completeStep', {
      caseId: id,
      step: 'birth_certificate',
      result: results().birth_certificate,
    });

    await h.ok(c.hukou, 'birth', 'acceptStep', { caseId: id, step: 'hukou' });
    const good = results().hukou;
    const otherDay = childIdNumber(addDays(CHILD_BIRTH_DATE, -1));
    expect(await bad('hukou', { ...good, childIdNumber: otherDay })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { 'result.childIdNumber': expect.stringContaining(`出生日期（${CHILD_BIRTH_DATE}）不一致`) },
      },
    });
    expect(await bad('hukou', { ...good, childIdNumber: childIdNumber(CHILD_BIRTH_DATE, 'F') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.childIdNumber': expect.stringContaining('性别') } },
    });
    expect(
      await bad('hukou', { ...good, childIdNumber: `${good.childIdNumber.slice(0, 17)}${good.childIdNumber[17] === '1' ? '2' : '1'}` }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.childIdNumber': expect.stringContaining('校验位') } },
    });
    expect(await bad('hukou', { ...good, registeredOn: addDays(TODAY, 1) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.registeredOn': expect.stringContaining('不能晚于今天') } },
    });
    expect(await bad('hukou', { ...good, policeStation: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.policeStation': expect.any(String) } },
    });
    await h.ok(c.hukou, 'birth', 'completeStep', { caseId: id, step: 'hukou', result: good });

    // The same child ID number may not be given to a second child.
    const other = await submittedCase(h);
    await work(h, c, other.view.id, 'birth_certificate', results().birth_certificate);
    await h.ok(c.hukou, 'birth', 'acceptStep', { caseId: other.view.id, step: 'hukou' });
    expect(await h.call(c.hukou, 'birth', 'completeStep', { caseId: other.view.id, step: 'hukou', result: good })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.childIdNumber': '该公民身份号码已登记给其他孩子，请核对' } },
    });

    await h.ok(c.social_security, 'birth', 'acceptStep', { caseId: id, step: 'social_security' });
    expect(await bad('social_security', { cardNumber: 'S53000001' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'result.trackingNumber': expect.stringContaining('二选一') } },
    });
  });
});

describe('illegal moves are CONFLICT', () => {
  test('complete before accepting, accept twice, act on a waiting or finished step', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    const r = results();
    const conflict = { ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/不能改为/) } };
    expect(
      await h.call(c.birth_certificate, 'birth', 'completeStep', { caseId: id, step: 'birth_certificate', result: r.birth_certificate }),
    ).toMatchObject(conflict);
    expect(await h.call(c.hukou, 'birth', 'acceptStep', { caseId: id, step: 'hukou' })).toMatchObject(conflict);
    await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: id, step: 'birth_certificate' });
    expect(await h.call(c.birth_certificate, 'birth', 'acceptStep', { caseId: id, step: 'birth_certificate' })).toMatchObject(conflict);
    await h.ok(c.birth_certificate, 'birth', 'completeStep', { caseId: id, step: 'birth_certificate', result: r.birth_certificate });
    expect(
      await h.call(c.birth_certificate, 'birth', 'rejectStep', { caseId: id, step: 'birth_certificate', reason: '重办' }),
    ).toMatchObject(conflict);
    expect(
      await h.call(c.birth_certificate, 'birth', 'completeStep', { caseId: id, step: 'birth_certificate', result: r.birth_certificate }),
    ).toMatchObject(conflict);
    expect(await h.call(fam.token, 'birth', 'resubmitStep', { id, step: 'vaccination', input: fam.input })).toMatchObject(conflict);
    expect(await h.call(c.birth_certificate, 'birth', 'acceptStep', { caseId: 'nope', step: 'birth_certificate' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('the fields named with a rejection must be rows this department sees', async () => {
    const { view } = await submittedCase(h);
    for (const fields of [['insurance.payer'], ['household.headName'], ['nonsense'], [''], 'child.name', [1]]) {
      const answer = await h.callRaw(c.vaccination, 'birth', 'rejectStep', {
        caseId: view.id,
        step: 'vaccination',
        reason: '请核对',
        fields,
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const [[path, message]] = Object.entries((answer as { error: { fields: Record<string, string> } }).error.fields);
      expect([path.split('.')[0], message]).toEqual(['fields', expect.stringContaining('需要补正的项目')]);
    }
    expect((await h.ok(c.vaccination, 'birth', 'bundleStep', { caseId: view.id, step: 'vaccination' })).status).toBe('pending');
  });

  test('a rejection needs a reason of at most 200 characters', async () => {
    const { view } = await submittedCase(h);
    expect(await h.callRaw(c.vaccination, 'birth', 'rejectStep', { caseId: view.id, step: 'vaccination' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '请填写退回原因' } },
    });
    expect(
      await h.call(c.vaccination, 'birth', 'rejectStep', { caseId: view.id, step: 'vaccination', reason: '字'.repeat(201) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '退回原因不能超过200个字' } },
    });
  });
});

/** Brings a fresh case to the point where `step` is with its department. */
async function caseAt(step: BundleStepKey) {
  const fam = await submittedCase(h);
  const r = results();
  if (step === 'hukou' || step === 'medical_insurance' || step === 'social_security')
    await work(h, c, fam.view.id, 'birth_certificate', r.birth_certificate);
  if (step === 'medical_insurance' || step === 'social_security') await work(h, c, fam.view.id, 'hukou', r.hukou);
  return { ...fam, r };
}

describe('each department sends its step back; the parent fixes that step alone', () => {
  type Fix = {
    reason: string;
    /** The fields the clerk names, with the labels the parent sees. */
    fields: Record<string, string>;
    fix: (i: ReturnType<typeof birthInput>) => ReturnType<typeof birthInput>;
    /** What the clerk then sees marked: label → the value at the return. */
    changed: Record<string, string>;
  };
  const fixes: Record<BundleStepKey, Fix> = {
    birth_certificate: {
      reason: '出生时间与分娩记录不符，应为08:15',
      fields: { 'child.birthTime': '出生时间' },
      fix: (i) => ({ ...i, child: { ...i.child, birthTime: '08:15' } }),
      changed: { 出生时间: '08:05' },
    },
    vaccination: {
      reason: '请补充父亲的联系电话',
      fields: { 'otherParent.phone': '父亲手机号码' },
      fix: (i) => ({ ...i, otherParent: { ...i.otherParent, phone: '13900139000' } }),
      changed: { 父亲手机号码: '13800138222' },
    },
    hukou: {
      reason: '户主姓名与户口簿不一致',
      fields: { 'household.headName': '户主姓名', 'household.headRelation': '户主与孩子的关系' },
      fix: (i) => ({ ...i, household: { ...i.household, headName: '测试爷爷', headRelation: 'grandfather' } }),
      changed: { 户主姓名: '测试父亲', 户主与孩子的关系: '父亲' },
    },
    medical_insurance: {
      reason: '缴费人应为户籍在本县的父亲',
      fields: { 'insurance.payer': '医保缴费人' },
      fix: (i) => ({ ...i, insurance: { ...i.insurance, payer: 'otherParent' } }),
      changed: { 医保缴费人: '测试母亲', 缴费人手机号码: '13800138111' },
    },
    social_security: {
      reason: '邮寄地址不详，请写明门牌号',
      fields: {},
      fix: (i) => ({ ...i, card: { delivery: 'post', postAddress: '弄璋镇测试村1组8号' } }),
      changed: { 邮寄地址: '弄璋镇测试村1号' },
    },
  };

  test.each(Object.keys(fixes) as BundleStepKey[])('%s', async (step) => {
    const fam = await caseAt(step);
    const id = fam.view.id;
    const before = await h.ok(fam.token, 'birth', 'get', { id });
    const { reason, fix, fields, changed } = fixes[step];
    h.clock.set(new Date(NOW.getTime() + 60_000));
    const work1 = await h.ok(c[step], 'birth', 'rejectStep', { caseId: id, step, reason, fields: Object.keys(fields) });
    expect(work1.status).toBe('rejected');
    expect(work1.events.at(-1)).toEqual({
      at: new Date(NOW.getTime() + 60_000).toISOString(),
      status: 'rejected',
      by: 'clerk',
      note: reason,
    });

    const rejected = await h.ok(fam.token, 'birth', 'get', { id });
    expect(rejected.status).toBe('needs_fix');
    const own = rejected.steps.find((s) => s.key === step)!;
    expect(own).toMatchObject({ status: 'rejected', rejectReason: reason });
    // The parent is told which fields, by the names the form uses; none named: the reason alone.
    expect(own.rejectFields).toEqual(
      Object.keys(fields).length > 0 ? Object.entries(fields).map(([field, label]) => ({ field, label })) : undefined,
    );
    for (const s of rejected.steps) if (s.key !== step) expect(s.status).toBe(before.steps.find((b) => b.key === s.key)!.status);
    const message = (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title.endsWith('需要补正'))!;
    expect(message.body).toContain(`需要补正：${reason}`);
    if (Object.keys(fields).length > 0) expect(message.body).toContain(`请核对：${Object.values(fields).join('、')}`);
    expect((await h.ok(fam.token, 'account', 'myCases'))[0]).toMatchObject({ status: 'needs_fix', statusText: '待补正' });
    expect(await h.ok(c[step], 'birth', 'bundleQueue', {})).not.toContainEqual(expect.objectContaining({ caseId: id, step }));
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', id)
      .where('action', '=', 'bundle.reject')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail_json)).toEqual({ number: fam.view.number, step, reason, fields: Object.keys(fields) });

    // The parent fixes it: only that step goes back, at the time of the resubmission.
    h.clock.set(new Date(NOW.getTime() + 120_000));
    const editable = await h.ok(fam.token, 'birth', 'editable', { id });
    const after = await h.ok(fam.token, 'birth', 'resubmitStep', { id, step, input: fix(editable) });
    h.clock.set(NOW);
    expect(after.status).toBe('in_progress');
    const again = after.steps.find((s) => s.key === step)!;
    expect(again.status).toBe('pending');
    expect(again.rejectReason).toBeUndefined();
    expect(again.events.at(-1)).toEqual({
      at: new Date(NOW.getTime() + 120_000).toISOString(),
      status: 'pending',
      by: 'parent',
      note: '已补正并重新提交',
    });
    for (const s of after.steps) if (s.key !== step) expect(s.status).toBe(before.steps.find((b) => b.key === s.key)!.status);
    expect(await h.ok(fam.token, 'birth', 'editable', { id })).toEqual(fix(editable));
    expect(await h.ok(c[step], 'birth', 'bundleQueue', { step })).toContainEqual(
      expect.objectContaining({ caseId: id, step, status: 'pending', since: new Date(NOW.getTime() + 120_000).toISOString() }),
    );
    expect((await h.ok(fam.token, 'account', 'inbox'))[0]).toMatchObject({ title: expect.stringMatching(/已重新提交$/) });
    // The clerk gets it back with what changed since the return marked, and only that.
    const back = await h.ok(c[step], 'birth', 'bundleStep', { caseId: id, step });
    expect(Object.fromEntries(back.data.filter((d) => d.before !== undefined).map((d) => [d.label, d.before]))).toEqual(changed);
    // And the department finishes it: the marks go with the return.
    await work(h, c, id, step, fam.r[step]);
    expect((await h.ok(fam.token, 'birth', 'get', { id })).steps.find((s) => s.key === step)!.status).toBe('done');
    const done = await h.ok(c[step], 'birth', 'bundleStep', { caseId: id, step });
    expect(done.data.some((d) => d.before !== undefined)).toBe(false);
  });

  test('what a finished step rests on cannot change in a resubmission; services cannot change', async () => {
    const fam = await caseAt('hukou');
    const id = fam.view.id;
    await h.ok(c.hukou, 'birth', 'rejectStep', { caseId: id, step: 'hukou', reason: '请核对户主' });
    const input = await h.ok(fam.token, 'birth', 'editable', { id });
    expect(
      await h.call(fam.token, 'birth', 'resubmitStep', {
        id,
        step: 'hukou',
        input: { ...input, child: { ...input.child, name: '改个名字' } },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'input.child.name': expect.stringContaining('助产机构已办结出生医学证明') } },
    });
    expect(
      await h.call(fam.token, 'birth', 'resubmitStep', {
        id,
        step: 'hukou',
        input: { ...input, services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security'] },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'input.services': expect.any(String) } } });
    expect(
      await h.call(fam.token, 'birth', 'resubmitStep', {
        id,
        step: 'hukou',
        input: { ...input, child: { ...input.child, birthTime: '25:00' } },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'input.child.birthTime': expect.any(String) } },
    });
    const someoneElse = mother();
    expect(await h.call(fam.token, 'birth', 'resubmitStep', { id, step: 'hukou', input: birthInput(someoneElse, father()) })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { 'input.applicant.idNumber': expect.any(String) } },
      },
    );
    // The other parent may not resubmit.
    const dad = await joinedOtherParent(h, fam);
    expect(await h.call(dad.token, 'birth', 'resubmitStep', { id, step: 'hukou', input })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(statuses(await h.ok(fam.token, 'birth', 'get', { id })).hukou).toBe('rejected');
  });
});

describe('an issued 预防接种证', () => {
  test('fixes the child it names: name, sex, birth date and hospital cannot change in a resubmission', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    await h.ok(c.vaccination, 'birth', 'acceptStep', { caseId: id, step: 'vaccination' });
    await h.ok(c.birth_certificate, 'birth', 'rejectStep', { caseId: id, step: 'birth_certificate', reason: '出生时间与分娩记录不符' });
    const input = await h.ok(fam.token, 'birth', 'editable', { id });
    const changes: [string, Record<string, unknown>][] = [
      ['child.name', { name: '改个名字' }],
      ['child.sex', { sex: 'F' }],
      ['child.birthDate', { birthDate: addDays(CHILD_BIRTH_DATE, -1) }],
      ['child.hospitalId', { hospitalId: 'yj-mch' }],
    ];
    for (const [path, change] of changes) {
      expect(
        await h.call(fam.token, 'birth', 'resubmitStep', {
          id,
          step: 'birth_certificate',
          input: { ...input, child: { ...input.child, ...change } },
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { [`input.${path}`]: expect.stringContaining('预防接种单位正在办理预防接种证') } },
      });
    }
    await h.ok(c.vaccination, 'birth', 'completeStep', { caseId: id, step: 'vaccination', result: results().vaccination });
    expect(
      await h.call(fam.token, 'birth', 'resubmitStep', {
        id,
        step: 'birth_certificate',
        input: { ...input, child: { ...input.child, name: '改个名字' } },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'input.child.name': expect.stringContaining('预防接种单位已办结预防接种证') } },
    });
    expect((await h.ok(fam.token, 'birth', 'get', { id })).child.name).toBe('测试宝宝');
    // What the certificate does not rest on may still be fixed.
    const fixed = await h.ok(fam.token, 'birth', 'resubmitStep', {
      id,
      step: 'birth_certificate',
      input: { ...input, child: { ...input.child, birthTime: '08:15' } },
    });
    expect(fixed.child.birthTime).toBe('08:15');
  });
});

describe('queues', () => {
  test('reading a queue is audited: who, which steps, how many rows — no names', async () => {
    await submittedCase(h);
    const hospital = (await h.ok(c.birth_certificate, 'account', 'me')).userId;
    const later = (minutes: number) => new Date(NOW.getTime() + (600 + minutes) * 60_000);
    const reads = () =>
      h.db
        .selectFrom('audit_log')
        .selectAll()
        .where('actor_user_id', '=', hospital)
        .where('action', '=', 'bundle.queue')
        .where('at', '>=', later(1).toISOString())
        .orderBy('at')
        .execute();
    h.clock.set(later(1));
    const all = await h.ok(c.birth_certificate, 'birth', 'bundleQueue', {});
    h.clock.set(later(2));
    const one = await h.ok(c.birth_certificate, 'birth', 'bundleQueue', { step: 'birth_certificate' });
    h.clock.set(later(3));
    const rows = await reads();
    expect(rows.map((r) => [r.actor_role, r.target_type, r.target_id, JSON.parse(r.detail_json)])).toEqual([
      ['hospital', 'bundle_step', '*', { steps: ['birth_certificate'], count: all.length }],
      ['hospital', 'bundle_step', 'birth_certificate', { steps: ['birth_certificate'], count: one.length }],
    ]);
    expect(all.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.detail_json).join('')).not.toContain('测试宝宝');
    // A refused read writes nothing.
    expect(await h.call(c.birth_certificate, 'birth', 'bundleQueue', { step: 'hukou' })).toEqual(FORBIDDEN);
    h.clock.set(NOW);
    expect(await reads()).toHaveLength(2);
  });

  test('oldest first; a clerk with two roles sees both or picks one', async () => {
    h.clock.set(new Date(NOW.getTime() - 3600_000));
    const older = await submittedCase(h);
    h.clock.set(NOW);
    const newer = await submittedCase(h);
    const queue = await h.ok(c.birth_certificate, 'birth', 'bundleQueue', {});
    const since = queue.map((q: { since: string }) => q.since);
    expect([...since].sort()).toEqual(since);
    const ids = queue.map((q: { caseId: string }) => q.caseId);
    expect(ids.indexOf(older.view.id)).toBeLessThan(ids.indexOf(newer.view.id));
    expect(Object.keys(queue[0]).sort()).toEqual(['caseId', 'caseNumber', 'childBirthDate', 'childName', 'since', 'status', 'step']);

    const admin = await h.login('admin');
    const both = await verifiedUser(h, father('两科室'));
    for (const role of ['clinic', 'hospital'] as const)
      await h.ok(admin.token, 'account', 'grantRole', { idNumber: both.person.idNumber, role });
    const all = await h.ok(both.token, 'birth', 'bundleQueue', {});
    expect(new Set(all.map((q: { step: string }) => q.step))).toEqual(new Set(['birth_certificate', 'vaccination']));
    const onlyClinic = await h.ok(both.token, 'birth', 'bundleQueue', { step: 'vaccination' });
    expect(onlyClinic.every((q: { step: string }) => q.step === 'vaccination')).toBe(true);
    expect(onlyClinic).toContainEqual(expect.objectContaining({ caseId: newer.view.id }));
    expect(await h.call(both.token, 'birth', 'bundleQueue', { step: 'hukou' })).toEqual(FORBIDDEN);
    expect(await h.callRaw(both.token, 'birth', 'bundleQueue', { step: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { step: '请选择办理事项' } },
    });
  });
});
