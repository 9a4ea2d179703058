// Demo and sample data. Idempotent: run it any number of times (`npm run seed`); the gateway also
// runs it on an empty development database.
//
// EVERYTHING HERE IS FAKE. Names carry 演示 (demo account) or 样例 (sample record); ID numbers are
// made up with a computed check digit so they pass validation, all in the 9xx sequence range;
// phones are 1380013xxxx; addresses say 样例. None of it may reach a production database (the
// gateway refuses to start in production when demo accounts exist).
import type { Kysely } from 'kysely';
import type { DemoAccount, StaffRoleCode } from '../domain/api/contract';
import { birthApplicationSchema } from '../domain/birth/applicationSchema';
import { roleForStep } from '../domain/birth/bundleGraph';
import type { BirthApplicationInput, BundleStepKey, StepResults } from '../domain/birth/types';
import { addDays, addMonths, todayIn } from '../domain/dates';
import { checkDigitOf, checkIdNumber } from '../domain/identity/idNumber';
import { TOWNSHIPS, TOWNSHIP_CODES, townshipName, type TownshipCode } from '../domain/place/townships';
import { registrationSchema } from '../domain/registration/schema';
import type { ExistingChild, RegistrationInput } from '../domain/registration/types';
import { validate } from '../domain/validation';
import { recordDoseSchema } from '../domain/vaccine/schedule';
import type { RecordDoseInput } from '../domain/vaccine/types';
import { inboxNotifier } from '../cloud/adapters/notify/inbox';
import { systemClock, type Clock } from '../cloud/core/clock';
import { isDevelopment } from '../cloud/core/mode';
import { createDatabase } from '../cloud/db/createDatabase';
import { migrate } from '../cloud/db/migrate';
import { createUser, findUser } from '../cloud/db/repos/users';
import type { Database } from '../cloud/db/tables';
import { demoOpenid } from '../cloud/handlers/account/demoAccounts';
import { createRegistration } from '../cloud/handlers/registration/create';
import { createBirthCase, type BirthDeps } from '../cloud/handlers/birth/create';
import { acceptBundleStep, completeBundleStep, rejectBundleStep } from '../cloud/handlers/birth/stepFlow';
import { createFieldCrypto, fieldKeysFromEnv, type FieldCrypto } from '../cloud/security/fieldCrypto';
import { dosesOf, findFamilyChild } from '../cloud/db/repos/children';
import { recordCheckedDose } from '../cloud/handlers/vaccine/staff';
import { seedSubsidies } from './seed/subsidies';
import { seedChildHealth } from './seed/childHealth';
import { seedNurseryInstitutions, seedNurseryRequests } from './seed/nurseries';
import { seedPregnancy } from './seed/maternal';

const YINGJIANG = '533123';
const DAY_MS = 24 * 60 * 60 * 1000;

/** A made-up ID number: region + birth date + sequence + its check digit. */
export function sampleIdNumber(birthDate: string, sequence: number, region = YINGJIANG): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}

interface DemoPerson {
  openid: string;
  name: string;
  idNumber: string;
  roles: StaffRoleCode[];
}

const PARENT_ID = sampleIdNumber('1994-05-12', 982);
const PARENT_SPOUSE_ID = sampleIdNumber('1992-03-08', 991);
const NEWBORN_PARENT_ID = sampleIdNumber('1995-08-16', 984);
const NEWBORN_SPOUSE_ID = sampleIdNumber('1993-02-20', 993);
const SUBSIDY_PARENT_ID = sampleIdNumber('1993-11-07', 986);

export const DEMO_PEOPLE: Readonly<Record<DemoAccount, DemoPerson>> = {
  parent: { openid: demoOpenid('parent'), name: '演示张丽', idNumber: PARENT_ID, roles: [] },
  newborn_parent: { openid: demoOpenid('newborn_parent'), name: '演示王芳', idNumber: NEWBORN_PARENT_ID, roles: [] },
  // Her family (scripts/seed/subsidies.ts): a 2nd child born 2025-05-12 with 出生一件事 completed, owed subsidies.
  subsidy_parent: { openid: demoOpenid('subsidy_parent'), name: '演示杨丽', idNumber: SUBSIDY_PARENT_ID, roles: [] },
  hospital: { openid: demoOpenid('hospital'), name: '演示赵敏', idNumber: sampleIdNumber('1985-02-11', 902), roles: ['hospital'] },
  clinic: { openid: demoOpenid('clinic'), name: '演示钱芳', idNumber: sampleIdNumber('1986-04-21', 904), roles: ['clinic'] },
  police: { openid: demoOpenid('police'), name: '演示孙伟', idNumber: sampleIdNumber('1984-07-03', 905), roles: ['police'] },
  medical_insurance: {
    openid: demoOpenid('medical_insurance'),
    name: '演示周静',
    idNumber: sampleIdNumber('1988-09-14', 906),
    roles: ['medical_insurance'],
  },
  social_security: {
    openid: demoOpenid('social_security'),
    name: '演示吴磊',
    idNumber: sampleIdNumber('1987-12-25', 907),
    roles: ['social_security'],
  },
  health_bureau: {
    openid: demoOpenid('health_bureau'),
    name: '演示郑洁',
    idNumber: sampleIdNumber('1983-01-30', 908),
    roles: ['health_bureau'],
  },
  finance: { openid: demoOpenid('finance'), name: '演示冯涛', idNumber: sampleIdNumber('1982-10-19', 911), roles: ['finance'] },
  maternal_child: {
    openid: demoOpenid('maternal_child'),
    name: '演示李娟',
    idNumber: sampleIdNumber('1987-03-17', 912),
    roles: ['maternal_child'],
  },
  // Scoped to the 示范 institution of 平原镇 (scripts/seed/nurseries.ts).
  nursery_operator: {
    openid: demoOpenid('nursery_operator'),
    name: '演示何静',
    idNumber: sampleIdNumber('1989-11-23', 903),
    roles: ['nursery_operator'],
  },
  admin: { openid: demoOpenid('admin'), name: '演示管理员', idNumber: sampleIdNumber('1980-06-06', 909), roles: ['admin'] },
};

/** The demo parent's own registration: a second child, due in about four months, 平原镇. */
export function parentRegistrationInput(today: string): RegistrationInput {
  return {
    applicant: {
      name: DEMO_PEOPLE.parent.name,
      idNumber: PARENT_ID,
      ethnicity: 'dai',
      phone: '13800138001',
      hukouTownship: 'pingyuan',
      hukouAddress: '平原镇样例社区样例路1号',
    },
    spouse: {
      name: '演示李强',
      idNumber: PARENT_SPOUSE_ID,
      ethnicity: 'han',
      phone: '13800138002',
      hukouTownship: 'pingyuan',
      hukouAddress: '平原镇样例社区样例路1号',
    },
    marriageDate: '2019-10-01',
    existingChildren: [{ name: '演示李朵朵', birthDate: '2021-06-18', sex: 'F', relation: 'this-marriage', deceased: false }],
    stage: 'pregnant',
    dueDate: addDays(today, 120),
    township: 'pingyuan',
  };
}

/**
 * The demo parent of a newborn: a second child born ten days before the seed clock, registered
 * after the birth (补登) in 平原镇, so the 出生一件事 form opens prefilled.
 */
export function newbornParentRegistrationInput(today: string): RegistrationInput {
  return {
    applicant: {
      name: DEMO_PEOPLE.newborn_parent.name,
      idNumber: NEWBORN_PARENT_ID,
      ethnicity: 'jingpo',
      phone: '13800138003',
      hukouTownship: 'pingyuan',
      hukouAddress: '平原镇样例社区样例路6号',
    },
    spouse: {
      name: '演示陈刚',
      idNumber: NEWBORN_SPOUSE_ID,
      ethnicity: 'han',
      phone: '13800138004',
      hukouTownship: 'pingyuan',
      hukouAddress: '平原镇样例社区样例路6号',
    },
    marriageDate: '2020-04-18',
    existingChildren: [{ name: '演示陈木兰', birthDate: '2022-03-09', sex: 'F', relation: 'this-marriage', deceased: false }],
    stage: 'born',
    birthDate: addDays(today, -10),
    township: 'pingyuan',
  };
}

const SAMPLE_COUNT = 30;
const MOTHER_NAMES = ['玉香', '玉南', '玉罕', '春花', '小芳', '木然', '金凤', '丽娟', '玉叫', '梅英'];
const FATHER_NAMES = ['岩温', '岩罕', '排早', '建国', '志强', '勒干', '岩保', '国华', '早迪', '永平'];
// Names may hold no digits, so the three rounds of ten are told apart by 甲/乙/丙.
const NAME_SUFFIXES = ['甲', '乙', '丙'];
const ETHNICITY_CYCLE = ['dai', 'jingpo', 'han', 'lisu', 'achang', 'dai', 'han', 'jingpo', 'deang', 'lisu'];

interface Sample {
  openid: string;
  at: Date;
  input: RegistrationInput;
}

/** 30 registrations spread over the last 12 months and every township, oldest first. */
export function sampleRegistrations(now: Date): Sample[] {
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLE_COUNT; i += 1) {
    const at = new Date(now.getTime() - (350 - i * 12) * DAY_MS);
    const today = todayIn(at);
    const birthYear = 1986 + (i % 10);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    const motherId = sampleIdNumber(`${birthYear}-${month}-${day}`, 910 + 2 * (i % 40));
    const fatherId = sampleIdNumber(`${birthYear - 2}-${month}-${day}`, 911 + 2 * (i % 40));
    const marriageDate = `${birthYear + 24}-${month}-${day}`;
    const township = TOWNSHIP_CODES[i % TOWNSHIP_CODES.length]!;
    const address = `${townshipName(township)}样例村${i + 1}号`;
    const children: ExistingChild[] = [];
    if (i % 3 >= 1)
      children.push({
        name: `样例长子${MOTHER_NAMES[i % MOTHER_NAMES.length]}`,
        birthDate: addMonths(marriageDate, 14),
        sex: 'M',
        relation: 'this-marriage',
        deceased: false,
      });
    if (i % 3 === 2)
      children.push({
        name: `样例次女${MOTHER_NAMES[i % MOTHER_NAMES.length]}`,
        birthDate: addMonths(marriageDate, 40),
        sex: 'F',
        relation: 'this-marriage',
        deceased: false,
      });
    if (i % 7 === 3)
      children.push({
        name: `样例养女${MOTHER_NAMES[i % MOTHER_NAMES.length]}`,
        birthDate: addMonths(marriageDate, 30),
        sex: 'F',
        relation: 'adopted',
        deceased: false,
      });
    const born = i % 5 === 4;
    samples.push({
      openid: demoOpenid(`sample-${String(i + 1).padStart(2, '0')}`),
      at,
      input: {
        applicant: {
          name: `样例${MOTHER_NAMES[i % MOTHER_NAMES.length]}${NAME_SUFFIXES[Math.floor(i / MOTHER_NAMES.length)]}`,
          idNumber: motherId,
          ethnicity: ETHNICITY_CYCLE[i % ETHNICITY_CYCLE.length]!,
          phone: `1380013${8100 + i}`,
          hukouTownship: township,
          hukouAddress: address,
        },
        spouse: {
          name: `样例${FATHER_NAMES[(i * 3) % FATHER_NAMES.length]}`,
          idNumber: fatherId,
          ethnicity: ETHNICITY_CYCLE[(i + 2) % ETHNICITY_CYCLE.length]!,
          phone: `1380013${8200 + i}`,
          hukouTownship: i % 9 === 8 ? 'outside' : township,
          hukouAddress: i % 9 === 8 ? '云南省芒市样例街道样例路8号' : address,
        },
        marriageDate,
        existingChildren: children,
        township,
        ...(born
          ? { stage: 'born' as const, birthDate: addDays(today, -15) }
          : { stage: 'pregnant' as const, dueDate: addDays(today, 60 + ((i * 37) % 200)) }),
      },
    });
  }
  return samples;
}

export async function seedTownships(db: Kysely<Database>): Promise<void> {
  for (const t of TOWNSHIPS) {
    const row = { code: t.code, name: t.name, kind: t.kind, lat: t.centre.lat, lng: t.centre.lng };
    await db
      .insertInto('townships')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: row.name, kind: row.kind, lat: row.lat, lng: row.lng }))
      .execute();
  }
}

/** The verified user with this openid, created and verified on first run. */
async function verifiedUser(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  p: { openid: string; name: string; idNumber: string },
  now: Date,
): Promise<string> {
  const existing = await db.selectFrom('users').select('id').where('openid', '=', p.openid).executeTakeFirst();
  if (existing) return existing.id;
  const person = checkIdNumber(p.idNumber);
  if (!person.ok) throw new Error(`seed ID number for ${p.openid} does not pass the check: ${person.reason}`);
  const user = await createUser(db, p.openid, now);
  await db
    .updateTable('users')
    .set({
      verified_name: p.name,
      id_number_enc: crypto.encrypt(person.idNumber),
      id_number_hash: crypto.hash(person.idNumber),
      sex: person.sex,
      birth_date: person.birthDate,
      verified_at: now.toISOString(),
    })
    .where('id', '=', user.id)
    .execute();
  return user.id;
}

async function registerOnce(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  userId: string,
  input: RegistrationInput,
  at: Date,
): Promise<boolean> {
  const has = await db.selectFrom('registrations').select('id').where('applicant_user_id', '=', userId).executeTakeFirst();
  if (has) return false;
  // Seed data goes through the same schema as a real submission, on the day it is dated.
  const checked = validate(registrationSchema(todayIn(at)), input);
  if (!checked.ok) throw new Error(`seed registration is invalid: ${JSON.stringify(checked.fields)}`);
  const clock: Clock = { now: () => at };
  await createRegistration({ db, crypto, clock, notify: inboxNotifier(db, () => at) }, userId, checked.value);
  return true;
}

type StepAction =
  | { daysAgo: number; step: BundleStepKey; act: 'accept' }
  | { daysAgo: number; step: BundleStepKey; act: 'complete'; result: StepResults[BundleStepKey] }
  | { daysAgo: number; step: BundleStepKey; act: 'reject'; reason: string };

interface BundleSample {
  openid: string;
  /** The case is submitted this many days before the seed clock; the child was born `bornDaysAgo`. */
  submittedDaysAgo: number;
  bornDaysAgo: number;
  input: (birthDate: string) => BirthApplicationInput;
  actions: (birthDate: string) => StepAction[];
}

function bundleParents(i: number, township: TownshipCode) {
  const address = `${townshipName(township)}样例村${60 + i}号`;
  return {
    applicant: {
      name: `样例${['玉香', '木然', '春花', '玉罕', '金凤'][i]}妈妈`,
      idNumber: sampleIdNumber(`199${i}-0${i + 2}-1${i}`, 940 + 2 * i),
      ethnicity: ['dai', 'jingpo', 'han', 'dai', 'lisu'][i]!,
      phone: `1380013${8300 + i}`,
      hukouTownship: township,
      hukouAddress: address,
    },
    otherParent: {
      name: `样例${['岩温', '勒干', '建国', '岩罕', '永平'][i]}爸爸`,
      idNumber: sampleIdNumber(`198${i + 5}-1${i % 3}-2${i}`, 941 + 2 * i),
      ethnicity: ['dai', 'jingpo', 'han', 'han', 'lisu'][i]!,
      phone: `1380013${8400 + i}`,
      hukouTownship: township,
      hukouAddress: address,
    },
    address,
  };
}

const ALL_SERVICES: BundleStepKey[] = ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'];

function bundleInput(
  i: number,
  township: TownshipCode,
  child: { name: string; sex: 'M' | 'F'; hospitalId: string },
  birthDate: string,
): BirthApplicationInput {
  const p = bundleParents(i, township);
  return {
    applicant: p.applicant,
    otherParent: p.otherParent,
    child: {
      ...child,
      birthDate,
      birthTime: `0${i + 3}:1${i}`,
      weightGrams: 3100 + 60 * i,
      lengthCm: 49 + (i % 3),
      ethnicity: p.otherParent.ethnicity,
    },
    household: { joins: 'otherParent', headName: p.otherParent.name, headRelation: 'father', hukouTownship: township, address: p.address },
    insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
    card: i % 2 === 0 ? { delivery: 'pickup', pickupTownship: township } : { delivery: 'post', postAddress: p.address },
    services: ALL_SERVICES,
    attachments: [],
  };
}

const certificate = (i: number) => ({ certificateNumber: `Q53${String(1234500 + i).padStart(7, '0')}` });
const vaccination = (i: number) => ({ certificateNumber: `YJ-2026-${String(100 + i)}`, clinicName: '盈江县妇幼保健院预防接种门诊' });
/** The child's made-up ID number: 盈江 region, the birth date, a sequence whose parity is the sex. */
const childId = (birthDate: string, sex: 'M' | 'F', i: number) => sampleIdNumber(birthDate, sex === 'M' ? 951 + 2 * i : 950 + 2 * i);
const hukou = (birthDate: string, sex: 'M' | 'F', i: number, registeredOn: string) => ({
  childIdNumber: childId(birthDate, sex, i),
  registeredOn,
  policeStation: '盈江县公安局平原派出所',
});

/**
 * Five sample cases so every clerk's queue has work: one waiting at the hospital, one at the police
 * with the certificate done, one at 医保 and 人社, one completed, one whose hukou step was sent back.
 */
export function sampleBundles(now: Date): BundleSample[] {
  const today = todayIn(now);
  const dayOf = (daysAgo: number) => addDays(today, -daysAgo);
  return [
    {
      openid: demoOpenid('sample-birth-01'),
      bornDaysAgo: 3,
      submittedDaysAgo: 1,
      input: (b) => bundleInput(0, 'pingyuan', { name: '样例小象', sex: 'M', hospitalId: 'yj-people' }, b),
      actions: () => [],
    },
    {
      openid: demoOpenid('sample-birth-02'),
      bornDaysAgo: 12,
      submittedDaysAgo: 10,
      input: (b) => bundleInput(1, 'nongzhang', { name: '样例麻果', sex: 'F', hospitalId: 'nongzhang-chc' }, b),
      actions: () => [
        { daysAgo: 9, step: 'birth_certificate', act: 'accept' },
        { daysAgo: 8, step: 'birth_certificate', act: 'complete', result: certificate(1) },
        { daysAgo: 7, step: 'vaccination', act: 'accept' },
      ],
    },
    {
      openid: demoOpenid('sample-birth-03'),
      bornDaysAgo: 25,
      submittedDaysAgo: 23,
      input: (b) => bundleInput(2, 'jiucheng', { name: '样例小禾', sex: 'M', hospitalId: 'jiucheng-chc' }, b),
      actions: (b) => [
        { daysAgo: 22, step: 'birth_certificate', act: 'accept' },
        { daysAgo: 21, step: 'birth_certificate', act: 'complete', result: certificate(2) },
        { daysAgo: 21, step: 'vaccination', act: 'accept' },
        { daysAgo: 20, step: 'vaccination', act: 'complete', result: vaccination(2) },
        { daysAgo: 18, step: 'hukou', act: 'accept' },
        { daysAgo: 16, step: 'hukou', act: 'complete', result: hukou(b, 'M', 2, dayOf(16)) },
        { daysAgo: 14, step: 'social_security', act: 'accept' },
      ],
    },
    {
      openid: demoOpenid('sample-birth-04'),
      bornDaysAgo: 60,
      submittedDaysAgo: 58,
      input: (b) => bundleInput(3, 'pingyuan', { name: '样例玉叶', sex: 'F', hospitalId: 'yj-mch' }, b),
      actions: (b) => [
        { daysAgo: 57, step: 'birth_certificate', act: 'accept' },
        { daysAgo: 56, step: 'birth_certificate', act: 'complete', result: certificate(3) },
        { daysAgo: 56, step: 'vaccination', act: 'accept' },
        { daysAgo: 56, step: 'vaccination', act: 'complete', result: vaccination(3) },
        { daysAgo: 52, step: 'hukou', act: 'accept' },
        { daysAgo: 50, step: 'hukou', act: 'complete', result: hukou(b, 'F', 3, dayOf(50)) },
        { daysAgo: 48, step: 'medical_insurance', act: 'accept' },
        { daysAgo: 47, step: 'medical_insurance', act: 'complete', result: { insuranceNumber: 'YB533123000304', paidOn: dayOf(47) } },
        { daysAgo: 46, step: 'social_security', act: 'accept' },
        {
          daysAgo: 40,
          step: 'social_security',
          act: 'complete',
          result: { cardNumber: 'S53000304', pickupPlace: '平原镇便民服务中心社保窗口' },
        },
      ],
    },
    {
      openid: demoOpenid('sample-birth-05'),
      bornDaysAgo: 15,
      submittedDaysAgo: 13,
      input: (b) => bundleInput(4, 'zhanxi', { name: '样例阿宝', sex: 'M', hospitalId: 'zhanxi-chc' }, b),
      actions: () => [
        { daysAgo: 12, step: 'birth_certificate', act: 'accept' },
        { daysAgo: 11, step: 'birth_certificate', act: 'complete', result: certificate(4) },
        { daysAgo: 11, step: 'vaccination', act: 'accept' },
        { daysAgo: 10, step: 'vaccination', act: 'complete', result: vaccination(4) },
        { daysAgo: 9, step: 'hukou', act: 'accept' },
        { daysAgo: 9, step: 'hukou', act: 'reject', reason: '户主姓名与户口簿不一致，请核对户主姓名后重新提交' },
      ],
    },
  ];
}

/** Submits one sample case and plays its clerks' actions, each on its own day, through the real code paths. */
async function bundleOnce(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  sample: BundleSample,
  clerks: Readonly<Record<DemoAccount, string>>,
  now: Date,
): Promise<boolean> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  const birthDate = addDays(todayIn(now), -sample.bornDaysAgo);
  const submittedAt = at(sample.submittedDaysAgo);
  const raw = sample.input(birthDate);
  const userId = await verifiedUser(
    db,
    crypto,
    { openid: sample.openid, name: raw.applicant.name, idNumber: raw.applicant.idNumber },
    submittedAt,
  );
  const has = await db.selectFrom('birth_cases').select('id').where('applicant_user_id', '=', userId).executeTakeFirst();
  if (has) return false;
  const checked = validate(birthApplicationSchema(todayIn(submittedAt)), raw);
  if (!checked.ok) throw new Error(`seed 出生一件事 is invalid: ${JSON.stringify(checked.fields)}`);
  const deps = (when: Date): BirthDeps => ({ db, crypto, clock: { now: () => when }, notify: inboxNotifier(db, () => when) });
  const caseId = await createBirthCase(deps(submittedAt), userId, checked.value);
  for (const a of sample.actions(birthDate)) {
    const clerk = { userId: clerks[roleForStep(a.step)], role: roleForStep(a.step) };
    const d = deps(at(a.daysAgo));
    if (a.act === 'accept') await acceptBundleStep(d, caseId, a.step, clerk);
    else if (a.act === 'complete') await completeBundleStep(d, caseId, a.step, a.result, clerk);
    else await rejectBundleStep(d, caseId, a.step, a.reason, clerk);
  }
  return true;
}

/**
 * The doses of the demo parent's older child (演示李朵朵, born 2021-06-18, from her registration):
 * the birth doses and the first months', copied from her paper 接种证 by the clinic on the seed day —
 * her history predates the system, so her calendar shows doses given, the rest of her first years
 * 未录入 (to be checked against the 接种证, never 已逾期) and what is still to come. Batches and
 * clinics are made up.
 */
export const SEEDED_DOSES: readonly Omit<RecordDoseInput, 'childId'>[] = [
  { doseId: 'hepb-1', date: '2021-06-18', product: 'HepB', batch: '样例HB202105-01', clinic: '盈江县人民医院产科接种室（样例）' },
  { doseId: 'bcg-1', date: '2021-06-19', product: 'BCG', batch: '样例BCG202104-07', clinic: '盈江县人民医院产科接种室（样例）' },
  { doseId: 'hepb-2', date: '2021-07-19', product: 'HepB', batch: '样例HB202106-03', clinic: '平原镇卫生院预防接种门诊（样例）' },
  { doseId: 'ipv-1', date: '2021-08-20', product: 'IPV', batch: '样例IPV202107-02', clinic: '平原镇卫生院预防接种门诊（样例）' },
  { doseId: 'ipv-2', date: '2021-09-22', product: 'IPV', batch: '样例IPV202108-05', clinic: '平原镇卫生院预防接种门诊（样例）' },
];

/** Records SEEDED_DOSES for the demo parent's older child through the clinic's own code path, on the seed day. */
async function dosesOnce(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  parentUserId: string,
  clinicUserId: string,
  now: Date,
): Promise<number> {
  const today = todayIn(now);
  const family = (await findUser(db, parentUserId))?.family_id;
  const listed = parentRegistrationInput(today).existingChildren[0]!;
  const child = family ? await findFamilyChild(db, family, listed.name, listed.birthDate) : undefined;
  if (!child) throw new Error("seed: the demo parent's older child was not created from her registration");
  const recorded = new Set((await dosesOf(db, child.id)).map((d) => d.dose_id));
  let added = 0;
  for (const dose of SEEDED_DOSES) {
    if (recorded.has(dose.doseId)) continue;
    const at = now;
    const checked = validate(recordDoseSchema(todayIn(at), child.birth_date), { childId: child.id, ...dose });
    if (!checked.ok) throw new Error(`seed dose is invalid: ${JSON.stringify(checked.fields)}`);
    await recordCheckedDose(
      { db, crypto, clock: { now: () => at }, notify: inboxNotifier(db, () => at) },
      clinicUserId,
      child,
      checked.value,
    );
    added += 1;
  }
  return added;
}

export interface SeedSummary {
  users: number;
  registrations: number;
  birthCases: number;
  doses: number;
  subsidyApplications: number;
  nurseries: number;
  nurseryRequests: number;
  childHealthChecks: number;
  pregnancies: number;
}

export async function seedDemo(
  db: Kysely<Database>,
  clock: Clock = systemClock,
  options: { crypto?: FieldCrypto } = {},
): Promise<SeedSummary> {
  const crypto = options.crypto ?? createFieldCrypto(fieldKeysFromEnv());
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    await seedTownships(trx);
    const nurseries = await seedNurseryInstitutions(trx, now);
    const summary: SeedSummary = {
      users: 0,
      registrations: 0,
      birthCases: 0,
      doses: 0,
      subsidyApplications: 0,
      nurseries: nurseries.institutions,
      nurseryRequests: 0,
      childHealthChecks: 0,
      pregnancies: 0,
    };
    // A nursery operator's role is scoped to their institution.
    const scopeOf = (role: StaffRoleCode) => (role === 'nursery_operator' ? nurseries.demoInstitutionId : null);

    const ids = {} as Record<DemoAccount, string>;
    for (const [account, person] of Object.entries(DEMO_PEOPLE) as [DemoAccount, DemoPerson][]) {
      ids[account] = await verifiedUser(trx, crypto, person, now);
      summary.users += 1;
      for (const role of person.roles) {
        await trx
          .insertInto('staff_roles')
          .values({ user_id: ids[account], role, scope: scopeOf(role), granted_by: null, granted_at: now.toISOString() })
          .onConflict((oc) => oc.columns(['user_id', 'role']).doUpdateSet({ scope: scopeOf(role) }))
          .execute();
      }
    }

    const sampleParents: string[] = [];
    for (const sample of sampleRegistrations(now)) {
      const userId = await verifiedUser(
        trx,
        crypto,
        { openid: sample.openid, name: sample.input.applicant.name, idNumber: sample.input.applicant.idNumber },
        sample.at,
      );
      sampleParents.push(userId);
      summary.users += 1;
      if (await registerOnce(trx, crypto, userId, sample.input, sample.at)) summary.registrations += 1;
    }

    if (await registerOnce(trx, crypto, ids.parent, parentRegistrationInput(todayIn(now)), now)) summary.registrations += 1;
    if (await registerOnce(trx, crypto, ids.newborn_parent, newbornParentRegistrationInput(todayIn(now)), now)) summary.registrations += 1;

    for (const sample of sampleBundles(now)) {
      if (await bundleOnce(trx, crypto, sample, ids, now)) summary.birthCases += 1;
    }
    // Every child above came from its registration or case through the live code paths; one of them
    // gets a vaccination history the same way.
    summary.doses = await dosesOnce(trx, crypto, ids.parent, ids.clinic, now);
    // Her pregnancy, from the same registration: 建册 and one check on record (scripts/seed/maternal.ts).
    summary.pregnancies = await seedPregnancy(trx, crypto, ids, now);

    const subsidies = await seedSubsidies({
      db: trx,
      crypto,
      now,
      ids,
      subsidyParent: { name: DEMO_PEOPLE.subsidy_parent.name, idNumber: DEMO_PEOPLE.subsidy_parent.idNumber },
      verifiedUser: (p, at) => verifiedUser(trx, crypto, p, at),
      demoOpenid,
    });
    summary.registrations += subsidies.registrations;
    summary.birthCases += subsidies.birthCases;
    summary.subsidyApplications = subsidies.applications;
    summary.childHealthChecks = await seedChildHealth(trx, crypto, ids, now);
    // Sample parents (never the demo parent, whose lists other features' tests rely on) book visits.
    summary.nurseryRequests = await seedNurseryRequests(
      trx,
      crypto,
      sampleParents,
      { userId: ids.nursery_operator, institutionId: nurseries.demoInstitutionId },
      now,
    );
    return summary;
  });
}

async function cli(): Promise<void> {
  if (!isDevelopment(process.env)) throw new Error('只有开发环境（NODE_ENV=development）能写入演示数据');
  const db = createDatabase();
  try {
    await migrate(db);
    const summary = await seedDemo(db);
    process.stdout.write(
      `演示数据已就绪：${summary.users} 个账号，新增 ${summary.registrations} 份生育登记、${summary.birthCases} 件“出生一件事”、${summary.doses} 条接种记录、` +
        `${summary.subsidyApplications} 份补贴申请、${summary.childHealthChecks} 次儿童健康检查、${summary.nurseries} 家样例托育机构、${summary.nurseryRequests} 条参观预约、${summary.pregnancies} 份孕期记录。\n`,
    );
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  cli().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
