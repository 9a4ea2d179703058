// Everything a family should do next, across services, soonest first. Each service is one source of
// items; the domain merges them (dueNextItems). The sources are the 出生一件事 deadlines, the vaccine
// doses, the subsidy claims, accepted nursery visits (handlers/nursery/dueVisits.ts) and the child
// health checks and screening rechecks (handlers/childHealth/dueItems.ts); a new kind
// plugs in by adding a source to DUE_SOURCES — nothing else changes (account.dueNext and the reminder
// job both read this list).
import type { DueItem } from '../../../domain/children/types';
import { stepTitle } from '../../../domain/birth/bundleGraph';
import type { BundleStepKey } from '../../../domain/birth/types';
import { todayIn } from '../../../domain/dates';
import {
  bundleDeadlineItems,
  bundleFixItem,
  dueNextItems,
  VACCINE_HORIZON_DAYS,
  vaccineDueItems,
  type DueEntry,
} from '../../../domain/children/dueNext';
import { calendarFor } from '../../../domain/vaccine/schedule';
import { birthDatesOfCases, returnedStepsOfFamily, stepsOfCases } from '../../db/repos/birthCases';
import { childrenOfFamily, dosesOfChildren } from '../../db/repos/children';
import { birthCaseLink, bundleDeadlines, resultsOf, statusesOf } from '../birth/record';
import { subsidyDueEntries } from '../subsidy/dueItems';
import { nurseryVisitSource } from '../nursery/dueVisits';
import { childHealthSource } from '../childHealth/dueItems';
import { pregnancySource } from '../maternal/dueSource';
import { childrenWithCertificate, vaccineHistory } from './history';
import { childSummary, givenDoses } from './record';
import type { DueSource, FamilyView } from './dueSource';
import type { ChildDeps } from './upsert';

/** 户口登记 and 医保参保 of each child's 出生一件事 case, while not yet done; they link to the case page. */
export const bundleDeadlineSource: DueSource = async (deps, family) => {
  const withCase = family.children.filter((c) => c.birth_case_id !== null);
  if (withCase.length === 0) return [];
  const caseIds = withCase.map((c) => c.birth_case_id!);
  const [cases, steps] = await Promise.all([birthDatesOfCases(deps.db, caseIds), stepsOfCases(deps.db, caseIds)]);
  return withCase.flatMap((child) => {
    const row = cases.find((c) => c.id === child.birth_case_id);
    if (!row) return [];
    const own = steps.filter((s) => s.case_id === row.id);
    const deadlines = bundleDeadlines(row, statusesOf(own), resultsOf(own, deps.crypto));
    return bundleDeadlineItems(childSummary(child, deps.crypto), deadlines, birthCaseLink(row.id), family.today);
  });
};

/** Steps of the family's 出生一件事 cases sent back for 补正 (待补正); they link to the case page. */
export const bundleFixSource: DueSource = async (deps, family) => {
  const rows = await returnedStepsOfFamily(deps.db, family.familyId);
  return rows.map((r) => {
    const child = family.children.find((c) => c.birth_case_id === r.case_id);
    return bundleFixItem(
      { ...(child ? { id: child.id } : {}), name: child?.name ?? r.child_name },
      { key: r.step, title: stepTitle(r.step as BundleStepKey), reason: r.reject_reason, rejectedOn: todayIn(new Date(r.updated_at)) },
      r.case_id,
      birthCaseLink(r.case_id),
    );
  });
};

/** Doses overdue, due now or due within VACCINE_HORIZON_DAYS; they link to the child's calendar. */
export const vaccineSource: DueSource = async (deps, family) => {
  const doses = await dosesOfChildren(
    deps.db,
    family.children.map((c) => c.id),
  );
  const certified = await childrenWithCertificate(deps.db, family.children);
  return family.children.flatMap((child) => {
    const own = doses.filter((d) => d.child_id === child.id);
    const history = vaccineHistory(child, own, certified.has(child.id));
    const calendar = calendarFor(childSummary(child, deps.crypto), givenDoses(own, deps.crypto), family.today, history);
    return vaccineDueItems(calendar, family.today, { horizonDays: VACCINE_HORIZON_DAYS });
  });
};

/** Subsidy payments claimable today and not claimed yet, due by their apply-by date; they link to 我的补贴. */
export const subsidySource: DueSource = (deps, family) => subsidyDueEntries(deps, family.children, family.today);

/** Every source of due items, in the order a tie between equal items keeps. */
export const DUE_SOURCES: readonly DueSource[] = [
  bundleFixSource,
  bundleDeadlineSource,
  vaccineSource,
  subsidySource,
  nurseryVisitSource,
  childHealthSource,
  pregnancySource,
];

/** Sources with items for a family that has no child yet. */
const CHILDLESS_SOURCES: ReadonlySet<DueSource> = new Set([pregnancySource]);

/** The family's items, merged and sorted (overdue first, then soonest). */
export async function dueEntriesOfFamily(deps: ChildDeps, familyId: string, today: string, sources = DUE_SOURCES): Promise<DueEntry[]> {
  const family: FamilyView = { familyId, children: await childrenOfFamily(deps.db, familyId), today };
  const lists: DueEntry[][] = [];
  // A family without children yet may be expecting one: only the sources that need no child run then.
  for (const source of sources) {
    if (family.children.length === 0 && !CHILDLESS_SOURCES.has(source)) continue;
    lists.push(await source(deps, family));
  }
  return dueNextItems(lists, today);
}

/** The contract's shape: the merge's own bookkeeping (overdueFrom, done) stays on the server. */
export function dueItem(entry: DueEntry): DueItem {
  const { overdueFrom: _overdueFrom, done: _done, ...item } = entry;
  return item;
}
