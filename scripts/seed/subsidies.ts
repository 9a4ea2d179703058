// Subsidy demo and sample data, through the real code paths (registration, 出生一件事 and each
// department's step, the subsidy application, the 卫健 review), each on its own day. Imported by
// scripts/seed.ts, which passes in what it owns (the demo people and clerks, the verified-user maker).
//
// EVERYTHING HERE IS FAKE, like the rest of the seed: names carry 演示/样例, ID numbers have a computed
// check digit in the 9xx sequence range, account numbers are made up.
//
// - The demo `subsidy_parent` family: a first child (2021) and a second child born 2025-05-12 in
//   平原镇 whose 出生一件事 is completed (hukou registered in 平原镇). Nothing is applied for, so the
//   e2e journey starts from a clean state.
// - Three 样例 families with a 2025 second child and a completed 出生一件事, whose applications wait
//   in each state the staff pages show: submitted, under review, approved.
import type { Kysely } from 'kysely';
import type { DemoAccount } from '../../domain/api/contract';
import { birthApplicationSchema } from '../../domain/birth/applicationSchema';
import { roleForStep } from '../../domain/birth/bundleGraph';
import type { BirthApplicationInput, BundleStepKey, StepResults } from '../../domain/birth/types';
import { addDays, compareDates, todayIn } from '../../domain/dates';
import { checkDigitOf } from '../../domain/identity/idNumber';
import { townshipName, type TownshipCode } from '../../domain/place/townships';
import { registrationSchema } from '../../domain/registration/schema';
import type { RegistrationInput } from '../../domain/registration/types';
import { subsidyApplySchema } from '../../domain/subsidy/schema';
import type { NewPayoutAccount } from '../../domain/subsidy/types';
import { validate } from '../../domain/validation';
import { inboxNotifier } from '../../cloud/adapters/notify/inbox';
import { isAppError } from '../../cloud/core/errors';
import { findFamilyChild } from '../../cloud/db/repos/children';
import { findUser } from '../../cloud/db/repos/users';
import type { Database } from '../../cloud/db/tables';
import { createBirthCase } from '../../cloud/handlers/birth/create';
import { acceptBundleStep, completeBundleStep } from '../../cloud/handlers/birth/stepFlow';
import { createRegistration } from '../../cloud/handlers/registration/create';
import { acceptApplication, decideApplication } from '../../cloud/handlers/subsidy/flow';
import { submitApplication, type SubsidyDeps } from '../../cloud/handlers/subsidy/submit';
import type { FieldCrypto } from '../../cloud/security/fieldCrypto';

const YINGJIANG = '533123';
const DAY_MS = 24 * 60 * 60 * 1000;

function idNumber(birthDate: string, sequence: number): string {
  const first17 = `${YINGJIANG}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}

/** What scripts/seed.ts hands over. */
export interface SubsidySeedContext {
  db: Kysely<Database>;
  crypto: FieldCrypto;
  now: Date;
  /** Demo account → user id (clerks, the bureau, the demo parent). */
  ids: Readonly<Record<DemoAccount, string>>;
  /** The demo subsidy parent as scripts/seed.ts declares her. */
  subsidyParent: { name: string; idNumber: string };
  /** The verified user with this openid, created on first run (scripts/seed.ts). */
  verifiedUser(p: { openid: string; name: string; idNumber: string }, at: Date): Promise<string>;
  demoOpenid(name: string): string;
}

export interface SubsidySeedSummary {
  registrations: number;
  birthCases: number;
  applications: number;
}

interface SubsidyFamily {
  openid: string;
  mother: { name: string; idNumber: string };
  father: { name: string; idNumber: string };
  township: TownshipCode;
  marriageDate: string;
  firstChild: { name: string; birthDate: string; sex: 'M' | 'F' };
  secondChild: { name: string; birthDate: string; sex: 'M' | 'F'; hospitalId: string; idNumber: string };
}

export const SUBSIDY_PARENT_SPOUSE_ID = idNumber('1991-07-22', 995);
/** The demo subsidy family's second child: born 2025-05-12, 出生一件事 completed, hukou in 平原镇. */
export const SUBSIDY_DEMO_CHILD = {
  name: '演示段小禾',
  birthDate: '2025-05-12',
  sex: 'M' as const,
  hospitalId: 'yj-people',
  idNumber: idNumber('2025-05-12', 957),
};

function demoFamily(ctx: SubsidySeedContext): SubsidyFamily {
  return {
    openid: ctx.demoOpenid('subsidy_parent'),
    mother: ctx.subsidyParent,
    father: { name: '演示段明', idNumber: SUBSIDY_PARENT_SPOUSE_ID },
    township: 'pingyuan',
    marriageDate: '2019-04-20',
    firstChild: { name: '演示段小雨', birthDate: '2021-09-03', sex: 'F' },
    secondChild: SUBSIDY_DEMO_CHILD,
  };
}

type SampleState = 'submitted' | 'under_review' | 'approved';

interface SampleApplication {
  family: SubsidyFamily;
  state: SampleState;
  /** Applied this many days before the seed clock; accepted and decided a few days later. */
  appliedDaysAgo: number;
  account: NewPayoutAccount;
}

function sampleApplications(ctx: SubsidySeedContext): SampleApplication[] {
  const sample = (
    i: number,
    township: TownshipCode,
    names: [string, string, string, string],
    birthDate: string,
    sex: 'M' | 'F',
  ): SubsidyFamily => ({
    openid: ctx.demoOpenid(`sample-subsidy-0${i + 1}`),
    mother: { name: names[0], idNumber: idNumber(`1991-0${i + 4}-2${i}`, 972 + 2 * i) },
    father: { name: names[1], idNumber: idNumber(`1989-0${i + 6}-1${i}`, 973 + 2 * i) },
    township,
    marriageDate: `2018-1${i}-0${i + 1}`,
    firstChild: { name: names[2], birthDate: `2020-0${i + 3}-1${i}`, sex: 'F' },
    secondChild: {
      name: names[3],
      birthDate,
      sex,
      hospitalId: 'yj-mch',
      idNumber: idNumber(birthDate, sex === 'M' ? 961 + 2 * i : 960 + 2 * i),
    },
  });
  return [
    {
      family: sample(0, 'nongzhang', ['样例玉楠妈妈', '样例岩坎爸爸', '样例大姐玉楠', '样例二弟岩坎'], '2025-02-08', 'M'),
      state: 'submitted',
      appliedDaysAgo: 3,
      account: { kind: 'bank_card', holder: 'applicant', bankName: '中国农业银行', accountNumber: '6228480000000000011' },
    },
    {
      family: sample(1, 'jiucheng', ['样例春兰妈妈', '样例国强爸爸', '样例大姐春兰', '样例二妹小梅'], '2025-07-21', 'F'),
      state: 'under_review',
      appliedDaysAgo: 15,
      account: { kind: 'social_security_card', holder: 'child', bankName: '云南省农村信用社', accountNumber: '6230000000000000022' },
    },
    {
      family: sample(2, 'taiping', ['样例金花妈妈', '样例勒排爸爸', '样例大姐金花', '样例二弟勒排'], '2025-10-03', 'M'),
      state: 'approved',
      appliedDaysAgo: 30,
      account: { kind: 'bank_card', holder: 'applicant', bankName: '中国建设银行', accountNumber: '6217000000000000033' },
    },
  ];
}

const at = (date: string) => new Date(`${date}T02:00:00Z`);

function registrationInput(f: SubsidyFamily): RegistrationInput {
  const address = `${townshipName(f.township)}样例社区样例路${f.mother.idNumber.slice(-3)}号`;
  const person = (p: { name: string; idNumber: string }, ethnicity: string, phone: string) => ({
    ...p,
    ethnicity,
    phone,
    hukouTownship: f.township,
    hukouAddress: address,
  });
  return {
    applicant: person(f.mother, 'dai', `1380013${f.mother.idNumber.slice(-4, -1)}5`),
    spouse: person(f.father, 'han', `1380013${f.father.idNumber.slice(-4, -1)}6`),
    marriageDate: f.marriageDate,
    existingChildren: [{ ...f.firstChild, relation: 'this-marriage', deceased: false }],
    stage: 'born',
    birthDate: f.secondChild.birthDate,
    township: f.township,
  };
}

function bundleInput(f: SubsidyFamily, registrationId: string, registration: RegistrationInput): BirthApplicationInput {
  const c = f.secondChild;
  return {
    registrationId,
    applicant: registration.applicant,
    otherParent: registration.spouse,
    child: {
      name: c.name,
      sex: c.sex,
      birthDate: c.birthDate,
      birthTime: '10:20',
      weightGrams: 3300,
      lengthCm: 50,
      hospitalId: c.hospitalId,
      ethnicity: 'dai',
    },
    household: {
      joins: 'applicant',
      headName: f.mother.name,
      headRelation: 'mother',
      hukouTownship: f.township,
      address: registration.applicant.hukouAddress,
    },
    insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
    card: { delivery: 'pickup', pickupTownship: f.township },
    services: ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'],
    attachments: [],
  };
}

/** Every department's step, done within a week of the birth. */
function bundleSteps(f: SubsidyFamily): { day: number; step: BundleStepKey; result?: StepResults[BundleStepKey] }[] {
  const c = f.secondChild;
  const day = (n: number) => addDays(c.birthDate, n);
  return [
    { day: 3, step: 'birth_certificate' },
    { day: 3, step: 'birth_certificate', result: { certificateNumber: `Q53${c.idNumber.slice(10, 17)}` } },
    { day: 3, step: 'vaccination' },
    {
      day: 3,
      step: 'vaccination',
      result: {
        certificateNumber: `YJ-${c.birthDate.slice(0, 4)}-${c.idNumber.slice(14, 17)}`,
        clinicName: '盈江县妇幼保健院预防接种门诊',
      },
    },
    { day: 4, step: 'hukou' },
    {
      day: 7,
      step: 'hukou',
      result: { childIdNumber: c.idNumber, registeredOn: day(7), policeStation: `盈江县公安局${townshipName(f.township)}派出所` },
    },
    { day: 8, step: 'medical_insurance' },
    { day: 8, step: 'medical_insurance', result: { insuranceNumber: `YB${c.idNumber.slice(6, 17)}`, paidOn: day(8) } },
    { day: 9, step: 'social_security' },
    {
      day: 9,
      step: 'social_security',
      result: { cardNumber: `S53${c.idNumber.slice(11, 17)}`, pickupPlace: `${townshipName(f.township)}便民服务中心社保窗口` },
    },
  ];
}

/** Registration the day after the birth (补登), 出生一件事 the day after that, every step done. False when it exists already. */
async function completedBirthOnce(ctx: SubsidySeedContext, f: SubsidyFamily): Promise<{ created: boolean; userId: string }> {
  const { db, crypto } = ctx;
  const c = f.secondChild;
  const registeredAt = at(addDays(c.birthDate, 1));
  const userId = await ctx.verifiedUser({ openid: f.openid, ...f.mother }, registeredAt);
  const has = await db.selectFrom('registrations').select('id').where('applicant_user_id', '=', userId).executeTakeFirst();
  if (has) return { created: false, userId };

  const deps = (when: Date) => ({ db, crypto, clock: { now: () => when }, notify: inboxNotifier(db, () => when) });
  const registration = registrationInput(f);
  const checkedRegistration = validate(registrationSchema(todayIn(registeredAt)), registration);
  if (!checkedRegistration.ok) throw new Error(`seed subsidy registration is invalid: ${JSON.stringify(checkedRegistration.fields)}`);
  const view = await createRegistration(deps(registeredAt), userId, checkedRegistration.value);

  const submittedAt = at(addDays(c.birthDate, 2));
  const checkedBundle = validate(birthApplicationSchema(todayIn(submittedAt)), bundleInput(f, view.id, registration));
  if (!checkedBundle.ok) throw new Error(`seed subsidy 出生一件事 is invalid: ${JSON.stringify(checkedBundle.fields)}`);
  const caseId = await createBirthCase(deps(submittedAt), userId, checkedBundle.value);
  for (const s of bundleSteps(f)) {
    const clerk = { userId: ctx.ids[roleForStep(s.step)], role: roleForStep(s.step) };
    const d = deps(at(addDays(c.birthDate, s.day)));
    if (s.result) await completeBundleStep(d, caseId, s.step, s.result, clerk);
    else await acceptBundleStep(d, caseId, s.step, clerk);
  }
  return { created: true, userId };
}

/** Applies (and plays the review up to `state`), each on its day. False when the child has an application, or nothing is claimable then. */
async function applicationOnce(ctx: SubsidySeedContext, sample: SampleApplication, userId: string): Promise<boolean> {
  const { db, crypto, now } = ctx;
  const user = await findUser(db, userId);
  const c = sample.family.secondChild;
  const child = user?.family_id ? await findFamilyChild(db, user.family_id, c.name, c.birthDate) : undefined;
  if (!user || !child) throw new Error(`seed: ${c.name} was not created by the 出生一件事 path`);
  const applied = await db.selectFrom('subsidy_applications').select('id').where('child_id', '=', child.id).executeTakeFirst();
  if (applied) return false;

  const when = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  const deps = (w: Date): SubsidyDeps => ({ db, crypto, clock: { now: () => w }, notify: inboxNotifier(db, () => w) });
  const appliedAt = when(sample.appliedDaysAgo);
  const checked = validate(subsidyApplySchema(todayIn(appliedAt)), { childId: child.id, account: sample.account });
  if (!checked.ok) throw new Error(`seed subsidy application is invalid: ${JSON.stringify(checked.fields)}`);
  let id: string;
  try {
    id = await submitApplication(deps(appliedAt), user, child, checked.value);
  } catch (e) {
    // The seed clock is past every window of the rules (a database seeded years later): no sample.
    if (isAppError(e) && e.code === 'CONFLICT') return false;
    throw e;
  }
  const reviewer = { userId: ctx.ids.health_bureau, role: 'health_bureau' as const };
  if (sample.state === 'under_review' || sample.state === 'approved')
    await acceptApplication(deps(when(sample.appliedDaysAgo - 2)), id, reviewer);
  if (sample.state === 'approved') await decideApplication(deps(when(sample.appliedDaysAgo - 8)), id, 'approve', undefined, reviewer);
  return true;
}

export async function seedSubsidies(ctx: SubsidySeedContext): Promise<SubsidySeedSummary> {
  const summary: SubsidySeedSummary = { registrations: 0, birthCases: 0, applications: 0 };
  const today = todayIn(ctx.now);
  const families: { family: SubsidyFamily; sample?: SampleApplication }[] = [
    { family: demoFamily(ctx) },
    ...sampleApplications(ctx).map((sample) => ({ family: sample.family, sample })),
  ];
  for (const { family, sample } of families) {
    // A family whose story lies in the seed clock's future (a test clock set early) is left out.
    if (compareDates(addDays(family.secondChild.birthDate, 10), today) > 0) continue;
    if (sample && compareDates(addDays(today, -sample.appliedDaysAgo), addDays(family.secondChild.birthDate, 10)) < 0) continue;
    const { created, userId } = await completedBirthOnce(ctx, family);
    if (created) {
      summary.registrations += 1;
      summary.birthCases += 1;
    }
    if (sample && (await applicationOnce(ctx, sample, userId))) summary.applications += 1;
  }
  return summary;
}
