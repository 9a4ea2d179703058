// Sample 托育机构 for 盈江 (docs/decisions.md §4), made through the same code paths as the bureau's filing,
// the operator's offer and slots, and parents' bookings. Idempotent: an institution whose 备案
// number exists is left alone.
//
// EVERYTHING HERE IS SAMPLE DATA: every name carries 样例 and every row `sample: true`. Coordinates
// are the township centres of domain/place/townships.ts (themselves approximate) moved by a few
// hundred metres; fees are plausible, not any real institution's.
import type { Kysely } from 'kysely';
import { addDays, todayIn } from '../../domain/dates';
import { inspectionSchema, institutionSchema, offerSchema, visitSlotSchema } from '../../domain/nursery/schema';
import { shanghaiLocal } from '../../domain/nursery/slotTime';
import type { CareType, ClassKind, FilingStatus, InspectionResult, Ownership } from '../../domain/nursery/types';
import { TOWNSHIPS, type TownshipCode } from '../../domain/place/townships';
import { strictFields, validate } from '../../domain/validation';
import { inboxNotifier } from '../../cloud/adapters/notify/inbox';
import { findInstitutionByFilingNumber } from '../../cloud/db/repos/nurseries';
import type { Database } from '../../cloud/db/tables';
import { addInspection, addSlot, fileNewInstitution, setOffer, setStatus } from '../../cloud/handlers/nursery/institutionWrite';
import { bookVisitFor } from '../../cloud/handlers/nursery/book';
import { decideRequest } from '../../cloud/handlers/nursery/operatorRequests';
import type { FieldCrypto } from '../../cloud/security/fieldCrypto';

interface SampleClass {
  kind: ClassKind;
  capacity: number;
  enrolled: number;
  /** 保育费, yuan a month (converted to fen below). */
  fee: number;
}

interface SampleInstitution {
  name: string;
  serial: number;
  year: number;
  ownership: Ownership;
  township: TownshipCode;
  /** Offset from the township centre, in metres east / north. */
  east: number;
  north: number;
  street: string;
  classes: SampleClass[];
  careTypes: CareType[];
  meals: number;
  hours?: string;
  demonstration?: boolean;
  kindergartenClass?: boolean;
  grade?: '一级' | '二级' | '三级';
  status?: FilingStatus;
  statusReason?: string;
  inspections?: { daysAgo: number; result: InspectionResult; notes: string }[];
  /** Visit slots: [days from today, 'HH:mm', families]. */
  slots?: [number, string, number][];
}

const FULL: CareType[] = ['full_day', 'half_day'];
const FLEX: CareType[] = ['full_day', 'half_day', 'hourly', 'temporary'];
const PASS = (daysAgo: number) => ({ daysAgo, result: 'pass' as const, notes: '消防、卫生保健、食品安全检查合格（样例）' });
const SLOTS: [number, string, number][] = [
  [2, '10:00', 4],
  [5, '15:30', 4],
  [9, '10:00', 3],
];

/** The 示范 institution of 平原镇: the demo operator's own (seed 二(三)1: 全县有1个示范机构). */
export const DEMO_NURSERY_FILING_NUMBER = '533123BA20230001';

export const SAMPLE_INSTITUTIONS: readonly SampleInstitution[] = [
  {
    name: '盈江县示范性托育服务中心（样例）',
    serial: 1,
    year: 2023,
    ownership: 'public',
    township: 'pingyuan',
    east: 300,
    north: 200,
    street: '平原镇允燕路样例1号',
    classes: [
      { kind: 'infant', capacity: 10, enrolled: 8, fee: 800 },
      { kind: 'toddler', capacity: 15, enrolled: 12, fee: 700 },
      { kind: 'senior', capacity: 20, enrolled: 17, fee: 600 },
    ],
    careTypes: FULL,
    meals: 300,
    demonstration: true,
    grade: '一级',
    inspections: [PASS(40), PASS(220)],
    slots: [
      [1, '10:00', 3],
      [2, '10:00', 1],
      [3, '15:30', 5],
      [7, '10:00', 5],
      [12, '15:30', 5],
    ],
  },
  {
    name: '平原镇允燕社区普惠托育园（样例）',
    serial: 2,
    year: 2023,
    ownership: 'puhui',
    township: 'pingyuan',
    east: -600,
    north: 400,
    street: '平原镇允燕社区样例路12号',
    classes: [
      { kind: 'toddler', capacity: 15, enrolled: 15, fee: 1000 },
      { kind: 'senior', capacity: 20, enrolled: 14, fee: 900 },
    ],
    careTypes: FULL,
    meals: 350,
    grade: '二级',
    inspections: [PASS(60)],
    slots: SLOTS,
  },
  {
    name: '盈江县幼儿园托班（样例）',
    serial: 3,
    year: 2023,
    ownership: 'public',
    township: 'pingyuan',
    east: 900,
    north: -300,
    street: '平原镇团结路样例8号',
    classes: [
      { kind: 'senior', capacity: 20, enrolled: 20, fee: 500 },
      { kind: 'senior', capacity: 20, enrolled: 18, fee: 500 },
    ],
    careTypes: ['full_day'],
    meals: 280,
    kindergartenClass: true,
    hours: '周一至周五 8:00—17:00',
    inspections: [PASS(90)],
    slots: [[4, '16:00', 6]],
  },
  {
    name: '平原镇小太阳托育中心（样例）',
    serial: 4,
    year: 2024,
    ownership: 'for_profit',
    township: 'pingyuan',
    east: -200,
    north: -700,
    street: '平原镇商城路样例66号',
    classes: [
      { kind: 'infant', capacity: 9, enrolled: 5, fee: 1800 },
      { kind: 'toddler', capacity: 15, enrolled: 9, fee: 1600 },
      { kind: 'mixed', capacity: 18, enrolled: 11, fee: 1500 },
    ],
    careTypes: FLEX,
    meals: 450,
    hours: '周一至周六 7:30—18:30',
    grade: '二级',
    inspections: [PASS(30)],
    slots: SLOTS,
  },
  {
    name: '平原镇新城社区托育点（样例）',
    serial: 5,
    year: 2024,
    ownership: 'puhui',
    township: 'pingyuan',
    east: 1500,
    north: 900,
    street: '平原镇新城社区样例巷3号',
    classes: [{ kind: 'mixed', capacity: 18, enrolled: 10, fee: 900 }],
    careTypes: ['full_day', 'half_day', 'temporary'],
    meals: 300,
    inspections: [{ daysAgo: 75, result: 'rectify', notes: '午睡室通风不足，限期一个月整改（样例）' }, PASS(20)],
    slots: [[3, '10:00', 3]],
  },
  {
    name: '盈江县妇幼保健院职工托育园（样例）',
    serial: 6,
    year: 2024,
    ownership: 'public',
    township: 'pingyuan',
    east: 500,
    north: 1200,
    street: '平原镇环城路样例20号',
    classes: [
      { kind: 'infant', capacity: 10, enrolled: 7, fee: 700 },
      { kind: 'toddler', capacity: 15, enrolled: 10, fee: 650 },
    ],
    careTypes: FULL,
    meals: 300,
    grade: '一级',
    inspections: [PASS(50)],
    slots: [[6, '10:30', 4]],
  },
  {
    name: '平原镇童心托育（样例）',
    serial: 7,
    year: 2024,
    ownership: 'for_profit',
    township: 'pingyuan',
    east: -1300,
    north: -200,
    street: '平原镇盈江大道样例108号',
    classes: [
      { kind: 'toddler', capacity: 12, enrolled: 12, fee: 1500 },
      { kind: 'senior', capacity: 16, enrolled: 9, fee: 1400 },
    ],
    careTypes: FLEX,
    meals: 400,
    hours: '周一至周日 8:00—20:00',
    inspections: [PASS(100)],
    slots: SLOTS,
  },
  {
    name: '平原镇第二幼儿园托班（样例）',
    serial: 8,
    year: 2025,
    ownership: 'public',
    township: 'pingyuan',
    east: 1900,
    north: -900,
    street: '平原镇芒允路样例5号',
    classes: [{ kind: 'senior', capacity: 20, enrolled: 11, fee: 450 }],
    careTypes: ['full_day'],
    meals: 260,
    kindergartenClass: true,
    hours: '周一至周五 8:00—17:00',
    inspections: [PASS(15)],
  },
  {
    name: '平原镇工业园区职工托育点（样例）',
    serial: 9,
    year: 2025,
    ownership: 'puhui',
    township: 'pingyuan',
    east: -2500,
    north: 1600,
    street: '平原镇工业园区样例综合楼1层',
    classes: [
      { kind: 'toddler', capacity: 15, enrolled: 6, fee: 800 },
      { kind: 'mixed', capacity: 18, enrolled: 9, fee: 800 },
    ],
    careTypes: ['full_day', 'hourly'],
    meals: 300,
    hours: '周一至周六 7:30—19:00',
    slots: [[8, '17:30', 4]],
  },
  {
    name: '平原镇金色童年托育园（样例）',
    serial: 10,
    year: 2025,
    ownership: 'for_profit',
    township: 'pingyuan',
    east: 700,
    north: -1800,
    street: '平原镇江滨路样例9号',
    classes: [
      { kind: 'infant', capacity: 8, enrolled: 3, fee: 2000 },
      { kind: 'toddler', capacity: 12, enrolled: 7, fee: 1800 },
    ],
    careTypes: FLEX,
    meals: 500,
    inspections: [PASS(10)],
    slots: SLOTS,
  },
  {
    name: '平原镇阳光宝贝托育（样例）',
    serial: 11,
    year: 2025,
    ownership: 'for_profit',
    township: 'pingyuan',
    east: -900,
    north: 1000,
    street: '平原镇南门街样例21号',
    classes: [{ kind: 'toddler', capacity: 15, enrolled: 0, fee: 1600 }],
    careTypes: FULL,
    meals: 400,
    status: 'pending',
    statusReason: '消防验收材料待补正（样例）',
  },
  {
    name: '平原镇禾苗托育（样例）',
    serial: 12,
    year: 2023,
    ownership: 'puhui',
    township: 'pingyuan',
    east: 1200,
    north: 300,
    street: '平原镇东环路样例17号',
    classes: [{ kind: 'mixed', capacity: 18, enrolled: 0, fee: 900 }],
    careTypes: FULL,
    meals: 300,
    status: 'revoked',
    statusReason: '机构已停止办托，备案撤销（样例）',
    inspections: [{ daysAgo: 200, result: 'fail', notes: '未按期整改，停业（样例）' }],
  },
  {
    name: '旧城镇中心托育园（样例）',
    serial: 13,
    year: 2024,
    ownership: 'puhui',
    township: 'jiucheng',
    east: 200,
    north: -150,
    street: '旧城镇样例街4号',
    classes: [
      { kind: 'toddler', capacity: 15, enrolled: 8, fee: 750 },
      { kind: 'senior', capacity: 20, enrolled: 12, fee: 700 },
    ],
    careTypes: FULL,
    meals: 280,
    grade: '三级',
    inspections: [PASS(80)],
    slots: [
      [3, '10:00', 4],
      [10, '10:00', 4],
    ],
  },
  {
    name: '旧城镇中心幼儿园托班（样例）',
    serial: 14,
    year: 2025,
    ownership: 'public',
    township: 'jiucheng',
    east: -400,
    north: 300,
    street: '旧城镇样例路2号',
    classes: [{ kind: 'senior', capacity: 20, enrolled: 15, fee: 400 }],
    careTypes: ['full_day'],
    meals: 250,
    kindergartenClass: true,
    hours: '周一至周五 8:00—17:00',
  },
  {
    name: '弄璋镇普惠托育中心（样例）',
    serial: 15,
    year: 2024,
    ownership: 'puhui',
    township: 'nongzhang',
    east: 250,
    north: 250,
    street: '弄璋镇样例街11号',
    classes: [
      { kind: 'infant', capacity: 10, enrolled: 4, fee: 850 },
      { kind: 'toddler', capacity: 15, enrolled: 11, fee: 750 },
    ],
    careTypes: FULL,
    meals: 280,
    inspections: [PASS(45)],
    slots: [
      [2, '15:00', 3],
      [9, '15:00', 3],
    ],
  },
  {
    name: '弄璋镇贝贝托育（样例）',
    serial: 16,
    year: 2025,
    ownership: 'for_profit',
    township: 'nongzhang',
    east: -500,
    north: -200,
    street: '弄璋镇样例路7号',
    classes: [{ kind: 'mixed', capacity: 18, enrolled: 13, fee: 1300 }],
    careTypes: FLEX,
    meals: 380,
  },
  {
    name: '盏西镇中心托育点（样例）',
    serial: 17,
    year: 2024,
    ownership: 'puhui',
    township: 'zhanxi',
    east: 150,
    north: 100,
    street: '盏西镇样例街1号',
    classes: [{ kind: 'mixed', capacity: 18, enrolled: 12, fee: 700 }],
    careTypes: FULL,
    meals: 250,
    inspections: [PASS(120)],
    slots: [[5, '10:00', 3]],
  },
  {
    name: '太平镇中心幼儿园托班（样例）',
    serial: 18,
    year: 2024,
    ownership: 'public',
    township: 'taiping',
    east: -100,
    north: 200,
    street: '太平镇样例路3号',
    classes: [{ kind: 'senior', capacity: 20, enrolled: 9, fee: 400 }],
    careTypes: ['full_day'],
    meals: 240,
    kindergartenClass: true,
    hours: '周一至周五 8:00—17:00',
    inspections: [PASS(70)],
  },
  {
    name: '卡场镇普惠托育点（样例）',
    serial: 19,
    year: 2025,
    ownership: 'puhui',
    township: 'kachang',
    east: 100,
    north: -100,
    street: '卡场镇样例街6号',
    classes: [{ kind: 'mixed', capacity: 15, enrolled: 7, fee: 650 }],
    careTypes: ['full_day', 'temporary'],
    meals: 240,
    slots: [[6, '10:00', 3]],
  },
  {
    name: '那邦镇边境托育点（样例）',
    serial: 20,
    year: 2025,
    ownership: 'public',
    township: 'nabang',
    east: 120,
    north: 80,
    street: '那邦镇样例路1号',
    classes: [{ kind: 'mixed', capacity: 12, enrolled: 6, fee: 500 }],
    careTypes: ['full_day'],
    meals: 220,
  },
  {
    name: '昔马镇中心托育点（样例）',
    serial: 21,
    year: 2025,
    ownership: 'puhui',
    township: 'xima',
    east: -150,
    north: 100,
    street: '昔马镇样例街2号',
    classes: [{ kind: 'mixed', capacity: 15, enrolled: 8, fee: 600 }],
    careTypes: FULL,
    meals: 230,
    inspections: [PASS(25)],
  },
  {
    name: '新城乡中心幼儿园托班（样例）',
    serial: 22,
    year: 2025,
    ownership: 'public',
    township: 'xincheng',
    east: 80,
    north: -120,
    street: '新城乡样例路5号',
    classes: [{ kind: 'senior', capacity: 20, enrolled: 10, fee: 400 }],
    careTypes: ['full_day'],
    meals: 240,
    kindergartenClass: true,
    hours: '周一至周五 8:00—17:00',
  },
  {
    name: '芒璋乡托育服务点（样例）',
    serial: 23,
    year: 2025,
    ownership: 'puhui',
    township: 'mangzhang',
    east: 100,
    north: 100,
    street: '芒璋乡样例街3号',
    classes: [{ kind: 'mixed', capacity: 12, enrolled: 0, fee: 600 }],
    careTypes: FULL,
    meals: 230,
    status: 'pending',
    statusReason: '场地安全评估报告待补交（样例）',
  },
  {
    name: '盈江农场社区幼儿园托班（样例）',
    serial: 24,
    year: 2024,
    ownership: 'public',
    township: 'farm',
    east: -80,
    north: 60,
    street: '盈江农场社区样例路1号',
    classes: [{ kind: 'senior', capacity: 20, enrolled: 12, fee: 400 }],
    careTypes: ['full_day'],
    meals: 240,
    kindergartenClass: true,
    hours: '周一至周五 8:00—17:00',
    inspections: [PASS(55)],
  },
];

const METRES_PER_DEGREE_LAT = 111_320;

function locationOf(s: SampleInstitution): { lat: number; lng: number } {
  const centre = TOWNSHIPS.find((t) => t.code === s.township)!.centre;
  const lat = centre.lat + s.north / METRES_PER_DEGREE_LAT;
  const lng = centre.lng + s.east / (METRES_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) };
}

export function sampleFilingNumber(s: Pick<SampleInstitution, 'year' | 'serial'>): string {
  return `533123BA${s.year}${String(s.serial).padStart(4, '0')}`;
}

function checked<T>(what: string, result: { ok: true; value: T } | { ok: false; fields: Record<string, string> }): T {
  if (!result.ok) throw new Error(`seed ${what} is invalid: ${JSON.stringify(result.fields)}`);
  return result.value;
}

export interface NurserySeedSummary {
  institutions: number;
  demoInstitutionId: string;
}

/** Files, offers, inspects and opens visit slots for every sample institution not yet there. */
export async function seedNurseryInstitutions(db: Kysely<Database>, now: Date): Promise<NurserySeedSummary> {
  const deps = { db, clock: { now: () => now } };
  const today = todayIn(now);
  let added = 0;
  for (const s of SAMPLE_INSTITUTIONS) {
    const filingNumber = sampleFilingNumber(s);
    if (await findInstitutionByFilingNumber(db, filingNumber)) continue;
    const institution = checked(
      s.name,
      validate(institutionSchema, {
        name: s.name,
        filingNumber,
        ownership: s.ownership,
        demonstration: s.demonstration ?? false,
        kindergartenClass: s.kindergartenClass ?? false,
        township: s.township,
        address: `盈江县${s.street}`,
        location: locationOf(s),
        phone: `1380013${String(9000 + s.serial)}`,
        hours: s.hours ?? '周一至周五 7:30—17:30',
        careTypes: s.careTypes,
        caregivers: s.classes.reduce((n, c) => n + Math.ceil(c.enrolled / 3) + 1, 0),
        ...(s.grade ? { grade: s.grade } : {}),
      }),
    );
    const id = await fileNewInstitution(deps, institution, { sample: true });
    const offer = checked(
      `${s.name} offer`,
      validate(offerSchema, {
        classes: s.classes.map((c) => ({ kind: c.kind, capacity: c.capacity, enrolled: c.enrolled, careFeeMonthlyFen: c.fee * 100 })),
        mealsMonthlyFen: s.meals * 100,
        otherFees: [
          { name: '被褥费', amountFen: 20000, per: 'once' },
          { name: '保险费（自愿）', amountFen: 5000, per: 'term' },
        ],
        hours: institution.hours,
        careTypes: s.careTypes,
        caregivers: institution.caregivers,
      }),
    );
    await setOffer(deps, id, offer);
    for (const i of s.inspections ?? []) {
      const inspection = checked(
        `${s.name} inspection`,
        validate(strictFields('检查记录', inspectionSchema(today)), { date: addDays(today, -i.daysAgo), result: i.result, notes: i.notes }),
      );
      await addInspection(deps, id, { date: inspection.date, result: inspection.result, notes: inspection.notes ?? '' }, null);
    }
    for (const [days, time, capacity] of s.slots ?? []) {
      const slot = checked(
        `${s.name} slot`,
        validate(visitSlotSchema(shanghaiLocal(now)), { start: `${addDays(today, days)}T${time}`, durationMin: 60, capacity }),
      );
      await addSlot(deps, id, slot);
    }
    if (s.status && s.status !== 'filed') await setStatus(deps, id, s.status, s.statusReason ?? '');
    added += 1;
  }
  const demo = await findInstitutionByFilingNumber(db, DEMO_NURSERY_FILING_NUMBER);
  if (!demo) throw new Error('seed: the demo nursery was not created');
  return { institutions: added, demoInstitutionId: demo.id };
}

/**
 * Visits booked by sample parents at the 示范 institution, so the operator's queue has work: one
 * waiting for an answer, one accepted, one fills the one-family slot. Through the parent's and the
 * operator's own code paths.
 */
export async function seedNurseryRequests(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  parents: readonly string[],
  operator: { userId: string; institutionId: string },
  now: Date,
): Promise<number> {
  const has = await db.selectFrom('nursery_requests').select('id').where('institution_id', '=', operator.institutionId).executeTakeFirst();
  if (has) return 0;
  const deps = { db, crypto, clock: { now: () => now }, notify: inboxNotifier(db, () => now) };
  const slots = await db
    .selectFrom('nursery_visit_slots')
    .selectAll()
    .where('institution_id', '=', operator.institutionId)
    .orderBy('start')
    .execute();
  const plans: { parent: string; slot: (typeof slots)[number] | undefined; accept?: string }[] = [
    { parent: parents[0]!, slot: slots[0], accept: '欢迎参观，请带好身份证，到园后联系门卫（样例）' },
    { parent: parents[1]!, slot: slots[0] },
    { parent: parents[2]!, slot: slots[1] },
  ];
  let made = 0;
  for (const plan of plans) {
    if (!plan.slot) continue;
    const row = await bookVisitFor(deps, plan.parent, {
      institutionId: operator.institutionId,
      slotId: plan.slot.id,
      visitors: 2,
      childId: null,
      phone: null,
    });
    if (plan.accept) await decideRequest(deps, operator, row.id, 'accept', plan.accept);
    made += 1;
  }
  return made;
}
