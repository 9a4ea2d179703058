// 我的补贴 merges two answers: the engine's preview (what the child is owed, run on the device over
// the server's facts) and the applications (what has been claimed and how far it got). A payment
// is one rule for one period: ruleId + periodKey.
import { ruleById } from '@domain/subsidy/rules';
import type { ChildSubsidies, Entitlement, Evaluation, SubsidyApplicationView, SubsidyLine } from '@domain/subsidy/types';
import { addMonths } from '@domain/dates';
import type { StatusTone } from '@/components/StatusTag';
import { formatDate } from '@/services/format';

export type PaymentState = 'paid' | 'reviewing' | 'approved' | 'claimable' | 'upcoming' | 'expired' | 'rejected';

export interface PaymentLine {
  key: string;
  ruleId: string;
  ruleName: string;
  periodLabel: string;
  from: string;
  to: string;
  months?: number;
  amountFen: number;
  state: PaymentState;
  /** The engine's sentence, when the engine still owes this payment. */
  why?: string;
  /** Claimable: the deadline; upcoming: the day the window opens. */
  applyFrom?: string;
  applyBy?: string;
  application?: { id: string; number: string; paidOn?: string; batchNumber?: string; rejectReason?: string };
  /** A claim for this payment was turned down before (it can be claimed again). */
  previousRejectReason?: string;
}

const STATE_TEXT: Record<PaymentState, string> = {
  paid: '已发放',
  reviewing: '审核中',
  approved: '待发放',
  claimable: '可申领',
  upcoming: '未到申领时间',
  expired: '已过期',
  rejected: '不予发放',
};

const STATE_TONE: Record<PaymentState, StatusTone> = {
  paid: 'ok',
  reviewing: 'pending',
  approved: 'pending',
  claimable: 'ok',
  upcoming: 'off',
  expired: 'off',
  rejected: 'bad',
};

export function paymentStateText(state: PaymentState): string {
  return STATE_TEXT[state];
}

export function paymentTone(state: PaymentState): StatusTone {
  return STATE_TONE[state];
}

/** The line under the state: when it was paid, until when it can be claimed, when it opens. */
export function paymentDateNote(line: PaymentLine): string | null {
  if (line.state === 'paid' && line.application?.paidOn) return `${formatDate(line.application.paidOn)}发放`;
  if (line.state === 'claimable' && line.applyBy) return `截止 ${formatDate(line.applyBy)}`;
  if (line.state === 'upcoming' && line.applyFrom) return `${formatDate(line.applyFrom)}起可申领`;
  if (line.state === 'expired' && line.applyBy) return `申领截止 ${formatDate(line.applyBy)}，未申领`;
  return null;
}

function keyOf(item: { ruleId: string; periodKey: string }): string {
  return `${item.ruleId}:${item.periodKey}`;
}

function stateOf(application: SubsidyApplicationView): PaymentState {
  switch (application.status) {
    case 'paid':
      return 'paid';
    case 'approved':
      return 'approved';
    case 'rejected':
      return 'rejected';
    default:
      return 'reviewing';
  }
}

function fromClaim(line: SubsidyLine, application: SubsidyApplicationView): PaymentLine {
  return {
    key: keyOf(line),
    ruleId: line.ruleId,
    ruleName: line.ruleName,
    periodLabel: line.periodLabel,
    from: line.from,
    to: line.to,
    months: line.months,
    amountFen: line.amountFen,
    state: stateOf(application),
    application: {
      id: application.id,
      number: application.number,
      paidOn: application.batch?.paidOn,
      batchNumber: application.batch?.number,
      rejectReason: application.rejectReason,
    },
  };
}

function fromEntitlement(e: Entitlement): PaymentLine {
  return {
    key: keyOf(e),
    ruleId: e.ruleId,
    ruleName: e.ruleName,
    periodLabel: e.periodLabel,
    from: e.from,
    to: e.to,
    months: e.months,
    amountFen: e.amountFen,
    state: e.state,
    why: e.why,
    applyFrom: e.applyFrom,
    applyBy: e.applyBy,
  };
}

/** Every payment of one child, in time order: owed by the engine, claimed in an application, or both. */
export function paymentLines(evaluation: Evaluation, applications: readonly SubsidyApplicationView[]): PaymentLine[] {
  // Newest application first, so a later claim of the same payment wins over an older rejected one.
  const claims = new Map<string, { line: SubsidyLine; application: SubsidyApplicationView }[]>();
  for (const application of [...applications].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))) {
    for (const line of application.lines) {
      const list = claims.get(keyOf(line)) ?? [];
      list.push({ line, application });
      claims.set(keyOf(line), list);
    }
  }

  const lines: PaymentLine[] = [];
  const seen = new Set<string>();
  for (const e of evaluation.entitlements) {
    const key = keyOf(e);
    seen.add(key);
    const list = claims.get(key) ?? [];
    const active = list.find((c) => c.application.status !== 'rejected');
    const rejected = list.find((c) => c.application.status === 'rejected');
    if (active) lines.push({ ...fromClaim(active.line, active.application), why: e.why });
    else if (e.state === 'expired' && rejected) lines.push({ ...fromClaim(rejected.line, rejected.application), why: e.why });
    else lines.push({ ...fromEntitlement(e), previousRejectReason: rejected?.application.rejectReason });
  }
  // Claims the engine no longer lists (e.g. the rules changed after they were made) still show.
  for (const [key, list] of claims) {
    if (seen.has(key)) continue;
    const shown = list.find((c) => c.application.status !== 'rejected') ?? list[0];
    lines.push(fromClaim(shown.line, shown.application));
  }
  return lines.sort((a, b) => a.from.localeCompare(b.from) || a.ruleId.localeCompare(b.ruleId));
}

export interface PaymentTotals {
  claimable: { count: number; fen: number };
  /** Claimable without naming an insurance policy (a 参保补贴 is paid only against the policy bought). */
  withoutPolicy: { count: number; fen: number };
  pending: number;
  paid: number;
  upcoming: number;
  expired: number;
}

export function paymentTotals(lines: readonly PaymentLine[]): PaymentTotals {
  const sum = (states: PaymentState[]) => lines.filter((l) => states.includes(l.state)).reduce((total, l) => total + l.amountFen, 0);
  const claimable = lines.filter((l) => l.state === 'claimable');
  return {
    claimable: { count: claimable.length, fen: sum(['claimable']) },
    withoutPolicy: {
      count: claimable.filter((l) => ruleById(l.ruleId)?.requires !== 'insurance-policy').length,
      fen: claimable.filter((l) => ruleById(l.ruleId)?.requires !== 'insurance-policy').reduce((t, l) => t + l.amountFen, 0),
    },
    pending: sum(['reviewing', 'approved']),
    paid: sum(['paid']),
    upcoming: sum(['upcoming']),
    expired: sum(['expired']),
  };
}

export interface YearGroup {
  year: string;
  lines: PaymentLine[];
  totalFen: number;
}

/** The lines by the calendar year they cover, from the birth year to the year of the 3rd birthday. */
export function byYear(lines: readonly PaymentLine[], birthDate: string): YearGroup[] {
  const first = Number(birthDate.slice(0, 4));
  const last = Number(thirdBirthday(birthDate).slice(0, 4));
  const years = new Set<number>();
  for (let y = first; y <= last; y += 1) years.add(y);
  for (const l of lines) years.add(Number(l.from.slice(0, 4)));
  return [...years]
    .sort((a, b) => a - b)
    .map((y) => {
      const inYear = lines.filter((l) => Number(l.from.slice(0, 4)) === y);
      return { year: String(y), lines: inYear, totalFen: inYear.reduce((t, l) => t + l.amountFen, 0) };
    });
}

export function thirdBirthday(birthDate: string): string {
  return addMonths(birthDate, 36);
}

/** The child's subsidies as the page shows them. */
export interface ChildPayments {
  child: ChildSubsidies;
  evaluation: Evaluation;
  lines: PaymentLine[];
  totals: PaymentTotals;
}
