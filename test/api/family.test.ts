// Who is in whose family. Anyone can type anyone's ID number into a spouse field, so being named must
// never take a person out of their family, show them a stranger's records or show the stranger theirs;
// and a person named by mistake leaves the family again when the record is corrected or cancelled.
import type { ExistingChild } from '../../domain/registration/types';
import { createHarness, type Harness } from './harness';
import { birthInput, CHILD_BIRTH_DATE, clerks, type Clerks } from './birthPeople';
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

const CASE_NOT_FOUND = { ok: false, error: { code: 'NOT_FOUND', message: '未找到该办件' } };
const REGISTRATION_NOT_FOUND = { ok: false, error: { code: 'NOT_FOUND', message: '未找到该生育登记' } };

const kid = (name: string, birthDate = '2022-02-02'): ExistingChild => ({
  name,
  birthDate,
  sex: 'M',
  relation: 'this-marriage',
  deceased: false,
});

const familyOf = async (person: Person) =>
  (
    await h.db
      .selectFrom('users')
      .select('family_id')
      .where('id_number_hash', '=', h.crypto.hash(person.idNumber))
      .executeTakeFirstOrThrow()
  ).family_id;

/** Everything a parent's pages list: names of children, ids of 办件, registrations and cases. */
async function whatTheySee(token: string) {
  const [children, cases, registrations, births] = await Promise.all([
    h.ok(token, 'account', 'children'),
    h.ok(token, 'account', 'myCases'),
    h.ok(token, 'registration', 'mine'),
    h.ok(token, 'birth', 'mine'),
  ]);
  return {
    children: children.map((k) => k.name).sort(),
    cases: cases.map((k) => k.refId).sort(),
    registrations: registrations.map((r) => r.id),
    births: births.map((b) => b.id),
  };
}

describe('naming someone as spouse does not take over their family', () => {
  test('V is married to S; A names V as spouse and other parent: V keeps S, and neither sees the other', async () => {
    const S = mother('真妻子');
    const V = father('被冒名者');
    const A = mother('第三人');
    const s = await verifiedUser(h, S);
    const v = await verifiedUser(h, V);
    const a = await verifiedUser(h, A);

    // S registers with V and applies for their newborn.
    const sReg = await h.ok(s.token, 'registration', 'submit', registrationInput(S, V, { existingChildren: [kid('真长子')] }), newKey());
    await h.ok(v.token, 'registration', 'answerSpouse', { id: sReg.id, answer: 'confirm' });
    const sCase = await h.ok(
      s.token,
      'birth',
      'submit',
      birthInput(S, V, { registrationId: sReg.id, child: { ...birthInput(S, V).child, name: '真宝宝' } }),
      newKey(),
    );
    const family = await familyOf(V);
    expect(family).toBe(await familyOf(S));
    const before = await whatTheySee(v.token);
    expect(before).toEqual({
      children: ['真长子', '真宝宝'].sort(),
      cases: [sReg.id, sCase.id].sort(),
      registrations: [sReg.id],
      births: [sCase.id],
    });

    // A names V — in a registration and in a 出生一件事 application — with A's own phone.
    const aRegInput = registrationInput(A, V, { existingChildren: [kid('冒名长子', '2023-03-03')] });
    aRegInput.applicant.phone = '13911112222';
    const aReg = await h.ok(a.token, 'registration', 'submit', aRegInput, newKey());
    const aCaseInput = birthInput(A, V, { child: { ...birthInput(A, V).child, name: '冒名宝宝' } });
    aCaseInput.applicant.phone = '13911112222';
    const aCase = await h.ok(a.token, 'birth', 'submit', aCaseInput, newKey());
    // A cannot borrow S's registration either.
    expect(
      await h.call(
        a.token,
        'birth',
        'submit',
        birthInput(A, V, { registrationId: sReg.id, child: { ...birthInput(A, V).child, name: '再冒名' } }),
        newKey(),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { registrationId: expect.stringContaining('未找到该生育登记') } },
    });

    // V: still in S's family, seeing exactly what V saw before.
    expect(await whatTheySee(v.token)).toEqual(before);
    const me = await h.ok(v.token, 'account', 'me');
    expect(me.family.find((m: { relation: string }) => m.relation === 'spouse')).toMatchObject({ name: S.name });
    expect(me.family.map((m: { name: string }) => m.name)).toContain('真长子');
    expect(JSON.stringify(me)).not.toContain(A.name);
    const prefill = await h.ok(v.token, 'birth', 'prefill');
    expect(prefill).toMatchObject({ registrationId: sReg.id, otherParent: { name: S.name, idNumber: S.idNumber } });
    for (const secret of [A.idNumber, '13911112222', A.name]) expect(JSON.stringify(prefill)).not.toContain(secret);
    expect(await h.call(v.token, 'registration', 'get', { id: aReg.id })).toEqual(REGISTRATION_NOT_FOUND);
    expect(await h.call(v.token, 'birth', 'get', { id: aCase.id })).toEqual(CASE_NOT_FOUND);
    expect((await h.ok(v.token, 'birth', 'get', { id: sCase.id })).id).toBe(sCase.id);
    expect((await h.ok(v.token, 'registration', 'get', { id: sReg.id })).id).toBe(sReg.id);
    const vDue = await h.ok(v.token, 'account', 'dueNext');
    expect(vDue.map((d) => d.childName)).not.toContain('冒名宝宝');
    expect(await familyOf(V)).toBe(family);

    // A: only A's own records; nothing of V's or S's.
    expect(await whatTheySee(a.token)).toEqual({
      children: ['冒名长子', '冒名宝宝'].sort(),
      cases: [aReg.id, aCase.id].sort(),
      registrations: [aReg.id],
      births: [aCase.id],
    });
    expect(await h.call(a.token, 'registration', 'get', { id: sReg.id })).toEqual(REGISTRATION_NOT_FOUND);
    expect(await h.call(a.token, 'birth', 'get', { id: sCase.id })).toEqual(CASE_NOT_FOUND);
    const aDue = await h.ok(a.token, 'account', 'dueNext');
    expect(aDue.map((d) => d.childName)).not.toContain('真宝宝');

    // S: unchanged.
    expect((await h.ok(s.token, 'account', 'me')).family.find((m: { relation: string }) => m.relation === 'spouse')).toMatchObject({
      name: V.name,
    });
    expect((await whatTheySee(s.token)).children).toEqual(['真长子', '真宝宝'].sort());
  });

  test('a person named by two families before verifying joins neither; naming them again after does not move them', async () => {
    const S = mother('先登记的妻子');
    const V = father('未认证的丈夫');
    const A = mother('另一个申请人');
    const s = await verifiedUser(h, S);
    const a = await verifiedUser(h, A);
    const sReg = await h.ok(s.token, 'registration', 'submit', registrationInput(S, V), newKey());
    await h.ok(a.token, 'registration', 'submit', registrationInput(A, V), newKey());

    const v = await verifiedUser(h, V);
    expect(await familyOf(V)).toBeNull();
    expect((await h.ok(v.token, 'account', 'me')).family.map((m: { relation: string }) => m.relation)).toEqual(['self']);
    expect(await h.ok(v.token, 'registration', 'mine')).toEqual([]);
    expect(await h.call(v.token, 'registration', 'get', { id: sReg.id })).toEqual(REGISTRATION_NOT_FOUND);

    // V files with S: the couple's family is S's registration's, and V is in it.
    await h.ok(v.token, 'registration', 'submit', registrationInput(V, S, { existingChildren: [] }), newKey());
    expect(await familyOf(V)).toBe(await familyOf(S));
    expect((await h.ok(v.token, 'registration', 'get', { id: sReg.id })).id).toBe(sReg.id);
    // A names V again for the same pregnancy: refused as a duplicate of A's own, and V stays.
    expect(await h.call(a.token, 'registration', 'submit', registrationInput(A, V, { existingChildren: [] }), newKey())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await familyOf(V)).toBe(await familyOf(S));
  });
});

describe('a parent named by mistake leaves the family', () => {
  test('the other parent corrected in a resubmission: the wrong one loses the case and the child, the right one gets them', async () => {
    const M = mother('补正的母亲');
    const W = father('填错的父亲');
    const F = father('真正的父亲');
    const m = await verifiedUser(h, M);
    const w = await verifiedUser(h, W);
    const f = await verifiedUser(h, F);
    const view = await h.ok(m.token, 'birth', 'submit', birthInput(M, W), newKey());
    await h.ok(w.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'confirm' });
    expect((await h.ok(w.token, 'birth', 'get', { id: view.id })).id).toBe(view.id);
    expect(await whatTheySee(w.token)).toMatchObject({ children: ['测试宝宝'], cases: [view.id], births: [view.id] });

    await h.ok(c.birth_certificate, 'birth', 'rejectStep', {
      caseId: view.id,
      step: 'birth_certificate',
      reason: '父亲信息与分娩记录不符',
    });
    const input = await h.ok(m.token, 'birth', 'editable', { id: view.id });
    const fixed = birthInput(M, F);
    await h.ok(m.token, 'birth', 'resubmitStep', {
      id: view.id,
      step: 'birth_certificate',
      input: { ...input, otherParent: fixed.otherParent, household: fixed.household },
    });

    expect(await familyOf(W)).toBeNull();
    expect(await h.call(w.token, 'birth', 'get', { id: view.id })).toEqual(CASE_NOT_FOUND);
    expect(await whatTheySee(w.token)).toEqual({ children: [], cases: [], registrations: [], births: [] });
    expect(await h.ok(w.token, 'account', 'dueNext')).toEqual([]);

    // The right one is asked, not taken: in the family only after 这是我.
    expect(await familyOf(F)).toBeNull();
    expect((await h.ok(m.token, 'birth', 'get', { id: view.id })).otherParentConsent).toBe('pending');
    await h.ok(f.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'confirm' });
    expect(await familyOf(F)).toBe(await familyOf(M));
    expect((await h.ok(f.token, 'birth', 'get', { id: view.id })).id).toBe(view.id);
    expect(await whatTheySee(f.token)).toMatchObject({ children: ['测试宝宝'], cases: [view.id], births: [view.id] });
    expect(await whatTheySee(m.token)).toMatchObject({ children: ['测试宝宝'], cases: [view.id], births: [view.id] });
  });

  test('a cancelled registration: its spouse leaves the family, unless another active record names them', async () => {
    const S = mother('注销的申请人');
    const W = father('被注销的配偶');
    const s = await verifiedUser(h, S);
    const w = await verifiedUser(h, W);
    const reg = await h.ok(s.token, 'registration', 'submit', registrationInput(S, W, { existingChildren: [kid('注销前长子')] }), newKey());
    await h.ok(w.token, 'registration', 'answerSpouse', { id: reg.id, answer: 'confirm' });
    expect(await whatTheySee(w.token)).toMatchObject({ children: ['注销前长子'], registrations: [reg.id] });

    await h.ok(s.token, 'registration', 'cancel', { id: reg.id, reason: '配偶填错了' });
    expect(await familyOf(W)).toBeNull();
    expect(await h.call(w.token, 'registration', 'get', { id: reg.id })).toEqual(REGISTRATION_NOT_FOUND);
    expect(await whatTheySee(w.token)).toEqual({ children: [], cases: [], registrations: [], births: [] });
    expect((await h.ok(w.token, 'account', 'me')).family.map((m: { relation: string }) => m.relation)).toEqual(['self']);
    // The applicant keeps the family.
    expect(await familyOf(S)).not.toBeNull();
    expect((await whatTheySee(s.token)).children).toEqual(['注销前长子']);

    // Linked otherwise: a case of the family names the spouse too, so cancelling the registration keeps them.
    const S2 = mother('另一位申请人');
    const W2 = father('仍是父亲');
    const s2 = await verifiedUser(h, S2);
    const w2 = await verifiedUser(h, W2);
    const reg2 = await h.ok(s2.token, 'registration', 'submit', registrationInput(S2, W2), newKey());
    const case2 = await h.ok(
      s2.token,
      'birth',
      'submit',
      birthInput(S2, W2, { child: { ...birthInput(S2, W2).child, birthDate: CHILD_BIRTH_DATE } }),
      newKey(),
    );
    await h.ok(w2.token, 'birth', 'answerOtherParent', { id: case2.id, answer: 'confirm' });
    await h.ok(s2.token, 'registration', 'cancel', { id: reg2.id, reason: '重复登记' });
    expect(await familyOf(W2)).toBe(await familyOf(S2));
    expect((await h.ok(w2.token, 'birth', 'get', { id: case2.id })).id).toBe(case2.id);
  });
});

describe('the other parent named in a 出生一件事 application is asked, never taken', () => {
  const ask = (token: string, id: string) => h.call(token, 'birth', 'otherParentRequest', { id });
  // The test clock stands still, so messages of one moment come in any order: find them by title.
  const message = async (token: string, title: string) => (await h.ok(token, 'account', 'inbox')).find((x) => x.title === title);

  test('verified before: asked by an inbox message; 这不是我 keeps them out and tells the applicant', async () => {
    const M = mother('填写父亲的母亲');
    const X = father('被填写的陌生人');
    const m = await verifiedUser(h, M);
    const x = await verifiedUser(h, X);
    const view = await h.ok(
      m.token,
      'birth',
      'submit',
      birthInput(M, X, { child: { ...birthInput(M, X).child, name: '未确认宝宝' } }),
      newKey(),
    );
    expect(view.otherParentConsent).toBe('pending');
    // Named is not joined: X sees nothing of M's family, M nothing of X.
    expect(await familyOf(X)).toBeNull();
    expect(await h.call(x.token, 'birth', 'get', { id: view.id })).toEqual(CASE_NOT_FOUND);
    expect(await whatTheySee(x.token)).toEqual({ children: [], cases: [], registrations: [], births: [] });

    const asked = await message(x.token, '请确认孩子的父母信息');
    expect(asked).toMatchObject({ link: `/packages/birth/parent-confirm/index?id=${view.id}` });
    expect(asked?.body).toContain(M.name);
    expect(await ask(x.token, view.id)).toEqual({
      ok: true,
      data: {
        id: view.id,
        number: view.number,
        applicantName: M.name,
        childName: '未确认宝宝',
        childBirthDate: CHILD_BIRTH_DATE,
        createdAt: view.createdAt,
        consent: 'pending',
      },
    });
    // Nobody else can read or answer it, not even the applicant: NOT_FOUND, so ids cannot be probed.
    const stranger = await verifiedUser(h, father('旁人'));
    for (const token of [m.token, stranger.token]) {
      expect(await ask(token, view.id)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: '未找到需要您确认的出生一件事申请' },
      });
      expect(await h.call(token, 'birth', 'answerOtherParent', { id: view.id, answer: 'confirm' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(await h.callRaw(x.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'maybe' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { answer: expect.stringContaining('确认结果') } },
    });

    expect(await h.ok(x.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'refuse' })).toMatchObject({ consent: 'refused' });
    expect(await familyOf(X)).toBeNull();
    expect((await h.ok(m.token, 'birth', 'get', { id: view.id })).otherParentConsent).toBe('refused');
    expect(await message(m.token, '孩子的父母信息未确认')).toMatchObject({ link: `/packages/birth/case/index?id=${view.id}` });
    // Answered once: changing the answer is refused; the same answer again is harmless.
    expect(await h.ok(x.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'refuse' })).toMatchObject({ consent: 'refused' });
    expect(await h.call(x.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'confirm' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await familyOf(X)).toBeNull();
  });

  test('verified after: asked when they verify; 这是我 brings them in and tells the applicant', async () => {
    const M = mother('先申请的母亲');
    const F = father('后认证的父亲');
    const m = await verifiedUser(h, M);
    const view = await h.ok(
      m.token,
      'birth',
      'submit',
      birthInput(M, F, { child: { ...birthInput(M, F).child, name: '后确认宝宝' } }),
      newKey(),
    );
    const f = await verifiedUser(h, F);
    expect(await familyOf(F)).toBeNull();
    expect(await message(f.token, '请确认孩子的父母信息')).toBeDefined();

    expect(await h.ok(f.token, 'birth', 'answerOtherParent', { id: view.id, answer: 'confirm' })).toMatchObject({ consent: 'confirmed' });
    expect(await familyOf(F)).toBe(await familyOf(M));
    expect(await whatTheySee(f.token)).toMatchObject({ children: ['后确认宝宝'], births: [view.id] });
    expect(await message(m.token, '孩子的父母信息已确认')).toBeDefined();
  });

  test('someone already in the family (they confirmed the 生育登记) has nothing to confirm', async () => {
    const M = mother('已登记的母亲');
    const F = father('已确认的父亲');
    const m = await verifiedUser(h, M);
    const f = await verifiedUser(h, F);
    const reg = await h.ok(m.token, 'registration', 'submit', registrationInput(M, F), newKey());
    await h.ok(f.token, 'registration', 'answerSpouse', { id: reg.id, answer: 'confirm' });
    const view = await h.ok(m.token, 'birth', 'submit', birthInput(M, F, { registrationId: reg.id }), newKey());
    expect(view.otherParentConsent).toBe('confirmed');
    expect(await message(f.token, '请确认孩子的父母信息')).toBeUndefined();
  });
});
