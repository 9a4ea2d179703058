// Sample answers for the subsidy pages' tests: a second child born in 2025 with a 盈江 hukou, as the
// demo account `subsidy_parent` has. The engine itself runs in the pages; only API answers are fixed.
import { DEFAULT_SUBSIDY_POLICY } from '@domain/subsidy/policySettings';
import type { Me } from '@domain/api/contract';
import type { ChildSubsidies, PayoutAccountView, SubsidyApplicationView, SubsidyReview } from '@domain/subsidy/types';
import { evaluateChild } from '@domain/subsidy/engine';

/** The day the tests run on (Shanghai noon), so the engine's answer never depends on the real clock. */
export const TODAY = '2026-11-28';
export const NOW = new Date('2026-11-28T04:00:00.000Z');

export const ME: Me = {
  userId: 'u1',
  verified: true,
  name: '样例·岩香',
  idNumberMasked: '5331**********1226',
  roles: [],
  family: [],
};

export const CHILD = { id: 'k2', name: '样例·小禾', birthDate: '2025-03-20' };
export const FACTS = { birthDate: CHILD.birthDate, birthOrder: 2, hukou: [{ place: 'yingjiang' as const, from: '2025-04-02' }] };

export const ACCOUNT: PayoutAccountView = {
  kind: 'bank_card',
  holder: 'applicant',
  holderName: '样例·岩香',
  bankName: '中国农业银行',
  last4: '1234',
};

const at = '2026-10-09T02:00:00.000Z';

function line(ruleId: string, periodKey: string) {
  const e = evaluateChild(FACTS, TODAY).entitlements.find((x) => x.ruleId === ruleId && x.periodKey === periodKey)!;
  const { state: _state, why: _why, applyFrom: _from, applyBy: _by, ...rest } = e;
  return rest;
}

export function application(
  patch: Partial<SubsidyApplicationView> & Pick<SubsidyApplicationView, 'id' | 'number' | 'status' | 'statusText' | 'lines'>,
): SubsidyApplicationView {
  return {
    childId: CHILD.id,
    childName: CHILD.name,
    applicantName: ME.name!,
    submittedAt: at,
    reviewDueBy: '2026-11-20',
    totalFen: patch.lines.reduce((t, l) => t + l.amountFen, 0),
    account: ACCOUNT,
    events: [{ at, status: 'submitted' }],
    ...patch,
  };
}

/** Paid last year: the 2025 accident-insurance subsidy. */
export const PAID = application({
  id: 'a1',
  number: 'BT5331232025000003',
  status: 'paid',
  statusText: '已发放',
  lines: [line('county-insurance-yearly', '2025')],
  batch: { id: 'b0', number: 'ZF2025Q4-01', paidOn: '2025-12-15' },
  submittedAt: '2025-10-09T02:00:00.000Z',
});

/** Waiting for review: the county one-time 2000. */
export const REVIEWING = application({
  id: 'a2',
  number: 'BT5331232026000011',
  status: 'under_review',
  statusText: '审核中',
  lines: [line('county-birth-once', 'once')],
  reviewDueBy: '2026-12-21',
});

/**
 * What the engine says is claimable today, less what the given applications already claim: the
 * tests take the sums from the engine (its own tests pin the amounts) and pin the page's handling.
 */
export function claimableNow(
  applications: readonly SubsidyApplicationView[] = [],
  options: { withoutPolicy?: boolean } = {},
): { count: number; fen: number } {
  const claimed = new Set(applications.flatMap((a) => a.lines.map((l) => `${l.ruleId}:${l.periodKey}`)));
  const open = evaluateChild(FACTS, TODAY).entitlements.filter(
    (e) =>
      e.state === 'claimable' &&
      !claimed.has(`${e.ruleId}:${e.periodKey}`) &&
      !(options.withoutPolicy && e.ruleId === 'county-insurance-yearly'),
  );
  return { count: open.length, fen: open.reduce((t, e) => t + e.amountFen, 0) };
}

export function overview(patch: Partial<ChildSubsidies> = {}): ChildSubsidies[] {
  return [{ child: CHILD, facts: FACTS, papersNeeded: false, canApply: true, policy: DEFAULT_SUBSIDY_POLICY, applications: [], ...patch }];
}

export function review(status: SubsidyApplicationView['status'] = 'under_review'): SubsidyReview {
  const evaluation = evaluateChild(FACTS, TODAY);
  const claimed = evaluation.entitlements.filter((e) => e.state === 'claimable');
  return {
    application: application({
      id: 'a3',
      number: 'BT5331232026000012',
      status,
      statusText:
        status === 'under_review' ? '审核中' : status === 'submitted' ? '待受理' : status === 'rejected' ? '不予通过' : '审核通过',
      lines: claimed.map(({ state: _s, why: _w, applyFrom: _f, applyBy: _b, ...l }) => l),
      reviewDueBy: '2026-12-21',
    }),
    facts: FACTS,
    evaluation,
    papersSource: '出生一件事 CS5331232025000042',
  };
}
