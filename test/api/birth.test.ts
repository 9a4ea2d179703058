// 出生一件事 from the parent's side, and the whole flow through the five departments.
import { addDays, addMonths } from '../../domain/dates';
import type { BirthApplicationInput } from '../../domain/birth/types';
import type { BirthCaseView } from '../../domain/birth/views';
import { DEMO_PEOPLE } from '../../scripts/seed';
import { isUniqueViolation } from '../../cloud/db/uniqueViolation';
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
import { father, mother, newKey, registrationInput, verifiedUser, type Person } from './people';

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
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('submit', () => {
  test('one case, five steps, the 办件 entry and a message', async () => {
    const { token, view, applicant } = await submittedCase(h);
    expect(view).toMatchObject({
      number: expect.stringMatching(/^CS5331232026\d{6}$/),
      status: 'in_progress',
      createdAt: NOW.toISOString(),
      child: { name: '测试宝宝', sex: 'M', birthDate: CHILD_BIRTH_DATE, birthTime: '08:05', hospitalName: '盈江县人民医院' },
    });
    expect(view.steps.map((s) => s.key)).toEqual(['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination']);
    expect(statuses(view)).toEqual({
      birth_certificate: 'pending',
      hukou: 'waiting',
      medical_insurance: 'waiting',
      social_security: 'waiting',
      vaccination: 'pending',
    });
    expect(view.steps[1]).toMatchObject({ department: '公安派出所', title: '户口登记', dependsOn: ['birth_certificate'] });
    for (const step of view.steps)
      expect(step.events).toEqual([expect.objectContaining({ status: step.status, by: 'system', at: NOW.toISOString() })]);
    expect(view.deadlines).toEqual([
      { key: 'hukou', title: '户口登记期限', dueDate: addMonths(CHILD_BIRTH_DATE, 1), note: expect.any(String), met: null },
      {
        key: 'insurance',
        title: '医保缴费期限',
        dueDate: addDays(CHILD_BIRTH_DATE, 90),
        note: '在此日期前缴费，从出生之日起享受医保待遇',
        met: null,
      },
    ]);
    expect(JSON.stringify(view)).not.toContain(applicant.idNumber);

    const cases = await h.ok(token, 'account', 'myCases');
    expect(cases).toEqual([
      expect.objectContaining({
        kind: 'birth',
        refId: view.id,
        title: '出生一件事（测试宝宝）',
        status: 'in_progress',
        statusText: '办理中',
        link: `/packages/birth/case/index?id=${view.id}`,
      }),
    ]);
    const inbox = await h.ok(token, 'account', 'inbox');
    expect(inbox[0]).toMatchObject({ title: '出生一件事已受理', link: `/packages/birth/case/index?id=${view.id}` });
    expect(inbox[0].body).toContain(view.number);
  });

  test('the same idempotency key twice: one case, the same answer', async () => {
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    const input = birthInput(applicant, father());
    const key = newKey();
    const first = await h.ok(token, 'birth', 'submit', input, key);
    const second = await h.ok(token, 'birth', 'submit', input, key);
    expect(second).toEqual(first);
    const rows = await h.db
      .selectFrom('birth_cases')
      .select('id')
      .where('applicant_id_hash', '=', h.crypto.hash(applicant.idNumber))
      .execute();
    expect(rows).toHaveLength(1);
    expect(await h.ok(token, 'account', 'inbox')).toHaveLength(1);
    // Without a key it is refused; with a new key the same child is a conflict, not a second case.
    expect(await h.call(token, 'birth', 'submit', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idempotencyKey: expect.any(String) } },
    });
    expect(await h.call(token, 'birth', 'submit', input, newKey())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining(first.number) },
    });
  });

  test('the applicant must be the verified caller', async () => {
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    const someoneElse = mother('别人');
    expect(await h.call(token, 'birth', 'submit', birthInput(someoneElse, father()), newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'applicant.idNumber': '申请人公民身份号码须与实名认证一致' } },
    });
    const { token: unverified } = await h.login();
    expect(await h.call(unverified, 'birth', 'submit', birthInput(applicant, father()), newKey())).toMatchObject({
      ok: false,
      error: { code: 'NOT_VERIFIED' },
    });
  });

  test('eligibility is checked on the server, naming the field', async () => {
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    const base = birthInput(applicant, father());
    const cases: [Partial<typeof base>, string, RegExp][] = [
      [{ child: { ...base.child, birthDate: addDays(TODAY, -400) } }, 'child.birthDate', /未满1周岁/],
      [{ child: { ...base.child, birthDate: addDays(TODAY, 1) } }, 'child.birthDate', /不能晚于今天/],
      [{ child: { ...base.child, hospitalId: 'elsewhere' } }, 'child.hospitalId', /出生医院/],
      [
        {
          applicant: { ...base.applicant, hukouTownship: 'outside' },
          otherParent: { ...base.otherParent, hukouTownship: 'outside' },
        },
        'applicant.hukouTownship',
        /盈江户籍/,
      ],
    ];
    for (const [override, path, message] of cases) {
      const result = await h.call(token, 'birth', 'submit', { ...base, ...override }, newKey());
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [path]: expect.stringMatching(message) } } });
    }
    expect(await h.ok(token, 'birth', 'mine')).toEqual([]);
  });

  test('a registration that is not the caller’s cannot be named', async () => {
    const other = await verifiedUser(h, mother());
    const reg = await h.ok(other.token, 'registration', 'submit', registrationInput(other.person, father()), newKey());
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    expect(await h.call(token, 'birth', 'submit', birthInput(applicant, father(), { registrationId: reg.id }), newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { registrationId: expect.stringContaining('未找到该生育登记') } },
    });
  });
});

describe('one case per child, one child per ID number, one couple per registration', () => {
  test('the database itself refuses a second case of a child and a second child with one ID number', async () => {
    const fam = await submittedCase(h);
    const row = await h.db.selectFrom('birth_cases').selectAll().where('id', '=', fam.view.id).executeTakeFirstOrThrow();
    const copy = (changes: Partial<typeof row>) =>
      h.db
        .insertInto('birth_cases')
        .values({ ...row, id: `copy-${Math.random()}`, number: `CS${Date.now()}${Math.random()}`, ...changes })
        .execute();
    expect(isUniqueViolation(await copy({}).catch((e: unknown) => e))).toBe(true);
    // Cases of other children: several may wait for their number (NULL), but a number is one child's.
    await copy({ child_name: '测试二宝' });
    await copy({ child_name: '测试三宝' });
    const hash = h.crypto.hash(childIdNumber());
    await copy({ child_name: '测试四宝', child_id_hash: hash });
    expect(isUniqueViolation(await copy({ child_name: '测试五宝', child_id_hash: hash }).catch((e: unknown) => e))).toBe(true);
  });

  test('a resubmission may not turn a case into another case of the same child', async () => {
    const applicant = mother();
    const otherParent = father();
    const { token } = await verifiedUser(h, applicant);
    const first = await h.ok(token, 'birth', 'submit', birthInput(applicant, otherParent), newKey());
    const twinInput = birthInput(applicant, otherParent, { child: { ...birthInput(applicant, otherParent).child, name: '测试二宝' } });
    const twin = await h.ok(token, 'birth', 'submit', twinInput, newKey());
    await h.ok(c.birth_certificate, 'birth', 'rejectStep', { caseId: twin.id, step: 'birth_certificate', reason: '姓名有误' });
    expect(
      await h.call(token, 'birth', 'resubmitStep', {
        id: twin.id,
        step: 'birth_certificate',
        input: { ...twinInput, child: { ...twinInput.child, name: '测试宝宝' } },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: `测试宝宝的“出生一件事”办理中（办件编号 ${first.number}），无需重复申请，请在“我的办件”中查看` },
    });
    expect((await h.ok(token, 'birth', 'get', { id: twin.id })).child.name).toBe('测试二宝');
  });

  test('the registration named must be of this couple', async () => {
    const applicant = mother();
    const spouse = father();
    const { token } = await verifiedUser(h, applicant);
    const reg = await h.ok(token, 'registration', 'submit', registrationInput(applicant, spouse), newKey());
    expect(await h.call(token, 'birth', 'submit', birthInput(applicant, father(), { registrationId: reg.id }), newKey())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { registrationId: '所选生育登记的夫妻双方与本次申请的父母不一致，请重新选择或留空' } },
    });
    const view = await h.ok(token, 'birth', 'submit', birthInput(applicant, spouse, { registrationId: reg.id }), newKey());
    expect(view.status).toBe('in_progress');
  });
});

describe('eligibility and prefill', () => {
  test('eligible, or one offline guide per condition', async () => {
    const { token } = await verifiedUser(h, mother());
    expect(
      await h.ok(token, 'birth', 'eligibility', {
        hospitalId: 'yj-people',
        firstIssue: true,
        birthDate: CHILD_BIRTH_DATE,
        localHukouParent: true,
      }),
    ).toEqual({
      eligible: true,
    });
    const result = await h.ok(token, 'birth', 'eligibility', {
      hospitalId: 'elsewhere',
      firstIssue: false,
      birthDate: addDays(TODAY, -500),
      localHukouParent: false,
    });
    expect(result.eligible).toBe(false);
    const guides = result.eligible ? [] : result.guides;
    expect(guides.map((g) => g.reason)).toEqual(['not_in_institution', 'not_first_issue', 'over_one_year', 'no_local_hukou']);
    for (const g of guides)
      expect(g).toEqual({ reason: expect.any(String), why: expect.any(String), where: expect.any(String), bring: expect.any(Array) });
    expect(
      await h.call(token, 'birth', 'eligibility', { hospitalId: 'paris', firstIssue: true, birthDate: TODAY, localHukouParent: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { hospitalId: expect.any(String) } },
    });
    const { token: unverified } = await h.login();
    expect(
      await h.call(unverified, 'birth', 'eligibility', {
        hospitalId: 'yj-people',
        firstIssue: true,
        birthDate: TODAY,
        localHukouParent: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_VERIFIED' },
    });
  });

  test('a case already made for a child born that day is said before the form: 办理中, then 已办结, for both parents', async () => {
    const fam = await submittedCase(h);
    const ask = (token: string) =>
      h.ok(token, 'birth', 'eligibility', {
        hospitalId: 'yj-people',
        firstIssue: true,
        birthDate: CHILD_BIRTH_DATE,
        localHukouParent: true,
      });
    const expected = (status: string, statusText: string) => ({
      eligible: true,
      existing: [
        {
          id: fam.view.id,
          number: fam.view.number,
          childName: '测试宝宝',
          childBirthDate: CHILD_BIRTH_DATE,
          status,
          statusText,
          link: `/packages/birth/case/index?id=${fam.view.id}`,
        },
      ],
    });
    expect(await ask(fam.token)).toEqual(expected('in_progress', '办理中'));
    const { token: other } = await joinedOtherParent(h, fam);
    expect(await ask(other)).toEqual(expected('in_progress', '办理中'));
    // Another day: nothing to say.
    expect(
      await h.ok(fam.token, 'birth', 'eligibility', {
        hospitalId: 'yj-people',
        firstIssue: true,
        birthDate: addDays(CHILD_BIRTH_DATE, -1),
        localHukouParent: true,
      }),
    ).toEqual({ eligible: true });
    const r = results();
    for (const step of ['birth_certificate', 'vaccination', 'hukou', 'medical_insurance', 'social_security'] as const)
      await work(h, c, fam.view.id, step, r[step]);
    expect(await ask(fam.token)).toEqual(expected('completed', '已办结'));
    // The finished case carries its summary: each result, where and when to collect it, what to bring.
    const view = await h.ok(fam.token, 'birth', 'get', { id: fam.view.id });
    expect(view.summary!.map((s) => s.step)).toEqual(['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination']);
    expect(view.summary![0]).toMatchObject({
      result: '出生医学证明',
      where: '盈江县人民医院 出生医学证明办理窗口',
      bring: expect.arrayContaining(['父母双方的身份证']),
    });
    expect(view.summary![1]).toMatchObject({ where: `${r.hukou.policeStation} 户籍窗口` });
    expect(view.summary![2]).toMatchObject({ how: expect.stringContaining('缴费'), source: expect.stringContaining('90天') });
    expect(view.summary![3]).toMatchObject({ where: `已邮寄，单号 ${r.social_security.trackingNumber}` });
    expect(view.summary![4]).toMatchObject({ where: r.vaccination.clinicName });
    expect(JSON.stringify(view.summary)).not.toMatch(/待核|待确认|toConfirm/);
    const unfinished = await submittedCase(h);
    expect(unfinished.view.summary).toBeUndefined();
    // And the submit itself, if reached, names the same state.
    expect(await h.call(fam.token, 'birth', 'submit', fam.input, newKey())).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `测试宝宝的“出生一件事”已办结（办件编号 ${fam.view.number}），无需重复申请，请在“我的办件”中查看`,
      },
    });
  });

  test('the demo newborn parent: everything the registration holds, nothing asked again', async () => {
    const { token } = await h.login('newborn_parent');
    const p = await h.ok(token, 'birth', 'prefill');
    expect(p).toEqual({
      registrationId: expect.any(String),
      applicant: {
        name: '演示王芳',
        idNumber: DEMO_PEOPLE.newborn_parent.idNumber,
        ethnicity: 'jingpo',
        phone: '13800138003',
        hukouTownship: 'pingyuan',
        hukouAddress: '平原镇样例社区样例路6号',
      },
      otherParent: expect.objectContaining({ name: '演示陈刚', ethnicity: 'han', hukouTownship: 'pingyuan' }),
      child: { birthDate: addDays(TODAY, -10) },
    });
  });

  test('the spouse gets the registration the other way round; no registration → only the identity', async () => {
    const applicant = mother();
    const spouse = father();
    const a = await verifiedUser(h, applicant);
    const reg = await h.ok(a.token, 'registration', 'submit', registrationInput(applicant, spouse), newKey());
    const s = await verifiedUser(h, spouse);
    await h.ok(s.token, 'registration', 'answerSpouse', { id: reg.id, answer: 'confirm' });
    const p = await h.ok(s.token, 'birth', 'prefill');
    expect(p.registrationId).toBe(reg.id);
    expect(p.applicant).toMatchObject({ name: spouse.name, idNumber: spouse.idNumber, ethnicity: 'jingpo', hukouTownship: 'outside' });
    expect(p.otherParent).toMatchObject({ name: applicant.name, idNumber: applicant.idNumber, phone: '13800138111' });
    expect(p.child).toBeUndefined(); // still pregnant

    const lone = await verifiedUser(h, mother());
    expect(await h.ok(lone.token, 'birth', 'prefill')).toEqual({ applicant: { name: lone.person.name, idNumber: lone.person.idNumber } });
  });

  test('the demo newborn parent can submit from the prefill', async () => {
    const { token } = await h.login('newborn_parent');
    const p = await h.ok(token, 'birth', 'prefill');
    // The demo parent's 生育登记 fills every part of the prefill.
    const input = birthInput(p.applicant as Person, p.otherParent as Person, {
      registrationId: p.registrationId,
      applicant: p.applicant as BirthApplicationInput['applicant'],
      otherParent: p.otherParent as BirthApplicationInput['otherParent'],
    });
    input.child = { ...input.child, name: '演示陈小满', sex: 'F', birthDate: p.child!.birthDate!, ethnicity: 'han', hospitalId: 'yj-mch' };
    input.household = { ...input.household, hukouTownship: 'pingyuan', address: '平原镇样例社区样例路6号' };
    const view = await h.ok(token, 'birth', 'submit', input, newKey());
    expect(view.child).toMatchObject({ name: '演示陈小满', hospitalName: '盈江县妇幼保健院' });
    const row = await h.db
      .selectFrom('birth_cases')
      .select(['registration_id', 'family_id'])
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(row.registration_id).toBe(p.registrationId);
    const reg = await h.db.selectFrom('registrations').select('family_id').where('id', '=', p.registrationId!).executeTakeFirstOrThrow();
    expect(row.family_id).toBe(reg.family_id);
  });
});

describe('the whole flow', () => {
  test('hospital → police → 医保 and 人社, clinic in parallel; the parent sees every change', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    const r = results();
    const inboxCount = async () => (await h.ok(fam.token, 'account', 'inbox')).length;
    expect(await inboxCount()).toBe(1);

    // The hospital: in its queue, accepts, completes with the certificate number.
    const queue = await h.ok(c.birth_certificate, 'birth', 'bundleQueue', {});
    expect(queue).toContainEqual({
      caseId: id,
      caseNumber: fam.view.number,
      step: 'birth_certificate',
      status: 'pending',
      since: NOW.toISOString(),
      childName: '测试宝宝',
      childBirthDate: CHILD_BIRTH_DATE,
    });
    expect(await h.ok(c.hukou, 'birth', 'bundleQueue', {})).not.toContainEqual(expect.objectContaining({ caseId: id }));
    h.clock.set(at(10));
    const accepted = await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: id, step: 'birth_certificate' });
    expect(accepted.status).toBe('accepted');
    expect(await inboxCount()).toBe(2);
    expect((await h.ok(fam.token, 'account', 'inbox'))[0]).toMatchObject({ title: '出生医学证明已受理' });
    h.clock.set(at(20));
    const done = await h.ok(c.birth_certificate, 'birth', 'completeStep', {
      caseId: id,
      step: 'birth_certificate',
      result: r.birth_certificate,
    });
    expect(done).toMatchObject({ status: 'done', result: [{ label: '出生医学证明编号', value: r.birth_certificate.certificateNumber }] });
    let view = await h.ok(fam.token, 'birth', 'get', { id });
    expect(statuses(view)).toMatchObject({ birth_certificate: 'done', hukou: 'pending', medical_insurance: 'waiting' });
    expect(view.steps[1]!.events.at(-1)).toEqual({
      at: at(20).toISOString(),
      status: 'pending',
      by: 'system',
      note: expect.stringContaining('公安派出所'),
    });
    const certMsg = (await h.ok(fam.token, 'account', 'inbox'))[0];
    expect(certMsg.title).toBe('出生医学证明已办结');
    expect(certMsg.body).toContain(r.birth_certificate.certificateNumber);
    expect(certMsg.body).toContain('户口登记已自动转办');

    // The clinic, in parallel.
    await work(h, c, id, 'vaccination', r.vaccination);

    // The police: the hukou step arrived at 20 minutes, with the certificate number.
    const policeQueue = await h.ok(c.hukou, 'birth', 'bundleQueue', {});
    expect(policeQueue).toContainEqual(
      expect.objectContaining({ caseId: id, step: 'hukou', status: 'pending', since: at(20).toISOString() }),
    );
    const policeWork = await h.ok(c.hukou, 'birth', 'bundleStep', { caseId: id, step: 'hukou' });
    expect(policeWork.data).toContainEqual({ label: '出生医学证明编号', value: r.birth_certificate.certificateNumber });
    h.clock.set(at(30));
    await work(h, c, id, 'hukou', r.hukou);
    view = await h.ok(fam.token, 'birth', 'get', { id });
    expect(statuses(view)).toMatchObject({ hukou: 'done', medical_insurance: 'pending', social_security: 'pending' });
    // The case page shows the child's new number in full; the list and the message mask it.
    expect(view.steps[1]!.result).toContainEqual({ label: '孩子的公民身份号码', value: r.hukou.childIdNumber });
    const listed = (await h.ok(fam.token, 'birth', 'mine'))[0]!;
    expect(JSON.stringify(listed)).not.toContain(r.hukou.childIdNumber);
    expect(listed.steps[1]!.result).toContainEqual({
      label: '孩子的公民身份号码',
      value: `${r.hukou.childIdNumber.slice(0, 4)}**********${r.hukou.childIdNumber.slice(-4)}`,
    });
    const byTitle = async (title: string) => (await h.ok(fam.token, 'account', 'inbox')).find((m: { title: string }) => m.title === title)!;
    const hukouMsg = await byTitle('户口登记已办结');
    expect(hukouMsg.body).not.toContain(r.hukou.childIdNumber);
    expect(hukouMsg.body).toContain(r.hukou.childIdNumber.slice(-4));
    expect(view.deadlines[0]).toMatchObject({ key: 'hukou', met: true });

    // 医保 and 人社 receive the child's ID number from the police.
    for (const step of ['medical_insurance', 'social_security'] as const) {
      const w = await h.ok(c[step], 'birth', 'bundleStep', { caseId: id, step });
      expect(w.data).toContainEqual({ label: '孩子的公民身份号码', value: r.hukou.childIdNumber });
    }
    await work(h, c, id, 'medical_insurance', r.medical_insurance);
    view = await h.ok(fam.token, 'birth', 'get', { id });
    expect(view.status).toBe('in_progress');
    h.clock.set(at(40));
    await work(h, c, id, 'social_security', r.social_security);
    h.clock.set(NOW);

    view = await h.ok(fam.token, 'birth', 'get', { id });
    expect(view.status).toBe('completed');
    expect(Object.values(statuses(view))).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(view.steps.find((s) => s.key === 'medical_insurance')!.result).toEqual([
      { label: '医保参保编号', value: r.medical_insurance.insuranceNumber },
      { label: '缴费日期', value: TODAY },
      { label: '保障起始日期', value: CHILD_BIRTH_DATE },
    ]);
    expect(view.steps.find((s) => s.key === 'social_security')!.result).toContainEqual({
      label: '社会保障卡卡号',
      value: r.social_security.cardNumber,
    });
    expect(view.deadlines.map((d) => d.met)).toEqual([true, true]);
    expect(view.steps[0]!.events.map((e) => [e.status, e.by])).toEqual([
      ['pending', 'system'],
      ['accepted', 'clerk'],
      ['done', 'clerk'],
    ]);

    // A message at every change: submit + 5 × (accepted, done).
    const inbox = await h.ok(fam.token, 'account', 'inbox');
    expect(inbox).toHaveLength(11);
    expect(inbox.find((m: { title: string }) => m.title === '社保卡申领已办结')!.body).toContain('全部事项已办结');
    expect(inbox.map((m: { title: string }) => m.title).sort()).toEqual(
      [
        '出生一件事已受理',
        ...['出生医学证明', '预防接种证', '户口登记', '医保参保', '社保卡申领'].flatMap((t) => [`${t}已受理`, `${t}已办结`]),
      ].sort(),
    );
    const cases = await h.ok(fam.token, 'account', 'myCases');
    expect(cases[0]).toMatchObject({ refId: id, status: 'completed', statusText: '已办结' });

    // Every decision and every read is in the audit log, by the clerk's role.
    const audit = await h.db.selectFrom('audit_log').selectAll().where('target_id', '=', id).orderBy('at').execute();
    const actions = audit.map((a) => `${a.actor_role}:${a.action}`);
    for (const role of ['hospital', 'clinic', 'police', 'medical_insurance', 'social_security']) {
      expect(actions).toContain(`${role}:bundle.accept`);
      expect(actions).toContain(`${role}:bundle.complete`);
    }
    expect(actions).toContain('police:bundle.read');
    expect(audit.map((a) => a.detail_json).join('')).not.toContain(r.hukou.childIdNumber);
    // The queues are empty of this case again.
    for (const token of Object.values(c))
      expect(await h.ok(token, 'birth', 'bundleQueue', {})).not.toContainEqual(expect.objectContaining({ caseId: id }));
  });

  test('deadlines: late hukou and late payment are not met', async () => {
    const fam = await submittedCase(h, { child: { ...birthInput(mother(), father()).child, birthDate: addDays(TODAY, -100) } });
    const id = fam.view.id;
    expect(fam.view.deadlines.map((d) => d.met)).toEqual([false, false]);
    const r = results(childIdNumber(addDays(TODAY, -100)));
    await work(h, c, id, 'birth_certificate', r.birth_certificate);
    await work(h, c, id, 'hukou', r.hukou);
    await work(h, c, id, 'medical_insurance', r.medical_insurance);
    const view = await h.ok(fam.token, 'birth', 'get', { id });
    expect(view.deadlines.map((d) => d.met)).toEqual([false, false]);
    expect(view.steps.find((s) => s.key === 'medical_insurance')!.result).toContainEqual({ label: '保障起始日期', value: TODAY });
  });
});

describe('leaving services out', () => {
  test('without vaccination: excluded, the rest as usual', async () => {
    const { view } = await submittedCase(h, { services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security'] });
    expect(statuses(view)).toMatchObject({ vaccination: 'excluded', birth_certificate: 'pending', hukou: 'waiting' });
    expect(view.steps.find((s) => s.key === 'vaccination')!.events).toEqual([
      expect.objectContaining({ status: 'excluded', by: 'system' }),
    ]);
    expect(await h.ok(c.vaccination, 'birth', 'bundleQueue', {})).not.toContainEqual(expect.objectContaining({ caseId: view.id }));
    expect(await h.call(c.vaccination, 'birth', 'bundleStep', { caseId: view.id, step: 'vaccination' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('without hukou: insurance and card are out too, and the case completes without them', async () => {
    const fam = await submittedCase(h, { services: ['birth_certificate', 'vaccination'] });
    expect(statuses(fam.view)).toEqual({
      birth_certificate: 'pending',
      hukou: 'excluded',
      medical_insurance: 'excluded',
      social_security: 'excluded',
      vaccination: 'pending',
    });
    expect(fam.view.deadlines).toEqual([]);
    const r = results();
    await work(h, c, fam.view.id, 'birth_certificate', r.birth_certificate);
    const mid = await h.ok(fam.token, 'birth', 'get', { id: fam.view.id });
    expect(statuses(mid).hukou).toBe('excluded');
    await work(h, c, fam.view.id, 'vaccination', r.vaccination);
    expect((await h.ok(fam.token, 'birth', 'get', { id: fam.view.id })).status).toBe('completed');
  });

  test('asking for insurance without hukou is refused, naming services', async () => {
    const applicant = mother();
    const { token } = await verifiedUser(h, applicant);
    const result = await h.call(
      token,
      'birth',
      'submit',
      birthInput(applicant, father(), { services: ['birth_certificate', 'medical_insurance'] }),
      newKey(),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { services: expect.stringContaining('户口登记') } },
    });
  });
});

describe('who sees a case', () => {
  test('another family gets NOT_FOUND; the other parent may look but not edit', async () => {
    const fam = await submittedCase(h);
    const stranger = await verifiedUser(h, mother());
    for (const action of ['get', 'editable']) {
      expect(await h.callRaw(stranger.token, 'birth', action, { id: fam.view.id })).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '未找到该办件' },
      });
    }
    expect(
      await h.call(stranger.token, 'birth', 'resubmitStep', {
        id: fam.view.id,
        step: 'hukou',
        input: birthInput(stranger.person, father()),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.ok(stranger.token, 'birth', 'mine')).toEqual([]);
    expect(await h.call(stranger.token, 'birth', 'get', { id: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // The father verifies later and answers 这是我: he sees the case (full), but only the applicant edits it.
    const dad = await joinedOtherParent(h, fam);
    expect(await h.ok(dad.token, 'birth', 'get', { id: fam.view.id })).toEqual({ ...fam.view, otherParentConsent: 'confirmed' });
    expect((await h.ok(dad.token, 'birth', 'mine')).map((v: BirthCaseView) => v.id)).toEqual([fam.view.id]);
    expect(await h.call(dad.token, 'birth', 'editable', { id: fam.view.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // His 这是我 brought him into the family: the case is in his 办件 too.
    expect(await h.ok(dad.token, 'account', 'myCases')).toEqual([expect.objectContaining({ kind: 'birth', refId: fam.view.id })]);

    // The applicant gets the full input back.
    expect(await h.ok(fam.token, 'birth', 'editable', { id: fam.view.id })).toEqual(fam.input);
    // A clerk is not a family member.
    expect(await h.call(c.hukou, 'birth', 'get', { id: fam.view.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('at rest', () => {
  test('the database at rest holds no parent or child ID number, and no phone, in clear', async () => {
    const fam = await submittedCase(h);
    const r = results();
    await work(h, c, fam.view.id, 'birth_certificate', r.birth_certificate);
    await work(h, c, fam.view.id, 'hukou', r.hukou);
    const bytes = await h.atRest();
    const text = bytes.toString('latin1');
    for (const secret of [
      fam.applicant.idNumber,
      fam.otherParent.idNumber,
      r.hukou.childIdNumber,
      '13800138111',
      '13800138222',
      DEMO_PEOPLE.newborn_parent.idNumber,
    ]) {
      expect(text).not.toContain(secret);
    }
    // The child's name is not secret (it is the 办件 title); it is there, so the scan does read the data.
    expect(bytes.includes(Buffer.from('测试宝宝'))).toBe(true);
  });
});
