// Subsidies (docs/decisions.md §3): what the engine takes (facts about a child and the family) and what it
// answers (every payment owed, every rule that does not apply and why), and what the parent and the
// staff see of an application.
import type { SubsidyPolicy } from './policySettings';
import type { TownshipCode } from '../place/townships';
import type { Fen } from '../money';

/** Where a hukou is, as the rules distinguish it. */
export type HukouPlace = 'yingjiang' | 'yunnan_other' | 'outside_yunnan';

/** The hukou is at `place` from `from` (YYYY-MM-DD, inclusive) until the next spell starts. */
export interface HukouSpell {
  place: HukouPlace;
  from: string;
}

/** What the engine needs to know about a child. No names or ID numbers: the engine never needs them. */
export interface ChildFacts {
  birthDate: string;
  /** 孩次 as docs/decisions.md §1 counts it (children of this marriage, living). */
  birthOrder: number;
  /** Twins, triplets: this child's place among the children of the same birth (1-based) and how many. */
  multipleBirth?: { index: number; of: number };
  /** Hukou spells in date order; empty = the child's hukou is not registered yet. */
  hukou: HukouSpell[];
  /** The date the child died, if so (payments stop after it). */
  deceasedOn?: string;
}

/** Family-level facts some rules decide on (seed 二(五)2: 失独 parents). */
export interface FamilyFacts {
  /** Parents of a deceased only child, each with the disability grade assessed (1 = most severe; 3 or lower number qualifies). */
  bereavedParents?: { parent: 'mother' | 'father'; disabilityGrade?: number; since: string }[];
}

/** One payment the child (or a parent, for family-level rules) is owed. */
export interface Entitlement {
  ruleId: string;
  ruleName: string;
  /** 'once', or the calendar year it pays for ('2025'); family rules add the parent: '2025:mother'. */
  periodKey: string;
  /** Chinese: '一次性', '2025年度'. */
  periodLabel: string;
  /** The time this payment covers, inclusive dates. */
  from: string;
  to: string;
  /** For prorated rules: the months counted. */
  months?: number;
  amountFen: Fen;
  /** The window to apply in, inclusive dates. */
  applyFrom: string;
  applyBy: string;
  /**
   * claimable: can be applied for today; upcoming: its window has not opened yet;
   * expired: the deadline passed without a claim (kept so the parent sees what was missed and why).
   */
  state: 'claimable' | 'upcoming' | 'expired';
  /** One Chinese sentence: why this amount (e.g. '2025年出生的二孩，户口登记在盈江县：一次性2000元'). */
  why: string;
  /** Family rules: the parent this payment is for. */
  parent?: 'mother' | 'father';
}

/** A rule that does not apply to this child, with the reason in Chinese. */
export interface NotApplicable {
  ruleId: string;
  ruleName: string;
  reason: string;
  /** Family rules: the parent it does not apply to. */
  parent?: 'mother' | 'father';
}

export interface Evaluation {
  /** The day the answer is for (YYYY-MM-DD, Asia/Shanghai). */
  asOf: string;
  /** The rule-set version the answer came from. */
  rulesVersion: string;
  entitlements: Entitlement[];
  notApplicable: NotApplicable[];
}

// ---- applications ------------------------------------------------------------------------------

export type SubsidyStatus = 'submitted' | 'under_review' | 'approved' | 'rejected' | 'paid';

/** Where the money goes: a bank card or a social security card (its financial account), the applicant's or the child's. */
export interface NewPayoutAccount {
  kind: 'bank_card' | 'social_security_card';
  holder: 'applicant' | 'child';
  /** The card's bank, e.g. '中国农业银行'. */
  bankName: string;
  /** 12–19 digits. Stored encrypted; shown as the last 4. */
  accountNumber: string;
}

export type PayoutAccountInput = NewPayoutAccount | { kind: 'previous' };

/**
 * What a parent types when the system does not hold the child's papers (no 出生一件事 case with a
 * done hukou step): the reviewer checks them against the uploaded 户口簿 page.
 */
export interface ChildPapersInput {
  idNumber: string;
  birthCertificateNumber: string;
  hukouTownship: TownshipCode;
  /** A 'hukou_book' upload (files function). */
  hukouBookFileId: string;
}

export interface SubsidyApplyInput {
  childId: string;
  account: PayoutAccountInput;
  /** Only when the child's overview says `papersNeeded`. */
  papers?: ChildPapersInput;
  /** The accident-insurance policy bought for the child: the 参保补贴 is paid against it, for the years it covers. */
  insurance?: InsurancePolicyInput;
}

/** A policy the parent bought (意外伤害险): insurer, policy number, period (inclusive days). */
export interface InsurancePolicyInput {
  insurer: string;
  policyNumber: string;
  from: string;
  to: string;
}

export interface PayoutAccountView {
  kind: NewPayoutAccount['kind'];
  holder: NewPayoutAccount['holder'];
  holderName: string;
  bankName: string;
  last4: string;
}

/** An entitlement as an application claims it. */
export interface SubsidyLine extends Pick<
  Entitlement,
  'ruleId' | 'ruleName' | 'periodKey' | 'periodLabel' | 'from' | 'to' | 'months' | 'amountFen'
> {
  /** For a 参保补贴 line: the policy it is paid against. */
  policy?: InsurancePolicyInput;
}

export interface SubsidyEvent {
  at: string; // ISO instant
  status: SubsidyStatus;
  note?: string;
}

export interface SubsidyApplicationView {
  id: string;
  /** 'BT533123' + year + 6-digit sequence. */
  number: string;
  childId: string;
  childName: string;
  applicantName: string;
  status: SubsidyStatus;
  statusText: string;
  submittedAt: string;
  /** 30 working days after submission (weekends skipped), YYYY-MM-DD. */
  reviewDueBy: string;
  rejectReason?: string;
  lines: SubsidyLine[];
  totalFen: Fen;
  account: PayoutAccountView;
  batch?: { id: string; number: string; paidOn?: string };
  events: SubsidyEvent[];
}

/** One child of the family on "我的补贴". The page runs the engine on `facts` for the preview. */
export interface ChildSubsidies {
  child: { id: string; name: string; birthDate: string };
  facts: ChildFacts;
  /** Set when the system lacks the child's papers: the apply form asks for them. */
  papersNeeded: boolean;
  /** Who applied for this child before (one applicant per family); absent if nobody yet. */
  applicantName?: string;
  /** Whether the caller may apply (false when another family member is the applicant). */
  canApply: boolean;
  /** The health bureau's answers the engine runs on (rulesFor): the page's preview uses the same rules. */
  policy: SubsidyPolicy;
  /** The last account used for this child, for a one-tap renewal. */
  previousAccount?: PayoutAccountView;
  applications: SubsidyApplicationView[];
}

// ---- staff ---------------------------------------------------------------------------------------

export interface SubsidyQueueItem {
  id: string;
  number: string;
  childName: string;
  childBirthDate: string;
  status: SubsidyStatus;
  submittedAt: string;
  reviewDueBy: string;
  totalFen: Fen;
  ruleNames: string[];
}

/** A reviewer's view: the application, the facts the server used and the engine's explanation beside it. */
export interface SubsidyReview {
  application: SubsidyApplicationView;
  facts: ChildFacts;
  evaluation: Evaluation;
  /** Papers typed by the parent (child's ID masked) and the uploaded 户口簿 page, when the system lacked them. */
  papers?: { idNumberMasked: string; birthCertificateNumber: string; hukouTownship: TownshipCode; hukouBookFileId: string };
  /** Where the papers came from when the system had them, e.g. '出生一件事 CS5331232026000001'. */
  papersSource?: string;
}

export interface PayoutBatchItem {
  applicationId: string;
  applicationNumber: string;
  childName: string;
  applicantName: string;
  ruleSummary: string;
  amountFen: Fen;
  account: PayoutAccountView;
}

export interface PayoutBatchView {
  id: string;
  /** 'ZF' + quarter + sequence, e.g. 'ZF2026Q4-01'. */
  number: string;
  quarter: string; // '2026Q4'
  createdAt: string;
  status: 'open' | 'paid';
  paidOn?: string;
  count: number;
  totalFen: Fen;
  items: PayoutBatchItem[];
  /** Transfers of this batch that failed and went on to the next batch. */
  failed: PayoutFailedTransfer[];
}

export interface PayoutFailedTransfer {
  applicationNumber: string;
  childName: string;
  amountFen: Fen;
  reason: string;
  recordedAt: string;
}

export interface MarkTransferFailedInput {
  batchId: string;
  applicationId: string;
  reason: string;
}

export interface PayoutOverview {
  /** Approved and not yet in a batch. */
  approvedCount: number;
  approvedTotalFen: Fen;
  batches: PayoutBatchView[];
}
