import { addDays } from '../../domain/dates';
import type { RegistrationInput } from '../../domain/registration/types';
import { withWrongCheckDigit } from '../fixtures/people';
import { createHarness, TODAY, type Harness } from './harness';
import { birthInput } from './birthPeople';
import { father, mother, newKey, registrationInput, submitted, verifiedUser } from './people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

async function countRegistrationsOf(idNumber: string): Promise<number> {
  const rows = await h.db.selectFrom('registrations').select('id').where('applicant_id_hash', '=', h.crypto.hash(idNumber)).execute();
  return rows.length;
}

describe('submit', () => {
  test('happy path: number, 孩次, masked view, 办件 and inbox', async () => {
    const { token, applicant, spouse, view } = await submitted(h);
    expect(view).toMatchObject({
      number: expect.stringMatching(/^SY5331232026\d{6}$/),
      status: 'registered',
      childOrder: 2,
      stage: 'pregnant',
      dueDate: addDays(TODAY, 100),
      township: 'nongzhang',
      marriageDate: '2020-05-20',
      corrections: [],
      createdAt: '2026-11-28T02:00:00.000Z',
    });
    expect(view.applicant).toEqual({
      name: applicant.name,
      idNumberMasked: `${applicant.idNumber.slice(0, 4)}**********${applicant.idNumber.slice(-4)}`,
      sex: 'F',
      ethnicity: 'dai',
      phoneMasked: '138****8111',
      hukouTownship: 'nongzhang',
      hukouAddress: '弄璋镇测试村1号',
    });
    expect(view.spouse).toMatchObject({ name: spouse.name, sex: 'M', phoneMasked: '138****8222', hukouTownship: 'outside' });
    expect(JSON.stringify(view)).not.toContain(applicant.idNumber);
    expect(JSON.stringify(view)).not.toContain(spouse.idNumber);

    const cases = await h.ok(token, 'account', 'myCases');
    expect(cases).toEqual([expect.objectContaining({ refId: view.id, title: '生育登记（二孩）', statusText: '已登记' })]);
    const inbox = await h.ok(token, 'account', 'inbox');
    expect(inbox[0]).toMatchObject({ title: '生育登记已受理', link: `/packages/registration/certificate/index?id=${view.id}` });
    expect(inbox[0].body).toContain(view.number);
  });

  test('numbers run on within the year', async () => {
    const a = await submitted(h);
    const b = await submitted(h);
    expect(Number(b.view.number.slice(-6))).toBe(Number(a.view.number.slice(-6)) + 1);
  });

  test('孩次 counts only living children of this marriage', async () => {
    const { view } = await submitted(h, {
      existingChildren: [
        { name: '测试甲', birthDate: '2021-01-01', sex: 'M', relation: 'this-marriage', deceased: false },
        { name: '测试乙', birthDate: '2015-01-01', sex: 'F', relation: 'previous-marriage', deceased: false },
        { name: '测试丙', birthDate: '2019-01-01', sex: 'F', relation: 'adopted', deceased: false },
        { name: '测试丁', birthDate: '2022-01-01', sex: 'M', relation: 'this-marriage', deceased: true },
      ],
    });
    expect(view.childOrder).toBe(2);
  });

  test('a birth already happened (补登) stores the birth date and drops the due date', async () => {
    const { view } = await submitted(h, { stage: 'born', birthDate: addDays(TODAY, -10), dueDate: addDays(TODAY, 10) });
    expect(view.stage).toBe('born');
    expect(view.birthDate).toBe(addDays(TODAY, -10));
    expect(view.dueDate).toBeUndefined();
  });

  const badInputs: [string, (i: RegistrationInput) => unknown, string, string | RegExp][] = [
    [
      'applicant ID check digit',
      (i) => ({ ...i, applicant: { ...i.applicant, idNumber: withWrongCheckDigit(i.applicant.idNumber) } }),
      'applicant.idNumber',
      '申请人公民身份号码校验位不正确',
    ],
    [
      'spouse ID too short',
      (i) => ({ ...i, spouse: { ...i.spouse, idNumber: '53312319' } }),
      'spouse.idNumber',
      /^配偶公民身份号码格式不正确/,
    ],
    [
      'spouse ID equals applicant',
      (i) => ({ ...i, spouse: { ...i.spouse, idNumber: i.applicant.idNumber } }),
      'spouse.idNumber',
      '配偶公民身份号码不能与申请人相同',
    ],
    [
      'applicant name with digits',
      (i) => ({ ...i, applicant: { ...i.applicant, name: '张3' } }),
      'applicant.name',
      '申请人姓名只能包含汉字、字母、空格和间隔号“·”',
    ],
    ['spouse name missing', (i) => ({ ...i, spouse: { ...i.spouse, name: '' } }), 'spouse.name', '请填写配偶姓名'],
    [
      'applicant phone',
      (i) => ({ ...i, applicant: { ...i.applicant, phone: '12345' } }),
      'applicant.phone',
      '申请人手机号码格式不正确，应为11位手机号',
    ],
    ['spouse ethnicity', (i) => ({ ...i, spouse: { ...i.spouse, ethnicity: 'martian' } }), 'spouse.ethnicity', '请选择配偶民族'],
    [
      'hukou township',
      (i) => ({ ...i, applicant: { ...i.applicant, hukouTownship: 'beijing' } }),
      'applicant.hukouTownship',
      '请选择申请人户籍乡镇',
    ],
    [
      'hukou address too long',
      (i) => ({ ...i, spouse: { ...i.spouse, hukouAddress: '长'.repeat(101) } }),
      'spouse.hukouAddress',
      '配偶户籍地址不能超过100个字',
    ],
    ['township', (i) => ({ ...i, township: 'kunming' }), 'township', '请选择现居住乡镇'],
    ['marriage date in the future', (i) => ({ ...i, marriageDate: addDays(TODAY, 1) }), 'marriageDate', '结婚登记日期不能晚于今天'],
    ['marriage date malformed', (i) => ({ ...i, marriageDate: '2020/05/20' }), 'marriageDate', '结婚登记日期格式不正确，应为YYYY-MM-DD'],
    ['pregnant without due date', (i) => ({ ...i, dueDate: undefined }), 'dueDate', '请选择预产期'],
    ['due date too late', (i) => ({ ...i, dueDate: addDays(TODAY, 301) }), 'dueDate', /^预产期不能晚于今天起300天/],
    ['born without birth date', (i) => ({ ...i, stage: 'born' }), 'birthDate', '请选择出生日期'],
    ['birth date in the future', (i) => ({ ...i, stage: 'born', birthDate: addDays(TODAY, 1) }), 'birthDate', '出生日期不能晚于今天'],
    ['stage unknown', (i) => ({ ...i, stage: 'hoping' }), 'stage', '请选择生育状态'],
    [
      'child birth date',
      (i) => ({ ...i, existingChildren: [{ ...i.existingChildren[0]!, birthDate: '2022-13-01' }] }),
      'existingChildren.0.birthDate',
      '第1个已有子女的出生日期格式不正确，应为YYYY-MM-DD',
    ],
    [
      'child relation',
      (i) => ({ ...i, existingChildren: [{ ...i.existingChildren[0]!, relation: 'cousin' }] }),
      'existingChildren.0.relation',
      '请选择第1个已有子女与本次婚姻的关系',
    ],
    ['children not a list', (i) => ({ ...i, existingChildren: 'none' }), 'existingChildren', '已有子女情况格式不正确'],
    ['an unknown field', (i) => ({ ...i, secret: 1 }), 'secret', '生育登记信息中有无法识别的字段“secret”'],
  ];

  test.each(badInputs)('bad input — %s', async (_name, mutate, path, message) => {
    const { token, person } = await verifiedUser(h);
    const input = mutate(registrationInput(person, father()));
    const result = await h.callRaw(token, 'registration', 'submit', input, newKey());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.fields?.[path]).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(await countRegistrationsOf(person.idNumber)).toBe(0);
  });

  test('a body that is not an object at all', async () => {
    const { token } = await verifiedUser(h);
    const result = await h.callRaw(token, 'registration', 'submit', [1, 2], newKey());
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { _: '生育登记信息格式不正确' } } });
  });

  test('the applicant must be the verified caller', async () => {
    const { token, person } = await verifiedUser(h);
    const otherId = await h.call(token, 'registration', 'submit', registrationInput(mother(), father()), newKey());
    expect(otherId).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'applicant.idNumber': '申请人公民身份号码须与实名认证一致' } },
    });
    const otherName = await h.call(token, 'registration', 'submit', registrationInput({ ...person, name: '别人' }, father()), newKey());
    expect(otherName).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'applicant.name': '申请人姓名须与实名认证一致' } },
    });
  });
});

describe('one registration per pregnancy', () => {
  test('the same couple and pregnancy again is refused naming the 凭证 in force; after a cancellation it is accepted', async () => {
    const { token, person } = await verifiedUser(h);
    const spouse = father();
    const first = await h.ok(token, 'registration', 'submit', registrationInput(person, spouse), newKey());
    // A few days' difference in the 预产期 is still the same pregnancy.
    const again = await h.call(
      token,
      'registration',
      'submit',
      registrationInput(person, spouse, { dueDate: addDays(TODAY, 110) }),
      newKey(),
    );
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `这次怀孕已有有效的生育登记（凭证编号 ${first.number}），无需重复登记；如需修改，请在“办件”中打开该凭证申请更正`,
      },
    });
    await h.ok(token, 'registration', 'cancel', { id: first.id, reason: '信息填写有误' });
    expect(await h.call(token, 'registration', 'submit', registrationInput(person, spouse), newKey())).toMatchObject({ ok: true });
  });
});

describe('idempotency', () => {
  test('submit without a key is refused', async () => {
    const { token, person } = await verifiedUser(h);
    const result = await h.call(token, 'registration', 'submit', registrationInput(person, father()));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idempotencyKey: expect.stringContaining('防重复提交') } },
    });
  });

  test('the same key twice (and twice at once) creates one registration and answers the same', async () => {
    const { token, person } = await verifiedUser(h);
    const input = registrationInput(person, father());
    const key = newKey();
    const first = await h.ok(token, 'registration', 'submit', input, key);
    const again = await h.ok(token, 'registration', 'submit', input, key);
    expect(again).toEqual(first);

    // (Another couple: the same pregnancy cannot be registered twice, whatever the key.)
    const key2 = newKey();
    const input2 = registrationInput(person, father());
    const [x, y] = await Promise.all([
      h.ok(token, 'registration', 'submit', input2, key2),
      h.ok(token, 'registration', 'submit', input2, key2),
    ]);
    expect(x.id).toBe(y.id);
    expect(await countRegistrationsOf(person.idNumber)).toBe(2);
    const inbox = await h.ok(token, 'account', 'inbox');
    expect(inbox.filter((m: { title: string }) => m.title === '生育登记已受理')).toHaveLength(2);
  });

  test('a key already used for another action is a conflict', async () => {
    const { token, person } = await verifiedUser(h);
    const key = newKey();
    await h.ok(token, 'registration', 'submit', registrationInput(person, father()), key);
    const result = await h.call(token, 'birth', 'submit', birthInput(person, father()), key);
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  test('keys belong to one user: another user with the same key gets their own record', async () => {
    const key = newKey();
    const a = await verifiedUser(h);
    const b = await verifiedUser(h);
    const ra = await h.ok(a.token, 'registration', 'submit', registrationInput(a.person, father()), key);
    const rb = await h.ok(b.token, 'registration', 'submit', registrationInput(b.person, father()), key);
    expect(ra.id).not.toBe(rb.id);
  });

  test('a failed submit stores nothing under its key, so the fixed retry goes through', async () => {
    const { token, person } = await verifiedUser(h);
    const key = newKey();
    const bad = await h.callRaw(token, 'registration', 'submit', { ...registrationInput(person, father()), township: 'x' }, key);
    expect(bad.ok).toBe(false);
    const good = await h.call(token, 'registration', 'submit', registrationInput(person, father()), key);
    expect(good.ok).toBe(true);
  });

  test('an action that declares no idempotency ignores a key: its answer is neither stored nor replayed', async () => {
    const { token, view, input } = await submitted(h);
    const key = newKey();
    // registration.editable answers with clear ID numbers and phones.
    expect(await h.ok(token, 'registration', 'editable', { id: view.id }, key)).toEqual(input);
    expect(await h.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).execute()).toEqual([]);
    // The same key on a correction and on the next read: each answers afresh.
    const corrected: RegistrationInput = { ...input, spouse: { ...input.spouse, phone: '13900139001' } };
    expect((await h.ok(token, 'registration', 'correct', { id: view.id, input: corrected }, key)).spouse.phoneMasked).toBe('139****9001');
    expect(await h.ok(token, 'registration', 'editable', { id: view.id }, key)).toEqual(corrected);
    expect(await h.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).execute()).toEqual([]);
    // Ignored means not even looked at.
    expect((await h.call(token, 'registration', 'get', { id: view.id }, 'bad key!')).ok).toBe(true);
  });

  test('a stored answer is sealed with the field key and opened on replay', async () => {
    const { token, person } = await verifiedUser(h);
    const input = registrationInput(person, father());
    const key = newKey();
    const first = await h.ok(token, 'registration', 'submit', input, key);
    const row = await h.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    for (const clear of [first.number, first.id, person.name, first.applicant.idNumberMasked]) expect(row.result_json).not.toContain(clear);
    expect(JSON.parse(h.crypto.decrypt(row.result_json))).toEqual(first);
    expect(await h.ok(token, 'registration', 'submit', input, key)).toEqual(first);
  });

  test('a malformed key is refused', async () => {
    const { token, person } = await verifiedUser(h);
    const result = await h.call(token, 'registration', 'submit', registrationInput(person, father()), 'bad key!');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { idempotencyKey: expect.any(String) } } });
  });
});

describe('who sees what', () => {
  test("another user's get / editable / correct / cancel are NOT_FOUND", async () => {
    const { view, input } = await submitted(h);
    const stranger = await verifiedUser(h);
    for (const [action, payload] of [
      ['get', { id: view.id }],
      ['editable', { id: view.id }],
      ['correct', { id: view.id, input: { ...input, applicant: { ...input.applicant, ...stranger.person } } }],
      ['cancel', { id: view.id, reason: '恶意注销' }],
    ] as const) {
      expect(await h.callRaw(stranger.token, 'registration', action, payload)).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '未找到该生育登记' },
      });
    }
    expect(await h.call(stranger.token, 'registration', 'get', { id: 'no-such-id' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.ok(stranger.token, 'registration', 'mine')).toEqual([]);
  });

  test('a spouse who verifies later sees the registration, the 办件 and the family, but may not change it', async () => {
    const { view, spouse, applicant } = await submitted(h);
    const { token } = await h.login();
    expect(await h.call(token, 'registration', 'get', { id: view.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Verifying does not move them: they are asked, and join by answering 这是我.
    const verified = await h.ok(token, 'account', 'verifyIdentity', spouse);
    expect(verified.family.map((m: { relation: string }) => m.relation)).toEqual(['self']);
    await h.ok(token, 'registration', 'answerSpouse', { id: view.id, answer: 'confirm' });
    const me = await h.ok(token, 'account', 'me');
    expect(me.family.map((m: { relation: string }) => m.relation)).toEqual(['self', 'spouse', 'child', 'expected']);
    expect(me.family[1]).toMatchObject({ relation: 'spouse', name: applicant.name, idNumberMasked: view.applicant.idNumberMasked });

    expect((await h.ok(token, 'registration', 'get', { id: view.id })).number).toBe(view.number);
    expect((await h.ok(token, 'registration', 'mine')).map((r: { id: string }) => r.id)).toEqual([view.id]);
    expect((await h.ok(token, 'account', 'myCases')).map((c: { refId: string }) => c.refId)).toEqual([view.id]);
    expect(await h.call(token, 'registration', 'editable', { id: view.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call(token, 'registration', 'cancel', { id: view.id, reason: '不要了' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  test('a spouse verified before the submit is linked once they confirm it is them', async () => {
    const spouse = await verifiedUser(h, father());
    const applicant = await verifiedUser(h);
    const view = await h.ok(applicant.token, 'registration', 'submit', registrationInput(applicant.person, spouse.person), newKey());
    expect(view.spouseConsent).toBe('pending');
    expect(await h.ok(spouse.token, 'account', 'myCases')).toEqual([]);
    await h.ok(spouse.token, 'registration', 'answerSpouse', { id: view.id, answer: 'confirm' });
    expect((await h.ok(spouse.token, 'account', 'myCases')).map((c: { refId: string }) => c.refId)).toEqual([view.id]);
  });

  test('editable returns the full input; id is validated', async () => {
    const { token, view, input } = await submitted(h);
    expect(await h.ok(token, 'registration', 'editable', { id: view.id })).toEqual(input);
    expect(await h.call(token, 'registration', 'editable', { id: 'x'.repeat(65) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { id: '记录标识不能超过64个字' } },
    });
    expect(await h.callRaw(token, 'registration', 'get', { id: view.id, more: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('correct', () => {
  test('re-validated by the same schema, with paths under input', async () => {
    const { token, view, input } = await submitted(h);
    const bad = await h.call(token, 'registration', 'correct', {
      id: view.id,
      input: { ...input, spouse: { ...input.spouse, phone: '123' } },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'input.spouse.phone': '配偶手机号码格式不正确，应为11位手机号' } },
    });
    const otherApplicant = await h.call(token, 'registration', 'correct', {
      id: view.id,
      input: { ...input, applicant: { ...input.applicant, idNumber: mother().idNumber } },
    });
    expect(otherApplicant).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'input.applicant.idNumber': '申请人公民身份号码须与实名认证一致' } },
    });
  });

  test('records the changed fields, recomputes 孩次, updates the 办件 and tells the applicant', async () => {
    const { token, view, input } = await submitted(h);
    const corrected: RegistrationInput = {
      ...input,
      spouse: { ...input.spouse, phone: '13900139000' },
      existingChildren: [
        ...input.existingChildren,
        { name: '测试次女', birthDate: '2024-03-03', sex: 'F', relation: 'this-marriage', deceased: false },
      ],
    };
    h.clock.set(new Date('2026-11-28T03:00:00Z'));
    const after = await h.ok(token, 'registration', 'correct', { id: view.id, input: corrected });
    h.clock.set(new Date('2026-11-28T02:00:00Z'));
    expect(after.childOrder).toBe(3);
    expect(after.number).toBe(view.number);
    expect(after.spouse.phoneMasked).toBe('139****9000');
    expect(after.updatedAt).toBe('2026-11-28T03:00:00.000Z');
    expect(after.corrections).toEqual([{ at: '2026-11-28T03:00:00.000Z', by: 'applicant', fields: ['spouse.phone', 'existingChildren'] }]);
    const cases = await h.ok(token, 'account', 'myCases');
    expect(cases[0]).toMatchObject({ title: '生育登记（三孩）', updatedAt: '2026-11-28T03:00:00.000Z' });
    const inbox = await h.ok(token, 'account', 'inbox');
    expect(inbox.map((m: { title: string }) => m.title)).toContain('生育登记信息已更正');

    // Nothing changed: nothing recorded.
    const same = await h.ok(token, 'registration', 'correct', { id: view.id, input: corrected });
    expect(same.corrections).toHaveLength(1);
  });
});

describe('cancel', () => {
  test('needs a reason; cancels once; a second cancel and a later correction are conflicts', async () => {
    const { token, view, input } = await submitted(h);
    expect(await h.callRaw(token, 'registration', 'cancel', { id: view.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '请填写注销原因' } },
    });
    expect(await h.call(token, 'registration', 'cancel', { id: view.id, reason: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: '请填写注销原因' } },
    });
    const cancelled = await h.ok(token, 'registration', 'cancel', { id: view.id, reason: '信息填错，重新登记' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '信息填错，重新登记' });
    expect((await h.ok(token, 'account', 'myCases'))[0]).toMatchObject({ status: 'cancelled', statusText: '已注销' });
    expect(await h.call(token, 'registration', 'cancel', { id: view.id, reason: '再来' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await h.call(token, 'registration', 'correct', { id: view.id, input })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // A cancelled registration no longer gives 我的 a spouse or an expected baby; the children it
    // named are still the family's children.
    const me = await h.ok(token, 'account', 'me');
    expect(me.family.map((m: { relation: string }) => m.relation)).toEqual(['self', 'child']);
  });
});
