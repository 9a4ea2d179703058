// The national immunization schedule (国家免疫规划疫苗儿童免疫程序) as versioned data, and the pure
// rules that turn it into one child's calendar (docs/decisions.md §5).
//
// Two editions are held:
//   '2021'           国家免疫规划疫苗儿童免疫程序及说明（2021年版）— every vaccine of the programme.
//   '2025-01-01 调整' the 百白破 change in force from 2025-01-01: DTaP at 2, 4, 6, 18 months and 6 years;
//                    the 6-year DT dose is dropped. It replaces only the 百白破/白破 series; every other
//                    series stays on the 2021 edition.
//
// Which edition a dose follows is itself a rule in data (EDITION_RULE below):
//   A dose follows the edition that was in force on the day it fell due under the programme the child
//   was already on. So dose k of a replaced series keeps its 2021 date when that date is before
//   2025-01-01, and follows the 2025 programme when the 2021 date is on or after 2025-01-01 — with
//   dueFrom no earlier than 2025-01-01 (a 2025 dose cannot have fallen due before the change existed).
//   A 2021 dose that falls due on or after the change and has no counterpart in the new edition is
//   dropped (the 6-year DT dose); a dose only the new edition has is scheduled if its own date is on
//   or after the change.
//   Example, born 2024-06-15: DTaP 1–3 at 3, 4, 5 months (2024-09-15, 2024-10-15, 2024-11-15: 2021
//   edition, all before the change); DTaP 4 at 18 months (2025-12-15, both editions agree, 2025
//   edition); at 6 years DTaP (2025 edition) instead of DT. Born 2024-10-15: the 2021 3-month date
//   (2025-01-15) is after the change, so dose 1 follows the 2025 programme — its 2-month date
//   (2024-12-15) is before the change, so it is due from 2025-01-01.
//   The notice's own catch-up (衔接) rules are in 中国疾控中心's technical plan; the clinic's
//   judgement for a particular child prevails over this calendar.
//
// Dates: ages are minimum ages (可接种起始) counted with domain/dates addMonths, so the end of a
// shorter month clamps (born 2024-08-31 → 6 months = 2025-02-28). Deadlines (最迟完成) are exclusive:
// "小于12月龄完成" means complete before the date the child reaches 12 months.
import * as v from 'valibot';
import type { ChildSummary } from '../children/types';
import { addDays, addMonths, compareDates } from '../dates';
import type { Assert, Equals } from '../typeChecks';
import { calendarDate, oneOf, refine, requiredText, strictFields, typeMessage } from '../validation';
import type { DoseStatus, DoseView, GivenDose, RecordDoseInput, VaccineCalendar, VaccineHistory } from './types';

export type ProductCode =
  'HepB' | 'BCG' | 'IPV' | 'bOPV' | 'DTaP' | 'DT' | 'MMR' | 'JE-L' | 'JE-I' | 'MPSV-A' | 'MPSV-AC' | 'HepA-L' | 'HepA-I';

export const PRODUCTS: Readonly<Record<ProductCode, { name: string }>> = {
  HepB: { name: '乙肝疫苗' },
  BCG: { name: '卡介苗' },
  IPV: { name: '脊灰灭活疫苗' },
  bOPV: { name: '脊灰减毒活疫苗' },
  DTaP: { name: '百白破疫苗' },
  DT: { name: '白破疫苗' },
  MMR: { name: '麻腮风疫苗' },
  'JE-L': { name: '乙脑减毒活疫苗' },
  'JE-I': { name: '乙脑灭活疫苗' },
  'MPSV-A': { name: 'A群流脑多糖疫苗' },
  'MPSV-AC': { name: 'A群C群流脑多糖疫苗' },
  'HepA-L': { name: '甲肝减毒活疫苗' },
  'HepA-I': { name: '甲肝灭活疫苗' },
};

export const PRODUCT_CODES = Object.keys(PRODUCTS) as ProductCode[];

/** An age counted from the birth date: years and months by calendar month (clamped), then days. */
export interface Age {
  years?: number;
  months?: number;
  days?: number;
}

export interface Deadline {
  /** Complete before the child reaches this age. */
  age: Age;
  /** The deadline as the source words it. */
  text: string;
  source: string;
}

export interface DoseRule {
  /** Stable id, shared by a series' alternative programmes ('je-1' is the first 乙脑 dose, either product). */
  doseId: string;
  product: ProductCode;
  /** Number within the series as the 说明 counts it (脊灰 bOPV doses are 第3剂 and 第4剂). */
  doseNumber: number;
  minAge: Age;
  /** When the previous dose of the programme was given late, this one is due no sooner than this many days after it. */
  minDaysAfterPrevious?: number;
  completeBefore?: Deadline;
  /**
   * Given by the 助产机构 at birth (2021年版说明: 乙肝疫苗第1剂 出生后24小时内, 卡介苗 出生时): recorded by the
   * hospital, or carried over by the clinic when it issues the 预防接种证.
   */
  atBirth?: true;
  note?: string;
}

export interface SeriesProgram {
  /** The product that identifies the programme: its first dose's product. */
  product: ProductCode;
  doses: readonly DoseRule[];
}

export type SeriesKey = 'hepb' | 'bcg' | 'polio' | 'dtp' | 'mmr' | 'je' | 'mpsv' | 'hepa';

export interface VaccineSeries {
  key: SeriesKey;
  disease: string;
  /** The first is the default; the others are alternatives a family may take instead (chosen by the first dose given). */
  programs: readonly SeriesProgram[];
}

export type ScheduleEditionId = '2021' | '2025-01-01 调整';

export interface ScheduleEdition {
  id: ScheduleEditionId;
  title: string;
  /** For a later edition: the date from which its series replace the earlier edition's (see EDITION_RULE). */
  inForceFrom?: string;
  source: string;
  series: readonly VaccineSeries[];
}

const SCHEDULE_2021 = '国家免疫规划疫苗儿童免疫程序及说明（2021年版）';
const DEADLINE_SOURCE = '2021年版说明 一、(四) 及时完成接种';
const DTP_2025 =
  '国家疾控局等部门《关于国家免疫规划百白破疫苗和白破疫苗免疫程序调整相关工作的通知》（2024年12月公布，自2025年1月1日起执行）';

function before(age: Age, text: string, source = DEADLINE_SOURCE): Deadline {
  return { age, text, source };
}

const BEFORE_12_MONTHS = (what: string) => before({ months: 12 }, `${what}：小于12月龄完成`);
const BEFORE_18_MONTHS = (what: string) => before({ months: 18 }, `${what}：小于18月龄完成`);
const BEFORE_24_MONTHS = (what: string) => before({ months: 24 }, `${what}：小于24月龄完成`);
const BEFORE_YEARS = (years: number, what: string) => before({ years }, `${what}：小于${years}周岁完成`);

const JE_I_NOTE = '也可接种乙脑灭活疫苗（共4剂）';
const HEPA_I_NOTE = '也可接种甲肝灭活疫苗（共2剂）';

const SERIES_2021: readonly VaccineSeries[] = [
  {
    key: 'hepb',
    disease: '乙型病毒性肝炎',
    programs: [
      {
        product: 'HepB',
        doses: [
          {
            doseId: 'hepb-1',
            product: 'HepB',
            doseNumber: 1,
            minAge: {},
            // 24 hours after a birth late in the day end on the next calendar day; as a date the dose
            // is late from the second day after the birth.
            completeBefore: before({ days: 2 }, '乙肝疫苗第1剂：出生后24小时内完成'),
            atBirth: true,
            note: '出生后24小时内接种',
          },
          { doseId: 'hepb-2', product: 'HepB', doseNumber: 2, minAge: { months: 1 } },
          { doseId: 'hepb-3', product: 'HepB', doseNumber: 3, minAge: { months: 6 }, completeBefore: BEFORE_12_MONTHS('乙肝疫苗第3剂') },
        ],
      },
    ],
  },
  {
    key: 'bcg',
    disease: '结核病',
    programs: [
      {
        product: 'BCG',
        doses: [
          {
            doseId: 'bcg-1',
            product: 'BCG',
            doseNumber: 1,
            minAge: {},
            completeBefore: before({ months: 3 }, '卡介苗：小于3月龄完成'),
            atBirth: true,
          },
        ],
      },
    ],
  },
  {
    key: 'polio',
    disease: '脊髓灰质炎',
    programs: [
      {
        product: 'IPV',
        doses: [
          { doseId: 'ipv-1', product: 'IPV', doseNumber: 1, minAge: { months: 2 } },
          { doseId: 'ipv-2', product: 'IPV', doseNumber: 2, minAge: { months: 3 } },
          { doseId: 'bopv-3', product: 'bOPV', doseNumber: 3, minAge: { months: 4 }, completeBefore: BEFORE_12_MONTHS('脊灰疫苗第3剂') },
          { doseId: 'bopv-4', product: 'bOPV', doseNumber: 4, minAge: { years: 4 }, completeBefore: BEFORE_YEARS(5, '脊灰疫苗第4剂') },
        ],
      },
    ],
  },
  {
    key: 'dtp',
    disease: '百日咳、白喉、破伤风',
    programs: [
      {
        product: 'DTaP',
        doses: [
          { doseId: 'dtap-1', product: 'DTaP', doseNumber: 1, minAge: { months: 3 } },
          { doseId: 'dtap-2', product: 'DTaP', doseNumber: 2, minAge: { months: 4 } },
          { doseId: 'dtap-3', product: 'DTaP', doseNumber: 3, minAge: { months: 5 }, completeBefore: BEFORE_12_MONTHS('百白破疫苗第3剂') },
          { doseId: 'dtap-4', product: 'DTaP', doseNumber: 4, minAge: { months: 18 }, completeBefore: BEFORE_24_MONTHS('百白破疫苗第4剂') },
          {
            doseId: 'dt-5',
            product: 'DT',
            doseNumber: 5,
            minAge: { years: 6 },
            completeBefore: BEFORE_YEARS(7, '白破疫苗'),
            note: '百白破程序的第5剂（6周岁加强）',
          },
        ],
      },
    ],
  },
  {
    key: 'mmr',
    disease: '麻疹、流行性腮腺炎、风疹',
    programs: [
      {
        product: 'MMR',
        doses: [
          { doseId: 'mmr-1', product: 'MMR', doseNumber: 1, minAge: { months: 8 }, completeBefore: BEFORE_12_MONTHS('麻腮风疫苗第1剂') },
          { doseId: 'mmr-2', product: 'MMR', doseNumber: 2, minAge: { months: 18 }, completeBefore: BEFORE_24_MONTHS('麻腮风疫苗第2剂') },
        ],
      },
    ],
  },
  {
    key: 'je',
    disease: '流行性乙型脑炎',
    programs: [
      {
        product: 'JE-L',
        doses: [
          {
            doseId: 'je-1',
            product: 'JE-L',
            doseNumber: 1,
            minAge: { months: 8 },
            completeBefore: BEFORE_12_MONTHS('乙脑减毒活疫苗第1剂'),
            note: JE_I_NOTE,
          },
          {
            doseId: 'je-2',
            product: 'JE-L',
            doseNumber: 2,
            minAge: { years: 2 },
            // The 2 y dose cannot be "complete before 24 months"; the 说明 gives 3 years.
            completeBefore: BEFORE_YEARS(3, '乙脑减毒活疫苗第2剂'),
            note: JE_I_NOTE,
          },
        ],
      },
      {
        product: 'JE-I',
        doses: [
          { doseId: 'je-1', product: 'JE-I', doseNumber: 1, minAge: { months: 8 } },
          {
            doseId: 'je-2',
            product: 'JE-I',
            doseNumber: 2,
            minAge: { months: 8, days: 7 },
            minDaysAfterPrevious: 7,
            completeBefore: BEFORE_12_MONTHS('乙脑灭活疫苗第2剂'),
            note: '与第1剂间隔7～10天',
          },
          { doseId: 'je-3', product: 'JE-I', doseNumber: 3, minAge: { years: 2 }, completeBefore: BEFORE_YEARS(3, '乙脑灭活疫苗第3剂') },
          { doseId: 'je-4', product: 'JE-I', doseNumber: 4, minAge: { years: 6 }, completeBefore: BEFORE_YEARS(7, '乙脑灭活疫苗第4剂') },
        ],
      },
    ],
  },
  {
    key: 'mpsv',
    disease: '流行性脑脊髓膜炎',
    programs: [
      {
        product: 'MPSV-A',
        doses: [
          { doseId: 'mpsva-1', product: 'MPSV-A', doseNumber: 1, minAge: { months: 6 } },
          {
            doseId: 'mpsva-2',
            product: 'MPSV-A',
            doseNumber: 2,
            minAge: { months: 9 },
            completeBefore: BEFORE_18_MONTHS('A群流脑多糖疫苗第2剂'),
          },
          {
            doseId: 'mpsvac-1',
            product: 'MPSV-AC',
            doseNumber: 1,
            minAge: { years: 3 },
            completeBefore: BEFORE_YEARS(4, 'A群C群流脑多糖疫苗第1剂'),
          },
          {
            doseId: 'mpsvac-2',
            product: 'MPSV-AC',
            doseNumber: 2,
            minAge: { years: 6 },
            completeBefore: BEFORE_YEARS(7, 'A群C群流脑多糖疫苗第2剂'),
          },
        ],
      },
    ],
  },
  {
    key: 'hepa',
    disease: '甲型病毒性肝炎',
    programs: [
      {
        product: 'HepA-L',
        doses: [
          {
            doseId: 'hepa-1',
            product: 'HepA-L',
            doseNumber: 1,
            minAge: { months: 18 },
            completeBefore: BEFORE_24_MONTHS('甲肝减毒活疫苗或甲肝灭活疫苗第1剂'),
            note: HEPA_I_NOTE,
          },
        ],
      },
      {
        product: 'HepA-I',
        doses: [
          {
            doseId: 'hepa-1',
            product: 'HepA-I',
            doseNumber: 1,
            minAge: { months: 18 },
            completeBefore: BEFORE_24_MONTHS('甲肝减毒活疫苗或甲肝灭活疫苗第1剂'),
          },
          {
            doseId: 'hepa-2',
            product: 'HepA-I',
            doseNumber: 2,
            minAge: { months: 24 },
            completeBefore: BEFORE_YEARS(3, '甲肝灭活疫苗第2剂'),
          },
        ],
      },
    ],
  },
];

// The deadlines the 2024 notice left unchanged are carried over dose by dose.
const DTP_DEADLINE = (age: Age, text: string) => before(age, text, `${DEADLINE_SOURCE}（调整后沿用；以中国疾控中心实施技术方案为准）`);

const SERIES_2025: readonly VaccineSeries[] = [
  {
    key: 'dtp',
    disease: '百日咳、白喉、破伤风',
    programs: [
      {
        product: 'DTaP',
        doses: [
          { doseId: 'dtap-1', product: 'DTaP', doseNumber: 1, minAge: { months: 2 } },
          { doseId: 'dtap-2', product: 'DTaP', doseNumber: 2, minAge: { months: 4 } },
          {
            doseId: 'dtap-3',
            product: 'DTaP',
            doseNumber: 3,
            minAge: { months: 6 },
            completeBefore: DTP_DEADLINE({ months: 12 }, '百白破疫苗第3剂：小于12月龄完成'),
          },
          {
            doseId: 'dtap-4',
            product: 'DTaP',
            doseNumber: 4,
            minAge: { months: 18 },
            completeBefore: DTP_DEADLINE({ months: 24 }, '百白破疫苗第4剂：小于24月龄完成'),
          },
          {
            doseId: 'dtap-5',
            product: 'DTaP',
            doseNumber: 5,
            minAge: { years: 6 },
            completeBefore: DTP_DEADLINE({ years: 7 }, '百白破疫苗第5剂（原白破疫苗）：小于7周岁完成'),
            note: '2025年1月1日起6周岁改种百白破疫苗，不再接种白破疫苗',
          },
        ],
      },
    ],
  },
];

/** Oldest first; each later edition replaces the series it lists, per EDITION_RULE. */
export const SCHEDULE_EDITIONS: readonly ScheduleEdition[] = [
  { id: '2021', title: SCHEDULE_2021, source: SCHEDULE_2021, series: SERIES_2021 },
  { id: '2025-01-01 调整', title: '百白破疫苗免疫程序调整', inForceFrom: '2025-01-01', source: DTP_2025, series: SERIES_2025 },
];

export const EDITION_RULE = {
  rule:
    '每一剂按“该剂按原程序应种之日”所在时点施行的程序：原程序（2021年版）起始接种日期在调整施行日（2025-01-01）之前的剂次沿用原程序；' +
    '在施行日当天或之后的剂次按调整后程序（同一剂次号），其可接种起始日期不早于施行日；' +
    '原程序中施行日以后才到期、调整后程序没有的剂次（6周岁白破疫苗）不再接种；调整后程序新增的剂次只在其日期不早于施行日时安排。',
  source:
    `${DTP_2025}。该通知对2025年1月1日前已开始或尚未完成百白破接种的儿童另有衔接（补种）规定，见中国疾控中心实施技术方案；` +
    '本规则是其简化：以剂次原定日期划分新旧程序，具体儿童以接种单位的判断为准。',
} as const;

/** One dose of one child's schedule, before anything is recorded against it. */
export interface ScheduledDose {
  doseId: string;
  series: SeriesKey;
  vaccine: string;
  product: ProductCode;
  /** Products also accepted for this dose (the alternative programme's dose of the same id). */
  alternatives: ProductCode[];
  doseNumber: number;
  dueFrom: string;
  completeBy?: string;
  /** The deadline as the source words it, e.g. '乙肝疫苗第3剂：小于12月龄完成'. */
  completeByText?: string;
  /** Days after the previous dose of the programme, when that one is given late. */
  minDaysAfterPrevious?: number;
  atBirth?: true;
  /** Position within the child's programme of the series (doseNumber repeats: A群 and A群C群 流脑 each start at 1). */
  seriesIndex: number;
  edition: ScheduleEditionId;
  note?: string;
  source: string;
}

/** Which programme a family follows where the schedule offers an alternative; missing = the default. */
export type ProgramChoices = Partial<Record<SeriesKey, ProductCode>>;

export function ageDate(birthDate: string, age: Age): string {
  const months = (age.years ?? 0) * 12 + (age.months ?? 0);
  return addDays(addMonths(birthDate, months), age.days ?? 0);
}

function laterOf(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

function pickProgram(series: VaccineSeries, choice: ProductCode | undefined): SeriesProgram {
  return series.programs.find((p) => p.product === choice) ?? series.programs[0]!;
}

function resolve(birthDate: string, series: VaccineSeries, rule: DoseRule, edition: ScheduleEdition, notBefore?: string): ScheduledDose {
  const alternatives = series.programs
    .flatMap((p) => p.doses)
    .filter((d) => d.doseId === rule.doseId && d.product !== rule.product)
    .map((d) => d.product);
  const dueFrom = ageDate(birthDate, rule.minAge);
  const dose: ScheduledDose = {
    doseId: rule.doseId,
    series: series.key,
    vaccine: PRODUCTS[rule.product].name,
    product: rule.product,
    alternatives: [...new Set(alternatives)],
    doseNumber: rule.doseNumber,
    seriesIndex: 0,
    dueFrom: notBefore ? laterOf(dueFrom, notBefore) : dueFrom,
    edition: edition.id,
    source: edition.source,
  };
  if (rule.completeBefore) {
    dose.completeBy = ageDate(birthDate, rule.completeBefore.age);
    dose.completeByText = rule.completeBefore.text;
  }
  if (rule.minDaysAfterPrevious !== undefined) dose.minDaysAfterPrevious = rule.minDaysAfterPrevious;
  if (rule.atBirth) dose.atBirth = true;
  if (rule.note) dose.note = rule.note;
  return dose;
}

/** Applies a later edition to one series' doses, by dose number (EDITION_RULE). */
function applyEdition(
  birthDate: string,
  doses: readonly ScheduledDose[],
  later: ScheduleEdition,
  laterSeries: VaccineSeries,
  choice: ProductCode | undefined,
): ScheduledDose[] {
  const from = later.inForceFrom;
  if (!from) throw new RangeError(`Edition ${later.id} has no inForceFrom`);
  const laterRules = pickProgram(laterSeries, choice).doses;
  const numbers = [...new Set([...doses.map((d) => d.doseNumber), ...laterRules.map((r) => r.doseNumber)])].sort((a, b) => a - b);
  const out: ScheduledDose[] = [];
  for (const n of numbers) {
    const current = doses.find((d) => d.doseNumber === n);
    const replacement = laterRules.find((r) => r.doseNumber === n);
    if (current && compareDates(current.dueFrom, from) < 0) out.push(current);
    else if (replacement && (current || compareDates(ageDate(birthDate, replacement.minAge), from) >= 0)) {
      out.push(resolve(birthDate, laterSeries, replacement, later, from));
    }
    // else: a dose the later edition dropped, or one only it has that would have fallen due before it existed.
  }
  return out;
}

/**
 * Every dose of the programme for a child born on `birthDate`, ordered by dueFrom (then schedule
 * order). `choices` picks an alternative programme (JE-I, HepA-I) for a series.
 */
export function scheduleFor(birthDate: string, choices: ProgramChoices = {}): ScheduledDose[] {
  const key = `${birthDate}|${Object.entries(choices)
    .filter(([, product]) => product !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([series, product]) => `${series}=${product}`)
    .join(',')}`;
  const doses = SCHEDULES.get(key) ?? remember(SCHEDULES, key, Object.freeze(computeSchedule(birthDate, choices)));
  return doses.slice();
}

// A schedule depends only on the birth date and the programme choices, and takes ~1.5 ms to work
// out; a county's children share a few thousand birth dates (the reminder job reads them all each
// hour). Kept frozen, handed out as a fresh array; each series' doses are kept too, so the schedule
// under another choice for one series costs only that series.
const SCHEDULES = new Map<string, readonly ScheduledDose[]>();
const SERIES_SCHEDULES = new Map<string, readonly ScheduledDose[]>();
const SCHEDULES_MAX = 20_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= SCHEDULES_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** One series' doses for a child born on `birthDate` under `choice` (undefined: the default programme), in schedule order. */
export function seriesScheduleFor(birthDate: string, seriesKey: SeriesKey, choice: ProductCode | undefined): readonly ScheduledDose[] {
  const key = `${birthDate}|${seriesKey}|${choice ?? ''}`;
  const known = SERIES_SCHEDULES.get(key);
  if (known) return known;
  const [base, ...later] = SCHEDULE_EDITIONS;
  const series = base!.series.find((s) => s.key === seriesKey);
  if (!series) throw new RangeError(`No series ${seriesKey}`);
  let doses = pickProgram(series, choice).doses.map((rule) => resolve(birthDate, series, rule, base!));
  for (const edition of later) {
    const laterSeries = edition.series.find((s) => s.key === series.key);
    if (laterSeries) doses = applyEdition(birthDate, doses, edition, laterSeries, choice);
  }
  return remember(SERIES_SCHEDULES, key, Object.freeze(doses.map((d, seriesIndex) => Object.freeze({ ...d, seriesIndex }))));
}

function computeSchedule(birthDate: string, choices: ProgramChoices): ScheduledDose[] {
  const all: ScheduledDose[] = [];
  for (const series of SCHEDULE_EDITIONS[0]!.series) all.push(...seriesScheduleFor(birthDate, series.key, choices[series.key]));
  return stableSortByDate(all, (d) => d.dueFrom);
}

export function stableSortByDate<T>(items: readonly T[], date: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compareDates(date(a.item), date(b.item)) || a.index - b.index)
    .map((x) => x.item);
}

/** Every dose id a child born on `birthDate` could have, across alternative programmes, with the products each accepts. */
export function possibleDoses(birthDate: string): Map<string, { dose: ScheduledDose; products: ProductCode[] }> {
  const byId = new Map<string, { dose: ScheduledDose; products: ProductCode[] }>();
  const variants: ProgramChoices[] = [{}];
  for (const series of SCHEDULE_EDITIONS[0]!.series) {
    for (const program of series.programs.slice(1)) variants.push({ [series.key]: program.product });
  }
  for (const choices of variants) {
    for (const dose of scheduleFor(birthDate, choices)) {
      const entry = byId.get(dose.doseId);
      if (!entry) byId.set(dose.doseId, { dose, products: [dose.product, ...dose.alternatives] });
      else for (const p of [dose.product, ...dose.alternatives]) if (!entry.products.includes(p)) entry.products.push(p);
    }
  }
  return byId;
}

/** '乙肝疫苗 第2剂'. */
export function doseTitle(dose: { vaccine: string; doseNumber: number }): string {
  return `${dose.vaccine} 第${dose.doseNumber}剂`;
}

// ---- One child's calendar -------------------------------------------------------------------

export type GivenDoses = Readonly<Record<string, GivenDose>>;

/**
 * The programme each series with an alternative follows: the one whose dose matches the product of
 * the series' first recorded dose (乙脑灭活疫苗 given as 第1剂 → the 4-dose JE-I programme).
 */
export function programChoicesFrom(given: GivenDoses): ProgramChoices {
  const choices: ProgramChoices = {};
  for (const series of SCHEDULE_EDITIONS[0]!.series) {
    if (series.programs.length < 2) continue;
    const rules = series.programs.flatMap((p) => p.doses).sort((a, b) => a.doseNumber - b.doseNumber);
    const first = rules.find((r) => given[r.doseId] !== undefined);
    if (!first) continue;
    const product = given[first.doseId]!.product;
    const program = series.programs.find((p) => p.doses.some((d) => d.doseId === first.doseId && d.product === product));
    if (program) choices[series.key] = program.product;
  }
  return choices;
}

/** given; overdue (not given and today ≥ completeBy); due (today ≥ dueFrom); upcoming. By dates alone: see calendarFor for 'unrecorded'. */
export function doseStatus(
  dose: { dueFrom: string; completeBy?: string; status?: DoseStatus },
  given: GivenDose | undefined,
  today: string,
): DoseStatus {
  if (given) return 'given';
  // A dose the calendar could not know about stays so whatever the date.
  if (dose.status === 'unrecorded') return 'unrecorded';
  if (dose.completeBy !== undefined && compareDates(today, dose.completeBy) >= 0) return 'overdue';
  if (compareDates(today, dose.dueFrom) >= 0) return 'due';
  return 'upcoming';
}

/** A dose that must follow the previous one by some days (JE-I 第2剂) moves later when that one was given late. */
function withIntervals(doses: readonly ScheduledDose[], given: GivenDoses): ScheduledDose[] {
  return doses.map((dose) => {
    if (dose.minDaysAfterPrevious === undefined) return dose;
    const previous = doses.find((d) => d.series === dose.series && d.doseNumber === dose.doseNumber - 1);
    const previousGiven = previous && given[previous.doseId];
    if (!previousGiven) return dose;
    return { ...dose, dueFrom: laterOf(dose.dueFrom, addDays(previousGiven.date, dose.minDaysAfterPrevious)) };
  });
}

/**
 * A series' deadline binds every dose before it: 百白破疫苗第3剂 "小于12月龄完成" means doses 1 and 2 by
 * then too (2021年版说明 一、(四)). So a dose's deadline is the earliest of its own and those of the
 * later doses of its series — and a later dose is never more urgent than an earlier one.
 */
function withSeriesDeadlines(doses: readonly ScheduledDose[]): ScheduledDose[] {
  return doses.map((dose) => {
    let binding: ScheduledDose | undefined = dose.completeBy !== undefined ? dose : undefined;
    for (const later of doses) {
      if (later.series !== dose.series || later.seriesIndex <= dose.seriesIndex || later.completeBy === undefined) continue;
      if (!binding || compareDates(later.completeBy, binding.completeBy!) < 0) binding = later;
    }
    if (!binding || binding === dose) return dose;
    return { ...dose, completeBy: binding.completeBy!, completeByText: binding.completeByText! };
  });
}

/** The default history: known from birth with the 接种证 issued here — dates alone decide. */
function fullHistory(birthDate: string): VaccineHistory {
  return { knownSince: birthDate, certificateIssued: true, anyRecorded: true };
}

/**
 * 'unrecorded' instead of a date-based status, for a dose not on record that the system cannot judge:
 *  - a later dose of its series is on record (it was most likely given, elsewhere or before);
 *  - a birth dose (乙肝疫苗第1剂, 卡介苗) while the 预防接种证 has not been issued here — the 助产机构
 *    gives it, and the clinic carries it over when it issues the 接种证;
 *  - it would be overdue, and either its deadline passed before the system kept this child's record,
 *    or nothing at all is on record and no 接种证 was issued here (the history predates the system).
 */
function isUnrecorded(
  dose: ScheduledDose,
  byDate: DoseStatus,
  given: GivenDoses,
  doses: readonly ScheduledDose[],
  history: VaccineHistory,
): boolean {
  if (byDate === 'given') return false;
  if (doses.some((d) => d.series === dose.series && d.seriesIndex > dose.seriesIndex && given[d.doseId] !== undefined)) return true;
  if (dose.atBirth && !history.certificateIssued) return true;
  if (byDate !== 'overdue') return false;
  if (dose.completeBy !== undefined && compareDates(dose.completeBy, history.knownSince) <= 0) return true;
  return !history.anyRecorded && !history.certificateIssued;
}

function toView(dose: ScheduledDose, given: GivenDose | undefined, status: DoseStatus): DoseView {
  const view: DoseView = {
    doseId: dose.doseId,
    vaccine: dose.vaccine,
    product: dose.product,
    doseNumber: dose.doseNumber,
    dueFrom: dose.dueFrom,
    status,
    edition: dose.edition,
  };
  if (dose.completeBy !== undefined) view.completeBy = dose.completeBy;
  if (given) view.given = given;
  if (dose.note !== undefined) view.note = dose.note;
  return view;
}

/**
 * The child's calendar on `today`: every dose of the programme with its dates and status, ordered by
 * dueFrom. Records for doses outside the child's programme (a JE-I 第3剂 on the JE-L programme) are
 * not shown. `history` says what the system can know (see isUnrecorded); without it, dates alone decide.
 */
export function calendarFor(
  child: ChildSummary,
  given: GivenDoses,
  today: string,
  history: VaccineHistory = fullHistory(child.birthDate),
): VaccineCalendar {
  const doses = stableSortByDate(
    withSeriesDeadlines(withIntervals(scheduleFor(child.birthDate, programChoicesFrom(given)), given)),
    (d) => d.dueFrom,
  );
  const sources = SCHEDULE_EDITIONS.filter((e) => doses.some((d) => d.edition === e.id)).map((e) => e.source);
  return {
    child,
    doses: doses.map((d) => {
      const byDate = doseStatus(d, given[d.doseId], today);
      return toView(d, given[d.doseId], isUnrecorded(d, byDate, given, doses, history) ? 'unrecorded' : byDate);
    }),
    source: sources.join('；'),
  };
}

const STATUS_RANK: Readonly<Record<DoseStatus, number>> = { overdue: 0, due: 1, upcoming: 2, unrecorded: 3, given: 4 };

/** What the family should do next: open doses, overdue first, then those due now, then the soonest upcoming. Unrecorded doses are for the clinic to check, not next. */
export function nextDoses(calendar: VaccineCalendar, today: string, limit = 3): DoseView[] {
  return calendar.doses
    .map((d, index) => ({ dose: { ...d, status: doseStatus(d, d.given, today) }, index }))
    .filter((x) => x.dose.status !== 'given' && x.dose.status !== 'unrecorded')
    .sort(
      (a, b) =>
        STATUS_RANK[a.dose.status] - STATUS_RANK[b.dose.status] || compareDates(a.dose.dueFrom, b.dose.dueFrom) || a.index - b.index,
    )
    .slice(0, Math.max(0, limit))
    .map((x) => x.dose);
}

// ---- Recording a dose (the clinic) ----------------------------------------------------------

export const RECORD_DOSE_LABELS = {
  childId: '孩子',
  doseId: '接种剂次',
  date: '接种日期',
  product: '疫苗品种',
  batch: '疫苗批号',
  clinic: '接种单位',
} as const satisfies Record<keyof RecordDoseInput, string>;

export const RECORD_DOSE_BOUNDS = {
  childIdMax: 64,
  batch: { min: 2, max: 30 },
  clinic: { min: 2, max: 50 },
} as const;

function textBetween(label: string, bounds: { min: number; max: number }) {
  return v.pipe(
    requiredText(label, bounds.max),
    refine((s) => Array.from(s).length >= bounds.min, `${label}不能少于${bounds.min}个字`),
  );
}

function productsText(products: readonly ProductCode[]): string {
  return products.map((p) => `${PRODUCTS[p].name}（${p}）`).join('或');
}

/**
 * A dose as the clinic records it. The dose must be one this child's schedule has (in any of its
 * alternative programmes), the product that dose's product or its listed alternative, the date
 * between the birth date and today.
 */
export function recordDoseSchema(today: string, birthDate: string) {
  const L = RECORD_DOSE_LABELS;
  const B = RECORD_DOSE_BOUNDS;
  const possible = possibleDoses(birthDate);
  const doseIds = [...possible.keys()];

  const fields = strictFields('接种记录', {
    childId: v.pipe(
      v.string(typeMessage(L.childId, '请选择')),
      v.trim(),
      refine((s) => s.length > 0, `请选择${L.childId}`),
      refine((s) => s.length <= B.childIdMax, `${L.childId}格式不正确`),
    ),
    doseId: oneOf(L.doseId, doseIds),
    date: v.pipe(
      calendarDate(L.date),
      refine((d) => compareDates(d, birthDate) >= 0, `${L.date}不能早于孩子的出生日期（${birthDate}）`),
      refine((d) => compareDates(d, today) <= 0, `${L.date}不能晚于今天`),
    ),
    product: oneOf(L.product, PRODUCT_CODES),
    batch: textBetween(L.batch, B.batch),
    clinic: textBetween(L.clinic, B.clinic),
  });

  return v.pipe(
    fields,
    v.forward(
      v.partialCheck(
        [['doseId'], ['product']],
        (x) => possible.get(x.doseId)?.products.includes(x.product) ?? false,
        (issue) => {
          const entry = possible.get(issue.input.doseId);
          return entry
            ? `${L.product}与${L.doseId}不符：${doseTitle(entry.dose)}应接种${productsText(entry.products)}`
            : `${L.product}与${L.doseId}不符`;
        },
      ),
      ['product'],
    ),
  );
}

type RecordDoseOutput = v.InferOutput<ReturnType<typeof recordDoseSchema>>;

/** Compile-time proof that the schema's output is the contract's RecordDoseInput (product narrowed to a known code). @public (exported only so the compiler keeps it; nothing imports it) */
export type RecordDoseSchemaMatchesContract = [
  Assert<Equals<keyof RecordDoseOutput, keyof RecordDoseInput>>,
  Assert<RecordDoseOutput extends RecordDoseInput ? true : false>,
];
