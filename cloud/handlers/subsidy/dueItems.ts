// Home's "接下来要办" for subsidies: each payment the engine finds claimable today that no application
// (not rejected) has claimed yet, due by its apply-by date. One of cloud/handlers/children/dueNext.ts's
// DUE_SOURCES; the reminder job reads the same list.
import type { DueEntry } from '../../../domain/children/dueNext';
import { evaluateChild } from '../../../domain/subsidy/engine';
import type { Entitlement } from '../../../domain/subsidy/types';
import { pageUrl } from '../../../domain/routes';
import type { ChildRow } from '../../db/repos/children';
import { claimsOfChildren } from '../../db/repos/subsidies';
import { childRecords, type FactsDeps } from './facts';
import { currentRules } from './policy';

export const SUBSIDY_INDEX_LINK = pageUrl('/packages/subsidy/index/index');

export function subsidyDueTitle(e: Pick<Entitlement, 'ruleName' | 'periodKey' | 'periodLabel'>): string {
  return e.periodKey === 'once' ? `申领${e.ruleName}` : `申领${e.ruleName}（${e.periodLabel}）`;
}

export async function subsidyDueEntries(deps: FactsDeps, children: readonly ChildRow[], today: string): Promise<DueEntry[]> {
  if (children.length === 0) return [];
  const [records, claims, rules] = await Promise.all([
    childRecords(deps, children),
    claimsOfChildren(
      deps.db,
      children.map((c) => c.id),
    ),
    currentRules(deps),
  ]);
  return records.flatMap(({ child, facts }) => {
    const claimed = new Set(claims.filter((c) => c.childId === child.id).map((c) => `${c.ruleId}\u0000${c.periodKey}`));
    return evaluateChild(facts, today, rules)
      .entitlements.filter((e) => e.state === 'claimable' && !claimed.has(`${e.ruleId}\u0000${e.periodKey}`))
      .map((e): DueEntry => ({
        key: `subsidy:${child.id}:${e.ruleId}:${e.periodKey}`,
        kind: 'subsidy',
        childId: child.id,
        childName: child.name,
        title: subsidyDueTitle(e),
        date: e.applyBy,
        dateKind: 'by',
        overdue: false,
        link: SUBSIDY_INDEX_LINK,
      }));
  });
}
