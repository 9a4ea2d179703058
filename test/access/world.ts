// The small world the access matrix runs against, made once through the real API: two families
// (A and B) each with a 生育登记, a completed 出生一件事 (so a child with papers), three more cases
// (one waiting at the hospital and clinic, one at the police, one at insurance and social security), a subsidy application and a nursery visit request; two filed
// institutions, each with its own operator; a payout batch; and a token for every kind of caller.
import type { BirthApplicationInput } from '../../domain/birth/types';
import { DEMO_NURSERY_FILING_NUMBER } from '../../scripts/seed/nurseries';
import { addDays } from '../../domain/dates';
import { TODAY, type Harness } from '../api/harness';
import { birthInput, clerks, results, work, type Clerks } from '../api/birthPeople';
import { newKey, registrationInput, uniqueIdNumber, verifiedUser, type Person } from '../api/people';
import { BANK_CARD, bundleFamily } from '../api/subsidyFamilies';
import { CALLERS, type CallerKind } from './callers';

export interface FamilyWorld {
  token: string;
  mother: Person;
  father: Person;
  registrationId: string;
  /** Completed: its child has an ID number and hukou in the system. */
  doneCaseId: string;
  /** Just submitted: every step waits at its department. */
  pendingCaseId: string;
  pendingInput: BirthApplicationInput;
  /** The birth certificate done: the hukou step waits at the police. */
  hukouCaseId: string;
  /** Certificate and hukou done: insurance and the social security card wait at their departments. */
  insuranceCaseId: string;
  childId: string;
  subsidyId: string;
  /** A visit request at the family's institution (A's at institution A, B's at institution B). */
  nurseryRequestId: string;
  inboxMessageId: string;
  /** The mother's pregnancy (母婴健康), started from her LMP. */
  pregnancyId: string;
}

export interface World {
  tokens: Record<CallerKind, string | undefined>;
  /** Each verified caller's own name and ID number, for the inputs that name the caller. */
  people: Partial<Record<CallerKind, Person>>;
  a: FamilyWorld;
  b: FamilyWorld;
  institutionA: string;
  institutionB: string;
  slotA: string;
  slotB: string;
  batchId: string;
  /** An institution the bureau may change without touching A's or B's. */
  spareInstitution: string;
  /** A verified person who is no caller: the admin grants and revokes roles on them. */
  spare: { userId: string; idNumber: string };
  /** A stranger's 生育登记 naming A's parent as spouse: only A's parent may see and answer it. */
  spouseAskId: string;
  /** A stranger's 出生一件事 application naming parent A as the other parent. */
  otherParentAskId: string;
  /** Every id and ID number of family A: no answer to anyone but A's parent and staff may contain one. */
  secretsOfA: string[];
}

async function institutionId(h: Harness, filingNumber: string): Promise<string> {
  return (await h.db.selectFrom('nursery_institutions').select('id').where('filing_number', '=', filingNumber).executeTakeFirstOrThrow())
    .id;
}

async function otherFiledInstitutions(h: Harness, not: string): Promise<string[]> {
  const rows = await h.db
    .selectFrom('nursery_institutions')
    .select('id')
    .where('filing_status', '=', 'filed')
    .where('id', '!=', not)
    .orderBy('filing_number')
    .execute();
  return rows.map((r) => r.id);
}

async function submitCase(h: Harness, fam: { token: string; mother: Person; father: Person }, childName: string) {
  const base = birthInput(fam.mother, fam.father);
  const input = { ...base, child: { ...base.child, name: childName } };
  const view = await h.ok(fam.token, 'birth', 'submit', input, newKey());
  return { id: view.id as string, input };
}

async function family(h: Harness, c: Clerks, name: string, institution: string, slotId: string): Promise<FamilyWorld> {
  const fam = await bundleFamily(h, { childName: `${name}二宝` });
  const registrationId = (await h.ok(fam.token, 'registration', 'mine'))[0].id as string;
  const pending = await submitCase(h, fam, `${name}三宝`);
  const pendingInput = pending.input;
  const hukouCase = await submitCase(h, fam, `${name}四宝`);
  const insuranceCase = await submitCase(h, fam, `${name}五宝`);
  await work(h, c, hukouCase.id, 'birth_certificate', results().birth_certificate);
  await work(h, c, insuranceCase.id, 'birth_certificate', results().birth_certificate);
  await work(h, c, insuranceCase.id, 'hukou', results().hukou);
  const subsidy = await h.ok(fam.token, 'subsidy', 'apply', { childId: fam.childId, account: BANK_CARD }, newKey());
  const visit = await h.ok(fam.token, 'nursery', 'bookVisit', { institutionId: institution, slotId, visitors: 1 }, newKey());
  const inbox = await h.ok(fam.token, 'account', 'inbox');
  const pregnancy = await h.ok(fam.token, 'maternal', 'start', { lmp: addDays(TODAY, -100) }, newKey());
  return {
    token: fam.token,
    mother: fam.mother,
    father: fam.father,
    registrationId,
    doneCaseId: fam.caseId,
    pendingCaseId: pending.id,
    pendingInput,
    hukouCaseId: hukouCase.id,
    insuranceCaseId: insuranceCase.id,
    childId: fam.childId,
    subsidyId: subsidy.id,
    nurseryRequestId: visit.id,
    inboxMessageId: inbox[0].id,
    pregnancyId: pregnancy.id,
  };
}

export async function buildWorld(h: Harness): Promise<World> {
  const tokens = {} as Record<CallerKind, string | undefined>;
  const people: Partial<Record<CallerKind, Person>> = {};
  for (const c of CALLERS) {
    if (c.demo) tokens[c.kind] = (await h.login(c.demo)).token;
  }
  tokens.anonymous = undefined;
  tokens.unverified = (await h.login()).token;

  const institutionA = await institutionId(h, DEMO_NURSERY_FILING_NUMBER);
  const [institutionB, spareInstitution] = await otherFiledInstitutions(h, institutionA);
  const operatorB = await verifiedUser(h, { name: '测试乙园长', idNumber: uniqueIdNumber('F', 1985) });
  await h.ok(tokens.admin, 'account', 'grantRole', { idNumber: operatorB.person.idNumber, role: 'nursery_operator', scope: institutionB });
  tokens.operatorB = operatorB.token;
  const slotA = (
    await h.ok(tokens.operator, 'nursery', 'addVisitSlot', { start: '2026-12-04T09:30', durationMin: 45, capacity: 20 })
  ).visitSlots.find((s: { start: string }) => s.start === '2026-12-04T09:30')!.id;
  const slotB = (
    await h.ok(tokens.operatorB, 'nursery', 'addVisitSlot', { start: '2026-12-04T10:30', durationMin: 45, capacity: 20 })
  ).visitSlots.find((s: { start: string }) => s.start === '2026-12-04T10:30')!.id;

  const c = await clerks(h);
  const a = await family(h, c, '甲家', institutionA, slotA);
  const b = await family(h, c, '乙家', institutionB, slotB);
  tokens.parent = a.token;
  tokens.parentB = b.token;

  // B's claim goes through review into a batch, so finance has a batch to work; A's stays submitted.
  await h.ok(tokens.health_bureau, 'subsidy', 'acceptSubsidy', { id: b.subsidyId });
  await h.ok(tokens.health_bureau, 'subsidy', 'decideSubsidy', { id: b.subsidyId, decision: 'approve' });
  const batch = await h.ok(tokens.finance, 'subsidy', 'createPayoutBatch', {}, newKey());

  const stranger = await verifiedUser(h, { name: '测试冒名者', idNumber: uniqueIdNumber('M', 1990) });
  const spouseAsk = await h.ok(stranger.token, 'registration', 'submit', registrationInput(stranger.person, a.mother), newKey());
  // The same stranger names A's parent as the other parent of a 出生一件事 application.
  const otherParentAsk = await h.ok(stranger.token, 'birth', 'submit', birthInput(stranger.person, a.mother), newKey());

  const spare = await verifiedUser(h, { name: '测试备用人员', idNumber: uniqueIdNumber('M', 1980) });
  const spareMe = await h.ok(spare.token, 'account', 'me');

  for (const caller of CALLERS) {
    if (caller.kind === 'anonymous' || caller.kind === 'unverified') continue;
    const me = await h.ok(tokens[caller.kind], 'account', 'me');
    if (me.name && me.idNumber) people[caller.kind] = { name: me.name, idNumber: me.idNumber };
  }

  return {
    tokens,
    people,
    a,
    b,
    institutionA,
    institutionB: institutionB!,
    slotA,
    slotB,
    batchId: batch.id,
    spareInstitution: spareInstitution!,
    spare: { userId: spareMe.userId, idNumber: spare.person.idNumber },
    spouseAskId: spouseAsk.id,
    otherParentAskId: otherParentAsk.id,
    secretsOfA: [
      a.registrationId,
      a.doneCaseId,
      a.pendingCaseId,
      a.hukouCaseId,
      a.insuranceCaseId,
      a.childId,
      a.subsidyId,
      a.nurseryRequestId,
      a.inboxMessageId,
      a.mother.idNumber,
      a.father.idNumber,
    ],
  };
}
