// One child's health page: the check calendar, the records, the newborn screenings and the growth
// charts with their flags — for the parent, and with the staff extras for the health worker.
import { childCheckCalendar } from '../../../domain/childHealth/childCheckCalendar';
import { growthView } from '../../../domain/childHealth/growthChart';
import { CHILD_HEALTH_OPEN_QUESTIONS } from '../../../domain/childHealth/openQuestions';
import type { ChildHealthView, StaffChildHealthView } from '../../../domain/childHealth/types';
import { GROWTH_OPEN_QUESTIONS } from '../../../domain/growth/openQuestions';
import type { ChildRow } from '../../db/repos/children';
import { checksOf, latestScreenings, screeningsOfChildren } from '../../db/repos/childHealth';
import { childSummary } from '../children/record';
import type { ChildDeps } from '../children/upsert';
import { calendarRecords, checkRecordView, measurementsOfRecords, screeningView } from './record';

export async function staffChildHealthOf(deps: ChildDeps, child: ChildRow, today: string): Promise<StaffChildHealthView> {
  const [checks, screenings] = await Promise.all([checksOf(deps.db, child.id), screeningsOfChildren(deps.db, [child.id])]);
  const summary = childSummary(child, deps.crypto);
  const records = checks.map((r) => checkRecordView(r, deps.crypto));
  const { view, staffFlags } = growthView(child.sex ?? undefined, child.birth_date, measurementsOfRecords(records), today);
  const notes = [
    GROWTH_OPEN_QUESTIONS['standard']!.toConfirm,
    ...new Set(staffFlags.map((f) => GROWTH_OPEN_QUESTIONS[`flag:${f.kind}`]?.toConfirm).filter((n): n is string => !!n)),
  ];
  if (screenings.some((s) => s.kind === 'metabolic' && s.result !== 'pass'))
    notes.push(CHILD_HEALTH_OPEN_QUESTIONS['screening:metabolic']!.toConfirm);
  return {
    child: summary,
    calendar: childCheckCalendar(summary, calendarRecords(checks), today),
    records,
    screenings: latestScreenings(screenings).map((s) => screeningView(s, child.birth_date)),
    growth: view,
    staffFlags,
    notes,
  };
}

/** The parent's view: the same without the staff labels, bases and notes. */
export async function childHealthOf(deps: ChildDeps, child: ChildRow, today: string): Promise<ChildHealthView> {
  const { staffFlags: _f, notes: _n, ...view } = await staffChildHealthOf(deps, child, today);
  return view;
}
