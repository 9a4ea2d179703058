// What each cloud function's actions take and give back. The client's service modules and the
// server's dispatchers are both typed from this map, so the two cannot drift apart.
import type { StaffRole, StaffRoleCode } from '../account/roles';
import type { RegistrationInput, ExistingChild, RegistrationStage, Sex } from '../registration/types';
import type { TownshipCode } from '../place/townships';
import type { BirthApplicationInput, BirthPrefill, BundleStepKey, EligibilityInput, EligibilityResult, StepResult } from '../birth/types';
import type { BirthCaseView, QueueItem, StepWork } from '../birth/views';
import type { AuditEntryView, AuditLogQuery } from '../audit/types';
import type { CountyChildcareAfter2025, SubsidyPolicy } from '../subsidy/policySettings';
import type { ChildSummary, DueItem } from '../children/types';
import type { RecordDoseInput, VaccineCalendar } from '../vaccine/types';
import type { ChildHealthQueue, ChildHealthView, StaffChildHealthView } from '../childHealth/types';
import type { DevelopmentResult, FeedingKind } from '../childHealth/labels';
import type { ScreeningKind, ScreeningResult, ScreeningRound } from '../childHealth/newbornScreening';
import type { LengthPosition } from '../growth/growthStandard';
import type {
  ChildSubsidies,
  MarkTransferFailedInput,
  PayoutBatchView,
  PayoutOverview,
  SubsidyApplicationView,
  SubsidyApplyInput,
  SubsidyQueueItem,
  SubsidyReview,
  SubsidyStatus,
} from '../subsidy/types';
import type {
  ApplyPlaceInput,
  BookVisitInput,
  FilingStatus,
  Inspection,
  InstitutionInput,
  NurseryDetail,
  NurseryOfferInput,
  NurseryRequestView,
  NurserySearchInput,
  NurserySearchResult,
  OperatorRequestItem,
  SupplyReport,
} from '../nursery/types';
import type { Dashboard, DashboardQuery, ReportScope, YearlyReport } from '../dashboard/types';
import type { ReportedFiguresOverview, SetReportedFigureInput } from '../dashboard/reportedFigures';
import type { OpenQuestionTopic } from '../openQuestions';
import type {
  DeliveryOutcome,
  HighRiskCase,
  MaternalQueue,
  MotherMatch,
  MyPregnancies,
  PregnancyView,
  StaffPregnancyView,
} from '../maternal/views';
import type { RiskColour } from '../maternal/riskColours';

/** LMP and/or an ultrasound (datingSchema); all empty with a registrationId: the registration's 预产期. */
export interface DatingFields {
  lmp?: string | null;
  scanDate?: string | null;
  scanWeeks?: number | null;
  scanDays?: number | null;
}

export type { StaffRole, StaffRoleCode } from '../account/roles';

export interface FamilyMember {
  relation: 'self' | 'spouse' | 'child' | 'expected';
  name: string;
  idNumberMasked?: string;
  sex?: Sex;
  birthDate?: string;
  /** Extra line shown under the member, e.g. '预产期 2027-03-01'. */
  note?: string;
}

export interface Me {
  userId: string;
  verified: boolean;
  name?: string;
  idNumberMasked?: string;
  /** The caller's own full number, sent only to the caller so their forms can be prefilled; never shown. */
  idNumber?: string;
  sex?: Sex;
  birthDate?: string;
  roles: StaffRole[];
  family: FamilyMember[];
  /** The phone WeChat confirmed for the caller (getPhoneNumber), to prefill their forms; only to the caller. */
  phone?: string;
}

/** One gateway session of a staff member, as the admin sees it. */
export interface StaffSessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  /** When it ends if unused (idle limit or absolute lifetime, whichever first). */
  endsAt: string;
}

export type DemoAccount =
  | 'parent'
  | 'newborn_parent'
  /** A family whose second child was born in 2025 and has every paper (出生一件事 done): owed subsidies. */
  | 'subsidy_parent'
  | 'hospital'
  | 'clinic'
  | 'police'
  | 'medical_insurance'
  | 'social_security'
  | 'health_bureau'
  | 'finance'
  | 'maternal_child'
  | 'nursery_operator'
  | 'admin';

export interface CaseSummary {
  id: string;
  kind: 'registration' | 'birth' | 'subsidy' | 'nursery';
  refId: string;
  title: string;
  status: string; // machine value, e.g. 'registered'
  statusText: string; // Chinese, e.g. '已登记'
  createdAt: string; // ISO instant
  updatedAt: string;
  /** Page path that opens this case, e.g. '/packages/registration/certificate/index?id=…'. */
  link: string;
}

export interface InboxMessage {
  id: string;
  title: string;
  body: string;
  link?: string;
  createdAt: string;
  read: boolean;
}

export interface PersonView {
  name: string;
  idNumberMasked: string;
  sex: Sex;
  ethnicity: string; // code
  phoneMasked: string;
  hukouTownship: TownshipCode | 'outside';
  hukouAddress: string;
}

export interface RegistrationCorrection {
  at: string;
  by: 'applicant' | 'health_bureau';
  fields: string[];
  reason?: string;
}

export interface RegistrationView {
  id: string;
  number: string; // e.g. SY5331232026000001
  status: 'registered' | 'cancelled';
  createdAt: string;
  updatedAt: string;
  childOrder: number; // 孩次 of this pregnancy / birth
  stage: RegistrationStage;
  dueDate?: string;
  birthDate?: string;
  township: TownshipCode;
  marriageDate: string;
  applicant: PersonView;
  spouse: PersonView;
  existingChildren: ExistingChild[];
  /** Whether the person named as spouse has confirmed it is them (待配偶确认 until they do). */
  spouseConsent: SpouseConsent;
  cancelReason?: string;
  corrections: RegistrationCorrection[];
}

export type SpouseConsent = 'pending' | 'confirmed' | 'refused';

/** What the person named as spouse sees before answering: who named them, in which registration. */
export interface SpouseRequestView {
  id: string;
  number: string;
  applicantName: string;
  createdAt: string;
  status: RegistrationView['status'];
  spouseConsent: SpouseConsent;
}

/** What the person named as the other parent of a 出生一件事 application sees before answering. */
export interface OtherParentRequestView {
  id: string;
  number: string;
  applicantName: string;
  childName: string;
  childBirthDate: string;
  createdAt: string;
  consent: SpouseConsent;
}

export interface RegistrationSummary {
  id: string;
  number: string;
  status: RegistrationView['status'];
  applicantName: string;
  spouseName: string;
  childOrder: number;
  stage: RegistrationStage;
  dueDate?: string;
  birthDate?: string;
  township: TownshipCode;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** Rows per page on the server: the client counts pages with it, never with a copy of its own. */
  pageSize: number;
}

type Action<I, O> = { input: I; output: O };

export interface Contract {
  account: {
    /** Refused by the gateway when NODE_ENV=production. No `demo` = a fresh, unverified user. */
    devLogin: Action<{ demo?: DemoAccount }, { token: string; me: Me }>;
    /**
     * WeChat sign-in: the `wx.login` code, exchanged by the server (code2Session). In CloudBase
     * WeChat already says who calls: no token comes back.
     */
    signIn: Action<{ code: string }, { token?: string; me: Me }>;
    /** Ends this session on the server (the token stops working at once). */
    signOut: Action<Record<string, never>, { ok: true }>;
    /** The getPhoneNumber button's code, exchanged by the server; the phone is stored encrypted. */
    bindPhone: Action<{ code: string }, { phone: string; phoneMasked: string }>;
    /**
     * Real-name check, step 1: name and number → a verifyId for wx.requestFacialVerify (WeChat face
     * check) or for confirmVerify directly (dev provider). Capped per account per day.
     */
    startVerify: Action<{ name: string; idNumber: string }, { verifyId: string; provider: 'wechat' | 'dev' }>;
    /** Step 2: the server asks WeChat (queryVerifyInfo) and only then marks the person verified. */
    confirmVerify: Action<{ verifyId: string }, Me>;
    /** CloudBase only: the file the weapp put at incoming/ (wx.cloud.uploadFile), stored sealed. */
    attachUpload: Action<
      { kind: string; cloudFileId: string },
      { fileId: string; size: number; mime: 'image/jpeg' | 'image/png' | 'application/pdf' }
    >;
    /** CloudBase only: a temporary URL to an upload the caller may see (audited as with GET /api/files). */
    openUpload: Action<{ fileId: string }, { url: string; mime: string; expiresInSec: number }>;
    /** Admin only: a staff member's sessions still open. */
    staffSessions: Action<{ userId: string }, StaffSessionView[]>;
    /** Admin only: end one of them (sessionId) or all. */
    endStaffSessions: Action<{ userId: string; sessionId?: string }, { ended: number }>;
    me: Action<Record<string, never>, Me>;
    verifyIdentity: Action<{ name: string; idNumber: string }, Me>;
    myCases: Action<Record<string, never>, CaseSummary[]>;
    inbox: Action<Record<string, never>, InboxMessage[]>;
    markRead: Action<{ id: string }, { ok: true }>;
    /** How many of the caller's messages are unread (the tab-bar badge). */
    unreadCount: Action<Record<string, never>, { unread: number }>;
    /** Admin only: grant a staff role to the verified person with this ID number. */
    grantRole: Action<{ idNumber: string; role: StaffRoleCode; scope?: string }, { userId: string; roles: StaffRole[] }>;
    revokeRole: Action<{ userId: string; role: StaffRoleCode }, { userId: string; roles: StaffRole[] }>;
    /** The family's children (from 出生一件事 and the children named in 生育登记). */
    children: Action<Record<string, never>, ChildSummary[]>;
    /** Everything the family should do next, across services, soonest first. */
    dueNext: Action<Record<string, never>, DueItem[]>;
  };
  maternal: {
    /** The family's pregnancies (newest first) and the 生育登记 a pregnancy can start from. */
    mine: Action<Record<string, never>, MyPregnancies>;
    /** A pregnancy of the caller's family: dating, calendar, latest risk colour, costs. */
    get: Action<{ id: string }, PregnancyView>;
    /** From a 生育登记 of the family (its 预产期 when no LMP / scan is given) or on its own. Idempotent. */
    start: Action<DatingFields & { registrationId?: string | null }, PregnancyView>;
    correctDating: Action<DatingFields & { id: string; version: number }, PregnancyView>;
    /** 妇幼保健: a mother by name + birth date, or by ID number (audited). */
    findMothers: Action<{ name?: string; birthDate?: string; idNumber?: string }, MotherMatch[]>;
    pregnancy: Action<{ id: string }, StaffPregnancyView>;
    /** 妇幼保健: a check of the calendar (prenatal-1 is 建册). Idempotent; twice → CONFLICT. */
    recordCheck: Action<
      { pregnancyId: string; checkId: string; date: string; facility: string; notes?: string | null },
      StaffPregnancyView
    >;
    /** 妇幼保健: a 妊娠风险评估; 橙/红/紫 need nextFollowUp. Idempotent; a second one that day → CONFLICT. */
    recordRisk: Action<
      {
        pregnancyId: string;
        colours: RiskColour[];
        assessedOn: string;
        facility: string;
        nextFollowUp?: string | null;
        notes?: string | null;
      },
      StaffPregnancyView
    >;
    recordDelivery: Action<
      { pregnancyId: string; version: number; outcome: DeliveryOutcome; deliveryDate: string; dischargeDate?: string | null },
      StaffPregnancyView
    >;
    /** 妇幼保健: due this week, overdue, 高危. */
    queue: Action<Record<string, never>, MaternalQueue>;
    /** 妇幼保健 and the health bureau: the 高危孕产妇专案 list. */
    highRisk: Action<Record<string, never>, HighRiskCase[]>;
  };
  vaccine: {
    /** A child of the caller's family: the schedule from the birth date with the doses given. */
    calendar: Action<{ childId: string }, VaccineCalendar>;
    /** Clinic (and police, for a hukou move): find a child county-wide (by name and birth date, or the child's ID number). Audited. */
    findChildren: Action<{ name?: string; birthDate?: string; idNumber?: string }, ChildSummary[]>;
    /** Clinic: a child's calendar; the read is audit-logged. */
    childCalendar: Action<{ childId: string }, VaccineCalendar>;
    /** Clinic: record a dose as given. */
    recordDose: Action<RecordDoseInput, VaccineCalendar>;
  };
  childHealth: {
    /** A child of the caller's family: the check calendar, records, newborn screenings and growth charts. */
    overview: Action<{ childId: string }, ChildHealthView>;
    /** 妇幼保健: find a child county-wide (by name and birth date, or the child's ID number). Audited. */
    findChildren: Action<{ name?: string; birthDate?: string; idNumber?: string }, ChildSummary[]>;
    /** 妇幼保健: one child's health page with the staff notes; the read is audited. */
    childHealth: Action<{ childId: string }, StaffChildHealthView>;
    /** 妇幼保健: record one check of the national schedule; a check on record already is CONFLICT. */
    recordCheck: Action<RecordCheckRequest, StaffChildHealthView>;
    /** 妇幼保健 (birth hospital): record one round of a newborn screening. */
    recordScreening: Action<RecordScreeningRequest, StaffChildHealthView>;
    /** 妇幼保健: checks due this week, overdue, growth flags, screening rechecks outstanding. */
    queue: Action<Record<string, never>, ChildHealthQueue>;
  };
  subsidy: {
    /** Every child of the caller's family: the facts the engine runs on, and the applications so far. */
    overview: Action<Record<string, never>, ChildSubsidies[]>;
    /** Claims every payment the child can be claimed for today (the server runs the engine again). Idempotent. */
    apply: Action<SubsidyApplyInput, SubsidyApplicationView>;
    get: Action<{ id: string }, SubsidyApplicationView>;
    /** Public: the health bureau's answers to the subsidy policy questions (the engine runs on them). */
    policy: Action<Record<string, never>, SubsidyPolicy>;
    /** Health bureau (卫健 reviewers): subsidy applications waiting, oldest first. */
    subsidyQueue: Action<{ status?: Extract<SubsidyStatus, 'submitted' | 'under_review'> }, SubsidyQueueItem[]>;
    /** The application with the engine's explanation beside it; the read is audit-logged. */
    subsidyReview: Action<{ id: string }, SubsidyReview>;
    acceptSubsidy: Action<{ id: string }, SubsidyReview>;
    decideSubsidy: Action<{ id: string; decision: 'approve' | 'reject'; reason?: string }, SubsidyReview>;
    /** Health bureau: answer a subsidy policy question with the source relied on. Audited. */
    setSubsidyPolicy: Action<{ key: 'countyChildcareAfter2025'; value: CountyChildcareAfter2025; source: string }, SubsidyPolicy>;
    /** Police: a child's hukou moved out of 盈江 (subsidies paid here stop from the next month). */
    recordHukouMove: Action<{ childId: string; movedOn: string; destination: 'yunnan_other' | 'outside_yunnan' }, { ok: true }>;
    /** Finance: approved claims not yet in a batch, and the batches. */
    payoutOverview: Action<Record<string, never>, PayoutOverview>;
    /** Finance: gather every approved claim into a new batch for the current quarter. Idempotent. */
    createPayoutBatch: Action<Record<string, never>, PayoutBatchView>;
    markBatchPaid: Action<{ batchId: string; paidOn: string }, PayoutBatchView>;
    /** Finance: one transfer of an open batch failed; it leaves the batch for the next one, the family is told. */
    markTransferFailed: Action<MarkTransferFailedInput, PayoutBatchView>;
    /** Finance gets full account numbers; the health bureau only the last 4. Audit-logged. */
    exportPayoutBatch: Action<{ batchId: string }, { filename: string; csv: string }>;
  };
  nursery: {
    /** Public: filed institutions only, nearest first. */
    search: Action<NurserySearchInput, NurserySearchResult>;
    /** Public for a filed institution; pending / revoked ones are not found. */
    detail: Action<{ id: string }, NurseryDetail>;
    bookVisit: Action<BookVisitInput, NurseryRequestView>;
    applyPlace: Action<ApplyPlaceInput, NurseryRequestView>;
    getRequest: Action<{ id: string }, NurseryRequestView>;
    cancelRequest: Action<{ id: string }, NurseryRequestView>;
    /** Nursery operator: their own institution (scope of the role), with every visit slot. */
    operatorInstitution: Action<Record<string, never>, NurseryDetail>;
    updateNurseryOffer: Action<NurseryOfferInput, NurseryDetail>;
    addVisitSlot: Action<{ start: string; durationMin: number; capacity: number }, NurseryDetail>;
    removeVisitSlot: Action<{ slotId: string }, NurseryDetail>;
    operatorRequests: Action<{ status?: 'submitted' | 'accepted' | 'declined' }, OperatorRequestItem[]>;
    decideNurseryRequest: Action<{ id: string; decision: 'accept' | 'decline'; answer: string }, OperatorRequestItem>;
    /** Health bureau: every institution whatever its status, filterable. */
    listInstitutions: Action<{ status?: FilingStatus; township?: TownshipCode; page?: number }, Page<NurseryDetail>>;
    institution: Action<{ id: string }, NurseryDetail>;
    fileInstitution: Action<InstitutionInput & { id?: string }, NurseryDetail>;
    setFilingStatus: Action<{ id: string; status: FilingStatus; reason: string }, NurseryDetail>;
    recordInspection: Action<{ id: string } & Inspection, NurseryDetail>;
    nurserySupply: Action<Record<string, never>, SupplyReport>;
  };
  registration: {
    submit: Action<RegistrationInput, RegistrationView>;
    mine: Action<Record<string, never>, RegistrationView[]>;
    get: Action<{ id: string }, RegistrationView>;
    /** The owner's own full input, to prefill the correction form. */
    editable: Action<{ id: string }, RegistrationInput>;
    correct: Action<{ id: string; input: RegistrationInput }, RegistrationView>;
    cancel: Action<{ id: string; reason: string }, RegistrationView>;
    /** The person named as spouse (by their verified ID number): the request they are asked to answer. */
    spouseRequest: Action<{ id: string }, SpouseRequestView>;
    /** 这是我 ('confirm': they join the family) / 这不是我 ('refuse': the applicant is told). */
    answerSpouse: Action<{ id: string; answer: 'confirm' | 'refuse' }, SpouseRequestView>;
    searchRegistrations: Action<
      { number?: string; township?: TownshipCode; from?: string; to?: string; page?: number },
      Page<RegistrationSummary>
    >;
    /** Health bureau only; the read is written to the audit log. */
    getRegistration: Action<{ id: string }, { view: RegistrationView; input: RegistrationInput }>;
    correctRegistration: Action<{ id: string; input: RegistrationInput; reason: string }, RegistrationView>;
  };
  birth: {
    eligibility: Action<EligibilityInput, EligibilityResult>;
    /** What the system already knows: the caller, the other parent and the child from the latest 生育登记. */
    prefill: Action<Record<string, never>, BirthPrefill>;
    submit: Action<BirthApplicationInput, BirthCaseView>;
    mine: Action<Record<string, never>, BirthCaseView[]>;
    get: Action<{ id: string }, BirthCaseView>;
    /** The owner's own full input, to fix a rejected step. */
    editable: Action<{ id: string }, BirthApplicationInput>;
    /** Fix and resubmit one rejected step; every other step keeps its progress. */
    resubmitStep: Action<{ id: string; step: BundleStepKey; input: BirthApplicationInput }, BirthCaseView>;
    /** The person named as the other parent (by their verified ID number): the request they are asked to answer. */
    otherParentRequest: Action<{ id: string }, OtherParentRequestView>;
    /** 这是我 joins the applicant's family; 这不是我 keeps them out and tells the applicant. */
    answerOtherParent: Action<{ id: string; answer: 'confirm' | 'refuse' }, OtherParentRequestView>;
    /** The caller's department's steps waiting for it, oldest first (`step` picks one of several roles). */
    bundleQueue: Action<{ step?: BundleStepKey }, QueueItem[]>;
    /** One step with only the data its department needs; the read is audit-logged. */
    bundleStep: Action<{ caseId: string; step: BundleStepKey }, StepWork>;
    acceptStep: Action<{ caseId: string; step: BundleStepKey }, StepWork>;
    completeStep: Action<{ caseId: string; step: BundleStepKey; result: StepResult }, StepWork>;
    /** `fields`: the application fields to fix, from the step's data rows (their `field`). */
    rejectStep: Action<{ caseId: string; step: BundleStepKey; reason: string; fields?: string[] }, StepWork>;
  };
  dashboard: {
    /** Health bureau only: the county's figures for a period (and a township). Audit-logged. */
    dashboard: Action<DashboardQuery, Dashboard>;
    /** Health bureau only: the year's report for the county or one department, counts only (<5 suppressed). */
    yearlyReport: Action<{ year: number; scope: ReportScope }, YearlyReport>;
    /** The same report as CSV (UTF-8 with BOM). Audit-logged as an export. */
    exportYearlyReport: Action<{ year: number; scope: ReportScope }, { filename: string; csv: string }>;
    /** Health bureau only: the 妇幼 figures entered per year (孕产妇死亡率 …) beside the plan's targets. Audit-logged. */
    reportedFigures: Action<Record<string, never>, ReportedFiguresOverview>;
    /** Health bureau only: enter a year's figure from the 妇幼 reporting system; again for the same year replaces it (audited). */
    setReportedFigure: Action<SetReportedFigureInput, ReportedFiguresOverview>;
    /** Health bureau only: what is still to be confirmed about the rules and data, by topic (staff notes). */
    openQuestions: Action<Record<string, never>, OpenQuestionTopic[]>;
  };
  audit: {
    /** Health bureau: the audit log, newest first, filterable; the query is itself audit-logged. */
    auditLog: Action<AuditLogQuery, Page<AuditEntryView>>;
  };
}

export interface RecordCheckRequest {
  childId: string;
  checkId: string;
  facility: string;
  measurements: {
    date: string;
    weightKg?: number | null;
    lengthCm?: number | null;
    position?: LengthPosition | null;
    headCm?: number | null;
  };
  feeding?: FeedingKind | null;
  development: DevelopmentResult;
  referral?: string | null;
}

export interface RecordScreeningRequest {
  childId: string;
  kind: ScreeningKind;
  round: ScreeningRound;
  result: ScreeningResult;
  date: string;
  facility: string;
  recheckWhere?: string | null;
}

export type FunctionName = keyof Contract;
export type ActionName<F extends FunctionName> = keyof Contract[F] & string;
export type InputOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends Action<infer I, unknown> ? I : never;
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends Action<unknown, infer O> ? O : never;
