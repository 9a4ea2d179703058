// The dashboard's and the yearly report's 妇幼 part for one period (and township): the indicators
// counted from the facts, and the figures the bureau entered for the period's years. Pure — the
// dashboard handler passes in the facts and the entered figures.
import type { ChildHealthFact, PregnancyFact } from './maternalChildFacts';
import { maternalChildIndicators, type IndicatorFigure, type IndicatorQuery, type RiskShares } from './maternalChildIndicators';
import type { ReportedFigureView } from './reportedFigures';

export interface MaternalChildFigures {
  indicators: IndicatorFigure[];
  risk: RiskShares;
  /** Facts counted (in the township when one is chosen): 0 and 0 means no 妇幼 records at all. */
  records: { pregnancies: number; children: number };
  /** Entered figures of the period's years, newest first (county-wide whatever the township). */
  reported: ReportedFigureView[];
}

export function maternalChildFigures(
  pregnancies: readonly PregnancyFact[],
  children: readonly ChildHealthFact[],
  query: IndicatorQuery,
  reported: readonly ReportedFigureView[],
): MaternalChildFigures {
  const { indicators, risk } = maternalChildIndicators(pregnancies, children, query);
  const inPlace = <T extends { township?: string }>(facts: readonly T[]) =>
    query.township ? facts.filter((f) => f.township === query.township).length : facts.length;
  const first = Number(query.from.slice(0, 4));
  const last = Number(query.to.slice(0, 4));
  return {
    indicators,
    risk,
    records: { pregnancies: inPlace(pregnancies), children: inPlace(children) },
    reported: reported.filter((r) => r.year >= first && r.year <= last).sort((a, b) => b.year - a.year || (a.figure < b.figure ? -1 : 1)),
  };
}
