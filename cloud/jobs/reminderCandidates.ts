// Which families can possibly get a reminder today — a superset, worked out from a few small queries,
// so that the reminder job runs the full due list (dueEntriesOfFamily) for those families only
// instead of for every family every hour.
//
// A reminder goes out for an item whose date is exactly one of `daysBefore` days away, or whose first
// overdue day is today (domain remindersDue). So, per source of DUE_SOURCES, the families whose items
// can have such a date:
//   bundle deadlines  the 户口 / 医保 due dates follow from the case's birth date alone;
//   vaccine doses     dueFrom / completeBy follow from the birth date and the programme (every
//                     alternative is tried); a dose that must follow the previous one by some days
//                     moves with the previous dose's date (sealed at rest): every child with such a
//                     previous dose on record is a candidate while that dose is not overdue;
//   subsidies         an apply-by date is a year's end, a rule's fixed date or notBefore (all families
//                     when one of those is a reminder date), or the day before a recorded hukou move;
//   nursery visits    accepted visits from today on;
//   child checks      dueFrom / overdueFrom follow from the birth date alone (records only remove items);
//   screenings        the few children whose latest newborn screening asks for a recheck or a referral.
//   pregnancies       every family with a pregnancy in care (a few hundred in a county).
// A source without a finder here makes every family a candidate (correct, only slower);
// test/unit/reminderCandidates.test.ts checks that each source has one.
import type { Kysely } from 'kysely';
import { addDays, todayIn } from '../../domain/dates';
import { hukouDueDate, insuranceCoverDueDate } from '../../domain/birth/bundleRules';
import { RULES } from '../../domain/subsidy/rules';
import type { Deadline } from '../../domain/subsidy/ruleTypes';
import { SCHEDULE_EDITIONS, seriesScheduleFor, type ProductCode, type SeriesKey } from '../../domain/vaccine/schedule';
import {
  caseBirthDates,
  childBirthDates,
  familiesWithCaseBornOn,
  familiesWithChildBornOn,
  familiesWithHukouMoves,
  familiesWithReturnedSteps,
} from '../db/repos/children';
import { familiesWithVisitsFrom } from '../db/repos/nurseryRequests';
import type { Database } from '../db/tables';
import { bundleDeadlineSource, bundleFixSource, DUE_SOURCES, subsidySource, vaccineSource } from '../handlers/children/dueNext';
import type { DueSource } from '../handlers/children/dueSource';
import { nurseryVisitSource } from '../handlers/nursery/dueVisits';
import { childHealthSource } from '../handlers/childHealth/dueItems';
import { childCheckCalendar } from '../../domain/childHealth/childCheckCalendar';
import { openScreenings } from '../db/repos/childHealth';
import { pregnancySource } from '../handlers/maternal/dueSource';
import { familiesWithPregnancyInCare } from '../db/repos/pregnancies';
import { IN_CARE_AFTER_BIRTH_DAYS } from '../../domain/maternal/pregnancyDue';

export interface ReminderDays {
  today: string;
  /** today + each of daysBefore: an item dated on one of them gets a "before" reminder. */
  before: ReadonlySet<string>;
}

export function reminderDays(today: string, daysBefore: readonly number[]): ReminderDays {
  return { today, before: new Set(daysBefore.map((d) => addDays(today, d))) };
}

/** 'all' when every family must be checked. */
export type Candidates = Set<string> | 'all';

/** `pause` lets the caller give the event loop back between pieces of work. */
export type CandidateFinder = (db: Kysely<Database>, days: ReminderDays, pause: () => Promise<void>) => Promise<Candidates>;

/** A date that reminds today: `before` one, or an overdue-from date of today. */
function remindsOn(days: ReminderDays, date: string | undefined, overdueFrom: string | undefined): boolean {
  return (date !== undefined && days.before.has(date)) || overdueFrom === days.today;
}

const bundleCandidates: CandidateFinder = async (db, days, pause) => {
  const hits: string[] = [];
  for (const birth of await caseBirthDates(db)) {
    const dues = [hukouDueDate(birth), insuranceCoverDueDate(birth)];
    if (dues.some((due) => remindsOn(days, due, addDays(due, 1)))) hits.push(birth);
  }
  await pause();
  return familiesWithCaseBornOn(db, hits, pause);
};

/** Each series under its default programme and under each alternative (a series' doses depend only on its own choice). */
const SERIES_VARIANTS: readonly { series: SeriesKey; choice: ProductCode | undefined }[] = SCHEDULE_EDITIONS[0]!.series.flatMap((s) => [
  { series: s.key, choice: undefined },
  ...s.programs.slice(1).map((p) => ({ series: s.key, choice: p.product })),
]);

/** The doses before those whose date follows the previous dose's given date (minDaysAfterPrevious), in any edition or programme. */
const INTERVAL_PREVIOUS_IDS: readonly string[] = (() => {
  const rules = SCHEDULE_EDITIONS.flatMap((e) =>
    e.series.flatMap((s) => s.programs.flatMap((p) => p.doses.map((d) => ({ series: s.key, d })))),
  );
  const ids = new Set<string>();
  for (const { series, d } of rules) {
    if (d.minDaysAfterPrevious === undefined) continue;
    for (const other of rules) if (other.series === series && other.d.doseNumber === d.doseNumber - 1) ids.add(other.d.doseId);
  }
  return [...ids];
})();

/**
 * Per birth date: whether a dose's own dates remind today; whether a dose that moves with the previous
 * one can still remind "before" (not overdue yet: no completeBy, or completeBy after today).
 */
function vaccineDatesOf(birth: string, days: ReminderDays): { hit: boolean; intervalOpen: boolean } {
  let hit = false;
  let intervalOpen = false;
  for (const { series, choice } of SERIES_VARIANTS) {
    for (const d of seriesScheduleFor(birth, series, choice)) {
      if (remindsOn(days, d.dueFrom, d.completeBy)) hit = true;
      if (d.minDaysAfterPrevious !== undefined && (d.completeBy === undefined || d.completeBy > days.today)) intervalOpen = true;
    }
  }
  return { hit, intervalOpen };
}

const vaccineCandidates: CandidateFinder = async (db, days, pause) => {
  const hits: string[] = [];
  const open: string[] = [];
  let lastPause = Date.now();
  for (const birth of await childBirthDates(db, pause)) {
    const { hit, intervalOpen } = vaccineDatesOf(birth, days);
    if (hit) hits.push(birth);
    else if (intervalOpen) open.push(birth);
    if (Date.now() - lastPause > PAUSE_EVERY_MS) {
      await pause();
      lastPause = Date.now();
    }
  }
  const families = await familiesWithChildBornOn(db, hits, pause);
  for (const f of await familiesWithChildBornOn(db, open, pause, INTERVAL_PREVIOUS_IDS)) families.add(f);
  return families;
};

const deadlineDays = (d: Deadline | undefined): string[] => (!d ? [] : d.kind === 'date' ? [d.date] : d.notBefore ? [d.notBefore] : []);
const SUBSIDY_FIXED_DAYS: ReadonlySet<string> = new Set(
  RULES.rules.flatMap((r) => [...deadlineDays(r.apply.by), ...deadlineDays(r.apply.firstPeriodBy)]),
);

const subsidyCandidates: CandidateFinder = async (db, days) => {
  // The day before today too: an apply-by date passed yesterday would remind as overdue today.
  const dates = [...days.before, addDays(days.today, -1)];
  if (dates.some((d) => d.endsWith('-12-31') || SUBSIDY_FIXED_DAYS.has(d))) return 'all';
  return familiesWithHukouMoves(db);
};

/** A step sent back is dated the day it was sent back (a 'from' item): it reminds only if that day does. */
const bundleFixCandidates: CandidateFinder = async (db, days) =>
  new Set((await familiesWithReturnedSteps(db)).filter((r) => remindsOn(days, todayIn(new Date(r.at)), undefined)).map((r) => r.familyId));

const nurseryVisitCandidates: CandidateFinder = async (db, days) => familiesWithVisitsFrom(db, `${days.today}T00:00`);

/** A child's checks remind on dates that follow from the birth date; a screening follow-up of the few children who have one. */
const childHealthCandidates: CandidateFinder = async (db, days, pause) => {
  const hits: string[] = [];
  let lastPause = Date.now();
  for (const birth of await childBirthDates(db, pause)) {
    const calendar = childCheckCalendar({ id: '', name: '', birthDate: birth }, {}, days.today);
    if (calendar.checks.some((c) => remindsOn(days, c.dueFrom, c.overdueFrom))) hits.push(birth);
    if (Date.now() - lastPause > PAUSE_EVERY_MS) {
      await pause();
      lastPause = Date.now();
    }
  }
  const families = await familiesWithChildBornOn(db, hits, pause);
  for (const s of await openScreenings(db)) families.add(s.family_id);
  return families;
};
const pregnancyCandidates: CandidateFinder = async (db, days) =>
  familiesWithPregnancyInCare(db, addDays(days.today, -IN_CARE_AFTER_BIRTH_DAYS));

export const CANDIDATE_FINDERS: ReadonlyMap<DueSource, CandidateFinder> = new Map<DueSource, CandidateFinder>([
  [bundleDeadlineSource, bundleCandidates],
  [bundleFixSource, bundleFixCandidates],
  [vaccineSource, vaccineCandidates],
  [subsidySource, subsidyCandidates],
  [nurseryVisitSource, nurseryVisitCandidates],
  [childHealthSource, childHealthCandidates],
  [pregnancySource, pregnancyCandidates],
]);

/** Work between two pauses (ms): a request needs a few turns of the event loop, each may wait this long. */
export const PAUSE_EVERY_MS = 3;

export async function reminderCandidates(
  db: Kysely<Database>,
  days: ReminderDays,
  pause: () => Promise<void>,
  sources: readonly DueSource[] = DUE_SOURCES,
): Promise<Candidates> {
  const all = new Set<string>();
  for (const source of sources) {
    const finder = CANDIDATE_FINDERS.get(source);
    if (!finder) return 'all';
    const found = await finder(db, days, pause);
    if (found === 'all') return 'all';
    for (const f of found) all.add(f);
    await pause();
  }
  return all;
}
