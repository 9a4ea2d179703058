// Where children come from: every 出生一件事 case and the own living children each 生育登记 lists,
// one row per (family, name, birth date); and what account.children shows.
import type { ChildSummary } from '../../domain/children/types';
import type { ExistingChild } from '../../domain/registration/types';
import { DEMO_PEOPLE, newbornParentRegistrationInput } from '../../scripts/seed';
import { createHarness, TODAY, type Harness } from './harness';
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
import { father, mother, newKey, registrationInput, submitted, verifiedUser } from './people';

let h: Harness;
let c: Clerks;
beforeAll(async () => {
  h = await createHarness();
  c = await clerks(h);
});
afterAll(async () => {
  await h.close();
});

const kid = (
  name: string,
  birthDate: string,
  sex: 'M' | 'F',
  relation: ExistingChild['relation'] = 'this-marriage',
  deceased = false,
): ExistingChild => ({
  name,
  birthDate,
  sex,
  relation,
  deceased,
});
const names = (list: ChildSummary[]) => list.map((x) => x.name);

describe('account.children', () => {
  test('演示王芳 sees the child her registration lists; the unnamed newborn is not a child yet', async () => {
    const { token } = await h.login('newborn_parent');
    const listed = newbornParentRegistrationInput(TODAY).existingChildren[0]!;
    expect(await h.ok(token, 'account', 'children')).toEqual([
      { id: expect.any(String), name: listed.name, sex: 'F', birthDate: listed.birthDate },
    ]);
  });

  test('no family, no children; signed out is UNAUTHENTICATED; no input keys', async () => {
    const { token } = await verifiedUser(h);
    expect(await h.ok(token, 'account', 'children')).toEqual([]);
    expect(await h.ok(token, 'account', 'dueNext')).toEqual([]);
    expect(await h.call(undefined, 'account', 'children')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await h.callRaw(token, 'account', 'children', { familyId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('a registration brings its own living children (this marriage and adopted), oldest first; the spouse sees them too', async () => {
    const spouse = father();
    const { token, view } = await submitted(h, {
      spouse: registrationInput(mother(), spouse).spouse,
      existingChildren: [
        kid('测试次女', '2023-05-01', 'F'),
        kid('测试长子', '2021-02-02', 'M'),
        kid('测试养女', '2022-07-07', 'F', 'adopted'),
        kid('测试前婚子', '2019-01-01', 'M', 'previous-marriage'),
        kid('测试夭折儿', '2020-03-03', 'M', 'this-marriage', true),
      ],
    });
    const list = await h.ok(token, 'account', 'children');
    expect(list).toEqual([
      { id: expect.any(String), name: '测试长子', sex: 'M', birthDate: '2021-02-02' },
      { id: expect.any(String), name: '测试养女', sex: 'F', birthDate: '2022-07-07' },
      { id: expect.any(String), name: '测试次女', sex: 'F', birthDate: '2023-05-01' },
    ]);
    const rows = await h.db
      .selectFrom('children')
      .select(['source', 'registration_id', 'birth_case_id'])
      .where(
        'id',
        'in',
        list.map((x) => x.id),
      )
      .execute();
    expect(rows.every((r) => r.source === 'registration' && r.registration_id !== null && r.birth_case_id === null)).toBe(true);

    // The spouse, verifying later and confirming (这是我), joins the family and sees the same children.
    const { token: spouseToken } = await verifiedUser(h, spouse);
    await h.ok(spouseToken, 'registration', 'answerSpouse', { id: view.id, answer: 'confirm' });
    expect(await h.ok(spouseToken, 'account', 'children')).toEqual(list);
  });

  test('a correction renames, adds and removes children; one with recorded doses is kept', async () => {
    const { token, input, view } = await submitted(h, {
      existingChildren: [kid('测试长子', '2021-02-02', 'M'), kid('测试二女', '2022-06-06', 'F')],
    });
    const before = await h.ok(token, 'account', 'children');
    expect(names(before)).toEqual(['测试长子', '测试二女']);
    // The clinic records a dose for the second child.
    const clinic = (await h.login('clinic')).token;
    await h.ok(clinic, 'vaccine', 'recordDose', {
      childId: before[1]!.id,
      doseId: 'hepb-1',
      date: '2022-06-06',
      product: 'HepB',
      batch: 'T2206-01',
      clinic: '测试接种门诊',
    });

    await h.ok(token, 'registration', 'correct', {
      id: view.id,
      input: { ...input, existingChildren: [kid('测试长男', '2021-02-02', 'M'), kid('测试三女', '2024-01-10', 'F')] },
    });
    const after = await h.ok(token, 'account', 'children');
    // 测试长子 was a typo: gone. 测试二女 is off the list but has a vaccination record: kept.
    expect(names(after)).toEqual(['测试长男', '测试二女', '测试三女']);
    expect(after.find((x) => x.name === '测试二女')!.id).toBe(before[1]!.id);
  });

  test('a registration that lists the same child twice over time keeps one row', async () => {
    const applicant = mother();
    const spouse = father();
    const { token } = await verifiedUser(h, applicant);
    const first = registrationInput(applicant, spouse, { existingChildren: [kid('测试长子', '2021-02-02', 'M')] });
    const r1 = await h.ok(token, 'registration', 'submit', first, newKey());
    await h.ok(token, 'registration', 'cancel', { id: r1.id, reason: '重新登记' });
    await h.ok(
      token,
      'registration',
      'submit',
      { ...first, existingChildren: [kid('测试长子', '2021-02-02', 'M'), kid('测试次子', '2023-03-03', 'M')] },
      newKey(),
    );
    const list = await h.ok(token, 'account', 'children');
    expect(names(list)).toEqual(['测试长子', '测试次子']);
    const first1 = await h.db.selectFrom('children').select('registration_id').where('id', '=', list[0]!.id).executeTakeFirstOrThrow();
    expect(first1.registration_id).toBe(r1.id);
  });

  test("a 'born' registration does not create its unnamed newborn; the bundle does, in the family", async () => {
    const { token, applicant, spouse, view } = await submitted(h, {
      stage: 'born',
      birthDate: CHILD_BIRTH_DATE,
      dueDate: undefined,
      existingChildren: [],
    });
    expect(await h.ok(token, 'account', 'children')).toEqual([]);
    const input = birthInput(applicant, spouse, {
      registrationId: view.id,
      child: { ...birthInput(applicant, spouse).child, name: '测试小宝' },
    });
    const caseView = await h.ok(token, 'birth', 'submit', input, newKey());
    const list = await h.ok(token, 'account', 'children');
    expect(list).toEqual([{ id: expect.any(String), name: '测试小宝', sex: 'M', birthDate: CHILD_BIRTH_DATE }]);
    const row = await h.db.selectFrom('children').selectAll().where('id', '=', list[0]!.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'birth_case', birth_case_id: caseView.id });
    const reg = await h.db.selectFrom('registrations').select('family_id').where('id', '=', view.id).executeTakeFirstOrThrow();
    expect(row.family_id).toBe(reg.family_id);
  });
});

describe('children from 出生一件事', () => {
  test('the submission creates the child in its transaction; a refused submission creates none', async () => {
    const fam = await submittedCase(h);
    const list = await h.ok(fam.token, 'account', 'children');
    expect(list).toEqual([{ id: expect.any(String), name: '测试宝宝', sex: 'M', birthDate: CHILD_BIRTH_DATE }]);
    // The same child again (a new key): CONFLICT, and still one child.
    expect(await h.call(fam.token, 'birth', 'submit', fam.input, newKey())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await h.ok(fam.token, 'account', 'children')).toEqual(list);
    // An invalid submission leaves nothing behind.
    const other = mother();
    const { token } = await verifiedUser(h, other);
    const bad = birthInput(other, father(), { child: { ...birthInput(other, father()).child, name: '测试无效', hospitalId: 'nowhere' } });
    expect((await h.call(token, 'birth', 'submit', bad, newKey())).ok).toBe(false);
    expect(await h.db.selectFrom('children').select('id').where('name', '=', '测试无效').execute()).toEqual([]);
  });

  test('the hukou result gives the child its ID number, masked; the other parent sees the same child', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    const r = results(childIdNumber());
    await work(h, c, id, 'birth_certificate', r.birth_certificate);
    await work(h, c, id, 'hukou', r.hukou);
    const [child] = await h.ok(fam.token, 'account', 'children');
    const n = r.hukou.childIdNumber;
    expect(child!.idNumberMasked).toBe(`${n.slice(0, 4)}**********${n.slice(-4)}`);
    const row = await h.db.selectFrom('children').selectAll().where('id', '=', child!.id).executeTakeFirstOrThrow();
    expect(row.id_number_hash).toBe(h.crypto.hash(n));
    expect(h.crypto.decrypt(row.id_number_enc!)).toBe(n);
    expect(JSON.stringify(await h.ok(fam.token, 'account', 'children'))).not.toContain(n);

    const { token: otherToken } = await joinedOtherParent(h, fam);
    expect(await h.ok(otherToken, 'account', 'children')).toEqual([child]);
  });

  test('a resubmission that fixes the child name renames the same child', async () => {
    const fam = await submittedCase(h);
    const id = fam.view.id;
    const [before] = await h.ok(fam.token, 'account', 'children');
    await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: id, step: 'birth_certificate' });
    await h.ok(c.birth_certificate, 'birth', 'rejectStep', { caseId: id, step: 'birth_certificate', reason: '孩子姓名有误' });
    const input = await h.ok(fam.token, 'birth', 'editable', { id });
    await h.ok(fam.token, 'birth', 'resubmitStep', {
      id,
      step: 'birth_certificate',
      input: { ...input, child: { ...input.child, name: '测试改名' } },
    });
    expect(await h.ok(fam.token, 'account', 'children')).toEqual([{ ...before, name: '测试改名' }]);
  });

  test('a bundle-only couple that registers later stays one family: the newborn is listed once', async () => {
    const fam = await submittedCase(h);
    const [newborn] = await h.ok(fam.token, 'account', 'children');
    // Next pregnancy: the registration lists the newborn (and an older child).
    await h.ok(
      fam.token,
      'registration',
      'submit',
      registrationInput(fam.applicant, fam.otherParent, {
        existingChildren: [kid('测试长子', '2021-02-02', 'M'), kid('测试宝宝', CHILD_BIRTH_DATE, 'M')],
      }),
      newKey(),
    );
    const list = await h.ok(fam.token, 'account', 'children');
    expect(list).toEqual([{ id: expect.any(String), name: '测试长子', sex: 'M', birthDate: '2021-02-02' }, newborn]);
    const row = await h.db.selectFrom('children').selectAll().where('id', '=', newborn!.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'birth_case', birth_case_id: fam.view.id, registration_id: expect.any(String) });
    // The case is still the family's.
    expect((await h.ok(fam.token, 'birth', 'mine')).map((v: { id: string }) => v.id)).toEqual([fam.view.id]);
  });

  test('a registration listing the child first, then the bundle: the bundle takes over that row', async () => {
    const applicant = mother();
    const spouse = father();
    const { token } = await verifiedUser(h, applicant);
    // A registration for the next pregnancy, filed before the bundle, lists the newborn.
    await h.ok(
      token,
      'registration',
      'submit',
      registrationInput(applicant, spouse, { existingChildren: [kid('测试宝宝', CHILD_BIRTH_DATE, 'F')] }),
      newKey(),
    );
    const [listed] = await h.ok(token, 'account', 'children');
    const caseView = await h.ok(token, 'birth', 'submit', birthInput(applicant, spouse), newKey());
    expect(await h.ok(token, 'account', 'children')).toEqual([{ ...listed, sex: 'M' }]);
    const row = await h.db.selectFrom('children').selectAll().where('id', '=', listed!.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'birth_case', birth_case_id: caseView.id });
  });
});

test('a fixed name that matches a child the registration listed merges the two, doses and all', async () => {
  const applicant = mother();
  const spouse = father();
  const { token } = await verifiedUser(h, applicant);
  await h.ok(
    token,
    'registration',
    'submit',
    registrationInput(applicant, spouse, { existingChildren: [kid('测试宝宝', CHILD_BIRTH_DATE, 'M')] }),
    newKey(),
  );
  const [listed] = await h.ok(token, 'account', 'children');
  const clinic = (await h.login('clinic')).token;
  await h.ok(clinic, 'vaccine', 'recordDose', {
    childId: listed!.id,
    doseId: 'bcg-1',
    date: CHILD_BIRTH_DATE,
    product: 'BCG',
    batch: 'T-BCG-01',
    clinic: '测试接种门诊',
  });
  // The bundle is filed with a typo in the name: a second child for now.
  const input = birthInput(applicant, spouse, { child: { ...birthInput(applicant, spouse).child, name: '测试宝贝' } });
  const caseView = await h.ok(token, 'birth', 'submit', input, newKey());
  expect(names(await h.ok(token, 'account', 'children'))).toEqual(['测试宝宝', '测试宝贝']);
  const caseChild = (await h.ok(token, 'account', 'children')).find((x) => x.name === '测试宝贝')!;

  await h.ok(c.birth_certificate, 'birth', 'acceptStep', { caseId: caseView.id, step: 'birth_certificate' });
  await h.ok(c.birth_certificate, 'birth', 'rejectStep', {
    caseId: caseView.id,
    step: 'birth_certificate',
    reason: '姓名与出生医学证明申请不符',
  });
  await h.ok(token, 'birth', 'resubmitStep', {
    id: caseView.id,
    step: 'birth_certificate',
    input: { ...input, child: { ...input.child, name: '测试宝宝' } },
  });

  const after = await h.ok(token, 'account', 'children');
  expect(after).toEqual([{ id: caseChild.id, name: '测试宝宝', sex: 'M', birthDate: CHILD_BIRTH_DATE }]);
  const calendar = await h.ok(token, 'vaccine', 'calendar', { childId: caseChild.id });
  expect(calendar.doses.find((d: { doseId: string }) => d.doseId === 'bcg-1')).toMatchObject({
    status: 'given',
    given: { batch: 'T-BCG-01' },
  });
  const row = await h.db.selectFrom('children').selectAll().where('id', '=', caseChild.id).executeTakeFirstOrThrow();
  expect(row).toMatchObject({ birth_case_id: caseView.id, registration_id: expect.any(String) });
  expect(await h.db.selectFrom('children').select('id').where('id', '=', listed!.id).execute()).toEqual([]);
});

describe('the seed', () => {
  test('the sample cases and registrations have their children; the older demo child has doses', async () => {
    const cases = await h.db
      .selectFrom('birth_cases')
      .innerJoin('children', 'children.birth_case_id', 'birth_cases.id')
      .select(['birth_cases.number', 'children.name'])
      .execute();
    expect(cases.map((x) => x.name)).toEqual(expect.arrayContaining(['样例小象', '样例麻果', '样例小禾', '样例玉叶', '样例阿宝']));
    const { token } = await h.login('parent');
    const [duoduo] = await h.ok(token, 'account', 'children');
    expect(duoduo).toMatchObject({ name: '演示李朵朵', birthDate: '2021-06-18', sex: 'F' });
    expect(DEMO_PEOPLE.parent.name).toBe('演示张丽');
  });
});

describe('我的 family list', () => {
  test('a child born through 出生一件事 appears under 我的 with its name, and with its masked ID once registered', async () => {
    const family = await submittedCase(h);
    let me = await h.ok(family.token, 'account', 'me');
    expect(me.family.find((m) => m.relation === 'child')).toMatchObject({
      name: family.input.child.name,
      birthDate: family.input.child.birthDate,
    });
    expect(me.family.find((m) => m.relation === 'child')?.idNumberMasked).toBeUndefined();

    const id = childIdNumber(family.input.child.birthDate, family.input.child.sex);
    const done = results(id);
    await work(h, c, family.view.id, 'birth_certificate', done.birth_certificate);
    await work(h, c, family.view.id, 'hukou', done.hukou);
    me = await h.ok(family.token, 'account', 'me');
    expect(me.family.find((m) => m.relation === 'child')?.idNumberMasked).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
  });
});
