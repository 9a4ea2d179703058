// Finding: a verified user named another verified user as spouse in registration.submit; that
// person joined the stranger's family and later saw only the stranger's registration. Now naming
// someone never moves them: they get an inbox message to confirm (这是我 / 这不是我), the
// registration shows 待配偶确认 until then, family links treat them as not joined, and a refusal
// tells the applicant plainly.
import { createHarness, type Harness } from '../api/harness';
import { father, mother, newKey, registrationInput, verifiedUser } from '../api/people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const familyOf = async (idNumber: string) =>
  (await h.db.selectFrom('users').select('family_id').where('id_number_hash', '=', h.crypto.hash(idNumber)).executeTakeFirstOrThrow())
    .family_id;

async function inbox(token: string): Promise<{ title: string; body: string; link?: string }[]> {
  return h.ok(token, 'account', 'inbox');
}

test('a stranger naming a verified person as spouse does not move them; 这不是我 tells the applicant', async () => {
  const victim = await verifiedUser(h, father('被冒名的人'));
  // The victim already has a family of their own, with their own registration.
  const partner = await verifiedUser(h, mother('真正的配偶'));
  const own = await h.ok(victim.token, 'registration', 'submit', registrationInput(victim.person, partner.person), newKey());
  const victimFamily = await familyOf(victim.person.idNumber);

  const stranger = await verifiedUser(h, mother('陌生人'));
  const theirs = await h.ok(stranger.token, 'registration', 'submit', registrationInput(stranger.person, victim.person), newKey());
  expect(theirs.spouseConsent).toBe('pending');

  // Not moved, not shown the stranger's record, still sees their own.
  expect(await familyOf(victim.person.idNumber)).toBe(victimFamily);
  expect(await h.call(victim.token, 'registration', 'get', { id: theirs.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect((await h.ok(victim.token, 'registration', 'mine')).map((r: { id: string }) => r.id)).toEqual([own.id]);
  // Nor does the stranger see the victim's children.
  expect(await h.ok(stranger.token, 'account', 'children')).toEqual(
    expect.not.arrayContaining([expect.objectContaining({ familyId: victimFamily })]),
  );

  // The victim is asked, and answers 这不是我.
  const ask = (await inbox(victim.token)).find((m) => m.title === '请确认配偶信息');
  expect(ask?.link).toBe(`/packages/registration/spouse/index?id=${encodeURIComponent(theirs.id)}`);
  expect(await h.ok(victim.token, 'registration', 'spouseRequest', { id: theirs.id })).toMatchObject({
    applicantName: '陌生人',
    spouseConsent: 'pending',
  });
  expect(await h.ok(victim.token, 'registration', 'answerSpouse', { id: theirs.id, answer: 'refuse' })).toMatchObject({
    spouseConsent: 'refused',
  });
  expect(await familyOf(victim.person.idNumber)).toBe(victimFamily);

  // The applicant is told plainly, and the 凭证 says so.
  const told = (await inbox(stranger.token)).find((m) => m.title === '配偶未确认');
  expect(told?.body).toContain('这不是我');
  expect((await h.ok(stranger.token, 'registration', 'get', { id: theirs.id })).spouseConsent).toBe('refused');
  // A refusal stands; it cannot be turned into a confirmation afterwards.
  expect(await h.call(victim.token, 'registration', 'answerSpouse', { id: theirs.id, answer: 'confirm' })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

test('a person without a family is not joined either until they say 这是我', async () => {
  const spouse = await verifiedUser(h, father());
  const applicant = await verifiedUser(h, mother());
  const reg = await h.ok(applicant.token, 'registration', 'submit', registrationInput(applicant.person, spouse.person), newKey());
  expect(await familyOf(spouse.person.idNumber)).toBeNull();
  expect(await h.ok(spouse.token, 'account', 'children')).toEqual([]);
  expect((await h.ok(applicant.token, 'registration', 'get', { id: reg.id })).spouseConsent).toBe('pending');

  await h.ok(spouse.token, 'registration', 'answerSpouse', { id: reg.id, answer: 'confirm' });
  expect(await familyOf(spouse.person.idNumber)).toBe(await familyOf(applicant.person.idNumber));
  expect((await h.ok(spouse.token, 'registration', 'get', { id: reg.id })).spouseConsent).toBe('confirmed');
  expect((await h.ok(spouse.token, 'account', 'children')).length).toBe(1);
});

test('only the person named may answer; anyone else gets NOT_FOUND', async () => {
  const spouse = father();
  const applicant = await verifiedUser(h, mother());
  const reg = await h.ok(applicant.token, 'registration', 'submit', registrationInput(applicant.person, spouse), newKey());
  const other = await verifiedUser(h, father());
  expect(await h.call(other.token, 'registration', 'answerSpouse', { id: reg.id, answer: 'confirm' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await h.call(applicant.token, 'registration', 'answerSpouse', { id: reg.id, answer: 'confirm' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await h.call(other.token, 'registration', 'spouseRequest', { id: reg.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});
