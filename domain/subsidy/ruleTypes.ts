// The shape of subsidy policy as data (docs/decisions.md §3). The engine (engine.ts) only interprets these
// fields; a new amount, window or deadline is an edit to rules.ts, never to code.
import type { Fen } from '../money';

/** Where a rule's text comes from, so a reader is one tap from the source. */
export interface LegalBasis {
  /** The document with its number, e.g. '《盈江县优化生育政策促进人口长期均衡发展实施方案》（盈发〔2023〕8号）'. */
  document: string;
  /** Section or clause, e.g. '二（四）1'. */
  clause: string;
  /** The sentence quoted verbatim, where we hold the text. */
  quote?: string;
  /** What about this source is still to be checked (number, clause): staff-only, never shown to parents. */
  toConfirm?: string;
}

/** Inclusive calendar dates; a missing end is open. */
export interface DateWindow {
  from?: string;
  to?: string;
}

/**
 * once: one payment for the birth.
 * yearly: one flat payment per calendar year.
 * monthly: counted in months, paid per calendar year (amount is per month).
 * `untilAgeYears`: the child is paid while under this age (child rules only).
 */
export type Schedule =
  | { kind: 'once' }
  | { kind: 'yearly'; untilAgeYears?: number }
  | {
      kind: 'monthly';
      untilAgeYears?: number;
      /**
       * Children born before this date (the day the rule began paying) are paid from the rule's start
       * up to and including the month of the limit birthday, whatever `monthCounting` says; children
       * born on or after it get exactly `untilAgeYears` × 12 months.
       */
      limitMonthCountsForBirthsBefore?: string;
    };

/** Per payment (once, yearly) or per month (monthly). `byOrder` keys are the child's 孩次. */
export type Amount = { kind: 'flat'; fen: Fen } | { kind: 'byOrder'; fen: Readonly<Record<number, Fen>> };

export interface Eligibility {
  /**
   * first-spell-local: the child's first hukou is in the county (新出生并户口登记在盈江县);
   * local: paid for the months the hukou is in the county, wherever it was first registered.
   */
  hukou?: 'first-spell-local' | 'local';
  /** 孩次 that qualify; absent = every child. */
  birthOrders?: readonly number[];
  /** Parent rules: the worst disability grade that still qualifies (1 is the most severe). */
  maxDisabilityGrade?: number;
}

/**
 * The last day to apply. end-of-year: 12-31 of (the birth year or the period's year) + plusYears,
 * never before `notBefore`. A claim whose window would open after an end-of-year deadline (the hukou
 * was registered late) may be made until the end of the year it opens; a fixed date is a hard stop.
 */
export type Deadline =
  { kind: 'end-of-year'; of: 'birth' | 'period'; plusYears: number; notBefore?: string } | { kind: 'date'; date: string };

/**
 * The window opens on the later of the period's first day (once: the birth date) and the day the
 * hukou was registered in the county (parent rules: the day the parent qualified). It closes on
 * `firstPeriodBy` for the subject's first period when given, otherwise on `by`.
 */
export interface ApplyWindow {
  firstPeriodBy?: Deadline;
  by: Deadline;
}

export interface Supersession {
  ruleId: string;
  /** The first day the superseded rule no longer pays for. */
  from: string;
}

export interface SubsidyRule {
  id: string;
  /** Chinese, as the parent sees it. */
  name: string;
  issuer: string;
  basis: LegalBasis[];
  subject: 'child' | 'parent';
  /** births: who is covered by birth date; periods: the time it pays for. */
  effective: { births?: DateWindow; periods?: DateWindow };
  eligibility: Eligibility;
  amount: Amount;
  schedule: Schedule;
  /** none: a period pays in full once any part of it qualifies; months: counted month by month. */
  proration: 'none' | 'months';
  supersedes?: Supersession[];
  apply: ApplyWindow;
  /**
   * insurance-policy: a 参保补贴 — paid only for a period covered by a policy the parent bought and
   * names when applying (insurancePolicy.ts), never automatically.
   */
  requires?: 'insurance-policy';
  /**
   * Why a child gets nothing because the rule's periods ended (shown after the birth date), when the
   * plain window would say less than the parent may be told.
   */
  closedNote?: string;
  /** Chinese notes a reader should see beside the rule (e.g. counties may not change the amount). */
  notes?: string[];
}

export interface RuleSettings {
  /**
   * 孩次 of twins and triplets. sequential: the children of one birth count one after another (first
   * birth twins are a 1st and a 2nd child); same: every child of the birth takes the birth's order.
   */
  multipleBirthOrder: 'sequential' | 'same';
  /**
   * Which end month counts for monthly rules with an age limit. birth-month-in: the birth month
   * counts, the month of the limit birthday does not; birthday-month-in: the reverse.
   */
  monthCounting: 'birth-month-in' | 'birthday-month-in';
}

export interface RuleSet {
  /** The date this edition of the data was issued, 'YYYY-MM-DD'. */
  version: string;
  rules: SubsidyRule[];
  settings: RuleSettings;
  /** For each setting: why this value, and what is unconfirmed. */
  settingNotes: Readonly<Record<keyof RuleSettings, string>>;
}
