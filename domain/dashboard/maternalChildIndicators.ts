// The bureau's 妇幼 indicators for a period (and a township), counted from the facts exactly as
// maternalChildDefinitions.ts words them. Pure: the dashboard handler passes the facts in.
import { addDays, addMonths, compareDates, diffDays } from '../dates';
import { RISK_COLOUR_RULES, RISK_COLOURS_IN_ORDER, type RiskColour } from '../maternal/riskColours';
import type { TownshipCode } from '../place/townships';
import {
  EARLY_BOOKING_BEFORE_DAYS,
  MATERNAL_CHILD_INDICATORS,
  MIN_PRENATAL_CHECKS,
  UNDER3_CHECK_MONTHS,
  UNDER3_CHECKS_FROM_DAY,
  VISIT_WITHIN_DAYS,
  type MaternalChildIndicatorKey,
} from './maternalChildDefinitions';
import type { ChildHealthFact, PregnancyFact } from './maternalChildFacts';
import { periodDates } from './period';

export interface IndicatorQuery {
  from: string;
  to: string;
  township?: TownshipCode;
}

export interface IndicatorFigure {
  key: MaternalChildIndicatorKey;
  name: string;
  numerator: number;
  denominator: number;
  /** Percent with one decimal; null when the denominator is 0. */
  rate: number | null;
}

export interface RiskColourShare {
  colour: RiskColour;
  name: string;
  count: number;
  share: number | null;
}

export interface RiskShares {
  /** Pregnancies under care in the period with an assessment. */
  assessed: number;
  byColour: RiskColourShare[];
  /** 橙 / 红 / 紫: the 高危 cases (each woman once). */
  highRisk: number;
  highRiskShare: number | null;
}

export interface MaternalChildIndicators {
  indicators: IndicatorFigure[];
  risk: RiskShares;
}

/** n / d as a percent with one decimal. */
export function percent(n: number, d: number): number | null {
  return d > 0 ? Math.round((n / d) * 1000) / 10 : null;
}

const within = (date: string | undefined, first: string, last: string): date is string =>
  date !== undefined && compareDates(date, first) >= 0 && compareDates(date, last) <= 0;
const onOrBefore = (date: string, last: string) => compareDates(date, last) <= 0;
const distinct = (dates: readonly string[]) => [...new Set(dates)];

function inTownship<T extends { township?: TownshipCode }>(facts: readonly T[], township: TownshipCode | undefined): readonly T[] {
  return township ? facts.filter((f) => f.township === township) : facts;
}

function maternal(p: PregnancyFact) {
  const delivered = p.deliveredOn!;
  const early = p.bookedOn !== undefined && diffDays(p.bookedOn, p.startDate) < EARLY_BOOKING_BEFORE_DAYS;
  const checks = distinct(p.prenatalCheckDates.filter((d) => onOrBefore(d, delivered))).length >= MIN_PRENATAL_CHECKS;
  const visit =
    p.postpartumVisitOn !== undefined &&
    compareDates(p.postpartumVisitOn, delivered) >= 0 &&
    diffDays(p.postpartumVisitOn, delivered) <= VISIT_WITHIN_DAYS;
  return { early, checks, visit, system: early && checks && visit };
}

/** The 4:2:2 checks due by `on`, and whether as many were made (after the newborn's first month, by `on`). */
function under3Managed(c: ChildHealthFact, on: string): boolean {
  const due = UNDER3_CHECK_MONTHS.filter((m) => onOrBefore(addMonths(c.birthDate, m), on)).length;
  const from = addDays(c.birthDate, UNDER3_CHECKS_FROM_DAY);
  const made = distinct(c.checkDates.filter((d) => compareDates(d, from) >= 0 && onOrBefore(d, on))).length;
  return made >= due;
}

export function maternalChildIndicators(
  pregnancies: readonly PregnancyFact[],
  children: readonly ChildHealthFact[],
  query: IndicatorQuery,
): MaternalChildIndicators {
  const { first, last } = periodDates(query.from, query.to);
  const mine = inTownship(pregnancies, query.township);
  const kids = inTownship(children, query.township);

  const delivered = mine.filter((p) => within(p.deliveredOn, first, last)).map(maternal);
  const born = kids.filter((c) => within(c.birthDate, first, last));
  const newbornVisited = born.filter(
    (c) =>
      c.newbornVisitOn !== undefined &&
      compareDates(c.newbornVisitOn, c.birthDate) >= 0 &&
      diffDays(c.newbornVisitOn, c.birthDate) <= VISIT_WITHIN_DAYS,
  ).length;

  // Ages at the period's last day.
  const under3 = kids.filter((c) => onOrBefore(addMonths(c.birthDate, 3), last) && compareDates(addMonths(c.birthDate, 36), last) > 0);
  const under7 = kids.filter((c) => onOrBefore(c.birthDate, last) && compareDates(addMonths(c.birthDate, 84), last) > 0);
  const seenInPeriod = (c: ChildHealthFact) =>
    [...c.checkDates, ...(c.newbornVisitOn ? [c.newbornVisitOn] : [])].some((d) => within(d, first, last));

  const counts: Record<MaternalChildIndicatorKey, [number, number]> = {
    earlyBooking: [delivered.filter((m) => m.early).length, delivered.length],
    prenatalChecks: [delivered.filter((m) => m.checks).length, delivered.length],
    postpartumVisit: [delivered.filter((m) => m.visit).length, delivered.length],
    maternalSystemManagement: [delivered.filter((m) => m.system).length, delivered.length],
    newbornVisit: [newbornVisited, born.length],
    under3SystemManagement: [under3.filter((c) => under3Managed(c, last)).length, under3.length],
    under7HealthManagement: [under7.filter(seenInPeriod).length, under7.length],
  };

  // Under care in the period: booked by its end, not delivered before its start.
  const underCare = mine.filter(
    (p) => p.bookedOn !== undefined && onOrBefore(p.bookedOn, last) && !(p.deliveredOn && compareDates(p.deliveredOn, first) < 0),
  );
  const assessed = underCare.filter((p) => p.latestColours.length > 0);
  const highRisk = assessed.filter((p) => p.latestColours.some((c) => RISK_COLOUR_RULES[c].specialCase)).length;

  return {
    indicators: MATERNAL_CHILD_INDICATORS.map((d) => {
      const [numerator, denominator] = counts[d.key];
      return { key: d.key, name: d.name, numerator, denominator, rate: percent(numerator, denominator) };
    }),
    risk: {
      assessed: assessed.length,
      byColour: RISK_COLOURS_IN_ORDER.map((colour) => {
        const count = assessed.filter((p) => p.latestColours.includes(colour)).length;
        return { colour, name: RISK_COLOUR_RULES[colour].name, count, share: percent(count, assessed.length) };
      }),
      highRisk,
      highRiskShare: percent(highRisk, assessed.length),
    },
  };
}
