// Demo and sample data. Idempotent: run it any number of times (`npm run seed`); the gateway also
// runs it on an empty development database.
//
// EVERYTHING HERE IS FAKE. Names carry 演示 (demo account) or 样例 (sample record); ID numbers are
// made up with a computed check digit so they pass validation, all in the 9xx sequence range;
// phones are 1380013xxxx; addresses say 样例. None of it may reach a production database (the
// gateway refuses to start in production when demo accounts exist).
import type { Kysely } from 'kysely';
import type { DemoAccount, StaffRoleCode } from '../domain/api/contract';
import { addDays, addMonths, todayIn } from '../domain/dates';
import { checkDigitOf, checkIdNumber } from '../domain/identity/idNumber';
import { TOWNSHIPS, TOWNSHIP_CODES, townshipName } from '../domain/place/townships';
import { registrationSchema } from '../domain/registration/schema';
import type { ExistingChild, RegistrationInput } from '../domain/registration/types';
import { validate } from '../domain/validation';
import { inboxNotifier } from '../cloud/adapters/notify/inbox';
import { systemClock, type Clock } from '../cloud/core/context';
import { createDatabase } from '../cloud/db/createDatabase';
import { migrate } from '../cloud/db/migrate';
import { createUser } from '../cloud/db/repos/users';
import type { Database } from '../cloud/db/tables';
import { demoOpenid } from '../cloud/handlers/account/demoAccounts';
import { createRegistration } from '../cloud/handlers/registration/create';
import { createFieldCrypto, fieldKeysFromEnv, type FieldCrypto } from '../cloud/security/fieldCrypto';

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

export const DEMO_PEOPLE: Readonly<Record<DemoAccount, DemoPerson>> = {
  parent: { openid: demoOpenid('parent'), name: '演示张丽', idNumber: PARENT_ID, roles: [] },
  hospital: { openid: demoOpenid('hospital'), name: '演示赵敏', idNumber: sampleIdNumber('1985-02-11', 902), roles: ['hospital'] },
  clinic: { openid: demoOpenid('clinic'), name: '演示钱芳', idNumber: sampleIdNumber('1986-04-21', 904), roles: ['clinic'] },
  police: { openid: demoOpenid('police'), name: '演示孙伟', idNumber: sampleIdNumber('1984-07-03', 905), roles: ['police'] },
  medical_insurance: { openid: demoOpenid('medical_insurance'), name: '演示周静', idNumber: sampleIdNumber('1988-09-14', 906), roles: ['medical_insurance'] },
  social_security: { openid: demoOpenid('social_security'), name: '演示吴磊', idNumber: sampleIdNumber('1987-12-25', 907), roles: ['social_security'] },
  health_bureau: { openid: demoOpenid('health_bureau'), name: '演示郑洁', idNumber: sampleIdNumber('1983-01-30', 908), roles: ['health_bureau'] },
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
    if (i % 3 >= 1) children.push({ name: `样例长子${MOTHER_NAMES[i % MOTHER_NAMES.length]}`, birthDate: addMonths(marriageDate, 14), sex: 'M', relation: 'this-marriage', deceased: false });
    if (i % 3 === 2) children.push({ name: `样例次女${MOTHER_NAMES[i % MOTHER_NAMES.length]}`, birthDate: addMonths(marriageDate, 40), sex: 'F', relation: 'this-marriage', deceased: false });
    if (i % 7 === 3) children.push({ name: `样例养女${MOTHER_NAMES[i % MOTHER_NAMES.length]}`, birthDate: addMonths(marriageDate, 30), sex: 'F', relation: 'adopted', deceased: false });
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
        ...(born ? { stage: 'born' as const, birthDate: addDays(today, -15) } : { stage: 'pregnant' as const, dueDate: addDays(today, 60 + ((i * 37) % 200)) }),
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
async function verifiedUser(db: Kysely<Database>, crypto: FieldCrypto, p: { openid: string; name: string; idNumber: string }, now: Date): Promise<string> {
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

async function registerOnce(db: Kysely<Database>, crypto: FieldCrypto, userId: string, input: RegistrationInput, at: Date): Promise<boolean> {
  const has = await db.selectFrom('registrations').select('id').where('applicant_user_id', '=', userId).executeTakeFirst();
  if (has) return false;
  // Seed data goes through the same schema as a real submission, on the day it is dated.
  const checked = validate(registrationSchema(todayIn(at)), input);
  if (!checked.ok) throw new Error(`seed registration is invalid: ${JSON.stringify(checked.fields)}`);
  const clock: Clock = { now: () => at };
  await createRegistration({ db, crypto, clock, notify: inboxNotifier(db, () => at) }, userId, checked.value);
  return true;
}

export interface SeedSummary {
  users: number;
  registrations: number;
}

export async function seedDemo(db: Kysely<Database>, clock: Clock = systemClock, options: { crypto?: FieldCrypto } = {}): Promise<SeedSummary> {
  const crypto = options.crypto ?? createFieldCrypto(fieldKeysFromEnv());
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    await seedTownships(trx);
    const summary: SeedSummary = { users: 0, registrations: 0 };

    const ids = {} as Record<DemoAccount, string>;
    for (const [account, person] of Object.entries(DEMO_PEOPLE) as [DemoAccount, DemoPerson][]) {
      ids[account] = await verifiedUser(trx, crypto, person, now);
      summary.users += 1;
      for (const role of person.roles) {
        await trx
          .insertInto('staff_roles')
          .values({ user_id: ids[account], role, scope: null, granted_by: null, granted_at: now.toISOString() })
          .onConflict((oc) => oc.columns(['user_id', 'role']).doNothing())
          .execute();
      }
    }

    for (const sample of sampleRegistrations(now)) {
      const userId = await verifiedUser(trx, crypto, { openid: sample.openid, name: sample.input.applicant.name, idNumber: sample.input.applicant.idNumber }, sample.at);
      summary.users += 1;
      if (await registerOnce(trx, crypto, userId, sample.input, sample.at)) summary.registrations += 1;
    }

    if (await registerOnce(trx, crypto, ids.parent, parentRegistrationInput(todayIn(now)), now)) summary.registrations += 1;
    return summary;
  });
}

async function cli(): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('生产环境不能写入演示数据');
  const db = createDatabase();
  try {
    await migrate(db);
    const summary = await seedDemo(db);
    process.stdout.write(`演示数据已就绪：${summary.users} 个账号，新增 ${summary.registrations} 份生育登记。\n`);
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
