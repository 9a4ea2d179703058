// THE access table: for every action of every cloud function, which callers may call it, and a
// valid input aimed at family A's (or institution A's) resource — the caller's own for parent A and
// operator A, another's for parent B and operator B. matrix.test.ts fails when an action of
// cloud/functions is missing here or when this table names one that does not exist, so a new action
// cannot ship without saying who may call it.
//
// Rows are tried in this order; the ones that change what later rows work on (cancelling,
// deciding, revoking) come last in their function.
import type { BundleStepKey } from '../../domain/birth/types';
import { addDays } from '../../domain/dates';
import { TODAY } from '../api/harness';
import { birthInput, CHILD_BIRTH_DATE, results } from '../api/birthPeople';
import { father, mother, registrationInput } from '../api/people';
import { BANK_CARD, SECOND_CHILD_BIRTH_DATE } from '../api/subsidyFamilies';
import { EVERYONE, SIGNED_IN, VERIFIED, type CallerKind } from './callers';
import type { World } from './world';

export interface AccessRow {
  /** Who may call it. Everyone else must be refused (UNAUTHENTICATED / NOT_VERIFIED / FORBIDDEN / NOT_FOUND). */
  allow: readonly CallerKind[];
  /** A valid input for this caller (for parent B and operator B: aimed at A's resource). */
  input: (w: World, who: CallerKind) => unknown;
  /** Call with a fresh session of the caller (the action ends the session it came with). */
  freshSession?: true;
}

const PARENT_A: readonly CallerKind[] = ['parent'];
const BUNDLE_CLERKS: readonly CallerKind[] = ['hospital', 'clinic', 'police', 'medical_insurance', 'social_security'];
const OPERATORS: readonly CallerKind[] = ['operator', 'operatorB'];
const BUREAU: readonly CallerKind[] = ['health_bureau'];
const MATERNAL: readonly CallerKind[] = ['maternal_child'];

const STEP_OF: Partial<Record<CallerKind, BundleStepKey>> = {
  hospital: 'birth_certificate',
  clinic: 'vaccination',
  police: 'hukou',
  medical_insurance: 'medical_insurance',
  social_security: 'social_security',
};
const stepFor = (who: CallerKind): BundleStepKey => STEP_OF[who] ?? 'birth_certificate';
/** The case of A's where the caller's step has reached its department. */
const caseFor = (w: World, who: CallerKind): string =>
  who === 'police' ? w.a.hukouCaseId : who === 'medical_insurance' || who === 'social_security' ? w.a.insuranceCaseId : w.a.pendingCaseId;

/** The caller's own identity (a fresh person for a caller who has none). */
const self = (w: World, who: CallerKind) => w.people[who] ?? mother('测试未实名');
const registrationOfA = (w: World) =>
  registrationInput(w.a.mother, w.a.father, { stage: 'born', birthDate: SECOND_CHILD_BIRTH_DATE, dueDate: undefined });

const NEW_INSTITUTION = {
  name: '矩阵测试托育点（样例）',
  filingNumber: '533123BA20260099',
  ownership: 'puhui',
  demonstration: false,
  kindergartenClass: false,
  township: 'mengnong',
  address: '盈江县勐弄乡样例路9号',
  location: { lat: 24.93, lng: 97.99 },
  phone: '0692-8123999',
  hours: '周一至周五 8:00—17:00',
  careTypes: ['full_day'],
  caregivers: 3,
};

const OFFER = {
  classes: [
    { kind: 'infant', capacity: 10, enrolled: 8, careFeeMonthlyFen: 80_000 },
    { kind: 'toddler', capacity: 15, enrolled: 10, careFeeMonthlyFen: 70_000 },
  ],
  mealsMonthlyFen: 30_000,
  otherFees: [],
  hours: '周一至周五 7:30—17:30',
  careTypes: ['full_day', 'half_day'],
  caregivers: 6,
};

export const ACCESS_TABLE: Readonly<Record<string, Readonly<Record<string, AccessRow>>>> = {
  account: {
    devLogin: { allow: EVERYONE, input: () => ({}) },
    // No WeChat in the matrix's gateway: signIn and bindPhone answer UNAVAILABLE to everyone allowed.
    signIn: { allow: EVERYONE, input: () => ({ code: 'LOGIN_matrix_code' }) },
    signOut: { allow: SIGNED_IN, input: () => ({}), freshSession: true },
    bindPhone: { allow: SIGNED_IN, input: () => ({ code: 'PHONE_matrix_code' }) },
    me: { allow: SIGNED_IN, input: () => ({}) },
    verifyIdentity: { allow: SIGNED_IN, input: (w, who) => self(w, who) },
    startVerify: { allow: SIGNED_IN, input: (w, who) => self(w, who) },
    confirmVerify: { allow: SIGNED_IN, input: () => ({ verifyId: 'no-such-verify-id' }) },
    // CloudBase only: the matrix's gateway has no cloud storage, so allowed callers get UNAVAILABLE
    // (who may open which upload is readUpload's rule, tried through GET /api/files and test/api/cloudbase.test.ts).
    attachUpload: {
      allow: VERIFIED,
      input: () => ({ kind: 'hukou_book', cloudFileId: 'cloud://env.bucket/incoming/matrix0000000000.jpg' }),
    },
    openUpload: { allow: SIGNED_IN, input: () => ({ fileId: 'no-such-file' }) },
    myCases: { allow: SIGNED_IN, input: () => ({}) },
    inbox: { allow: SIGNED_IN, input: () => ({}) },
    markRead: { allow: PARENT_A, input: (w) => ({ id: w.a.inboxMessageId }) },
    unreadCount: { allow: SIGNED_IN, input: () => ({}) },
    children: { allow: SIGNED_IN, input: () => ({}) },
    dueNext: { allow: SIGNED_IN, input: () => ({}) },
    grantRole: { allow: ['admin'], input: (w) => ({ idNumber: w.spare.idNumber, role: 'finance' }) },
    // While the spare person holds the finance role granted just above.
    staffSessions: { allow: ['admin'], input: (w) => ({ userId: w.spare.userId }) },
    endStaffSessions: { allow: ['admin'], input: (w) => ({ userId: w.spare.userId }) },
    revokeRole: { allow: ['admin'], input: (w) => ({ userId: w.spare.userId, role: 'finance' }) },
  },
  maternal: {
    mine: { allow: SIGNED_IN, input: () => ({}) },
    get: { allow: PARENT_A, input: (w) => ({ id: w.a.pregnancyId }) },
    // Parent A has an open pregnancy already (CONFLICT); a caller who is no woman, with no 生育登记, is told who starts one.
    start: { allow: VERIFIED, input: () => ({ lmp: addDays(TODAY, -60) }) },
    correctDating: { allow: PARENT_A, input: (w) => ({ id: w.a.pregnancyId, version: 1, lmp: addDays(TODAY, -98) }) },
    findMothers: { allow: MATERNAL, input: (w) => ({ idNumber: w.a.mother.idNumber }) },
    pregnancy: { allow: MATERNAL, input: (w) => ({ id: w.a.pregnancyId }) },
    recordCheck: {
      allow: MATERNAL,
      input: (w) => ({ pregnancyId: w.a.pregnancyId, checkId: 'prenatal-1', date: TODAY, facility: '矩阵测试卫生院' }),
    },
    recordRisk: {
      allow: MATERNAL,
      input: (w) => ({
        pregnancyId: w.a.pregnancyId,
        colours: ['orange'],
        assessedOn: TODAY,
        facility: '矩阵测试医院',
        nextFollowUp: addDays(TODAY, 14),
      }),
    },
    queue: { allow: MATERNAL, input: () => ({}) },
    highRisk: { allow: ['maternal_child', 'health_bureau'], input: () => ({}) },
    // Last: the delivery ends the prenatal part (the version is stale by then: CONFLICT; test/api covers success).
    recordDelivery: {
      allow: MATERNAL,
      input: (w) => ({ pregnancyId: w.a.pregnancyId, version: 1, outcome: 'live_birth', deliveryDate: TODAY }),
    },
  },
  vaccine: {
    calendar: { allow: PARENT_A, input: (w) => ({ childId: w.a.childId }) },
    // The clinic (findChildren also the police, to record a hukou move).
    findChildren: { allow: ['clinic', 'police'], input: () => ({ name: '甲家二宝', birthDate: SECOND_CHILD_BIRTH_DATE }) },
    childCalendar: { allow: ['clinic'], input: (w) => ({ childId: w.a.childId }) },
    recordDose: {
      allow: ['clinic'],
      input: (w) => ({
        childId: w.a.childId,
        doseId: 'hepb-1',
        date: SECOND_CHILD_BIRTH_DATE,
        product: 'HepB',
        batch: 'T-MATRIX',
        clinic: '测试接种门诊',
      }),
    },
  },
  childHealth: {
    overview: { allow: PARENT_A, input: (w) => ({ childId: w.a.childId }) },
    findChildren: { allow: ['maternal_child'], input: () => ({ name: '甲家二宝', birthDate: SECOND_CHILD_BIRTH_DATE }) },
    childHealth: { allow: ['maternal_child'], input: (w) => ({ childId: w.a.childId }) },
    queue: { allow: ['maternal_child'], input: () => ({}) },
    recordCheck: {
      allow: ['maternal_child'],
      input: (w) => ({
        childId: w.a.childId,
        checkId: 'newborn-visit',
        facility: '矩阵测试乡镇卫生院',
        measurements: { date: SECOND_CHILD_BIRTH_DATE, weightKg: 3.3 },
        development: 'normal',
      }),
    },
    recordScreening: {
      allow: ['maternal_child'],
      input: (w) => ({
        childId: w.a.childId,
        kind: 'hearing',
        round: 'initial',
        result: 'pass',
        date: SECOND_CHILD_BIRTH_DATE,
        facility: '矩阵测试医院',
      }),
    },
  },
  subsidy: {
    overview: { allow: VERIFIED, input: () => ({}) },
    policy: { allow: EVERYONE, input: () => ({}) },
    get: { allow: PARENT_A, input: (w) => ({ id: w.a.subsidyId }) },
    apply: { allow: PARENT_A, input: (w) => ({ childId: w.a.childId, account: BANK_CARD }) },
    // Staff, after the parent's rows: the bureau reviews (and rejects A's claim), finance pays, the police record a move.
    subsidyQueue: { allow: BUREAU, input: () => ({}) },
    subsidyReview: { allow: BUREAU, input: (w) => ({ id: w.a.subsidyId }) },
    acceptSubsidy: { allow: BUREAU, input: (w) => ({ id: w.a.subsidyId }) },
    decideSubsidy: { allow: BUREAU, input: (w) => ({ id: w.a.subsidyId, decision: 'reject', reason: '矩阵测试驳回' }) },
    payoutOverview: { allow: ['finance'], input: () => ({}) },
    exportPayoutBatch: { allow: ['finance', 'health_bureau'], input: (w) => ({ batchId: w.batchId }) },
    createPayoutBatch: { allow: ['finance'], input: () => ({}) },
    setSubsidyPolicy: {
      allow: BUREAU,
      input: () => ({ key: 'countyChildcareAfter2025', value: 'undecided', source: '矩阵测试依据文件第一条' }),
    },
    markBatchPaid: { allow: ['finance'], input: (w) => ({ batchId: w.batchId, paidOn: TODAY }) },
    // After markBatchPaid: the batch is paid, so finance meets the domain refusal (CONFLICT); test/api covers success.
    markTransferFailed: { allow: ['finance'], input: (w) => ({ batchId: w.batchId, applicationId: w.b.subsidyId, reason: '账号有误' }) },
    recordHukouMove: { allow: ['police'], input: (w) => ({ childId: w.a.childId, movedOn: TODAY, destination: 'outside_yunnan' }) },
  },
  nursery: {
    search: { allow: EVERYONE, input: () => ({ township: 'pingyuan', limit: 5 }) },
    detail: { allow: EVERYONE, input: (w) => ({ id: w.institutionA }) },
    bookVisit: { allow: VERIFIED, input: (w) => ({ institutionId: w.institutionA, slotId: w.slotA, visitors: 1 }) },
    applyPlace: {
      allow: PARENT_A,
      input: (w) => ({
        institutionId: w.institutionA,
        classKind: 'toddler',
        careType: 'full_day',
        childId: w.a.childId,
        startMonth: '2027-01',
      }),
    },
    getRequest: { allow: PARENT_A, input: (w) => ({ id: w.a.nurseryRequestId }) },
    cancelRequest: { allow: PARENT_A, input: (w) => ({ id: w.a.nurseryRequestId }) },
    // Staff, after the parent's rows (A's request is cancelled by then): the operators, then the bureau.
    operatorInstitution: { allow: OPERATORS, input: () => ({}) },
    operatorRequests: { allow: OPERATORS, input: () => ({}) },
    updateNurseryOffer: { allow: OPERATORS, input: () => OFFER },
    addVisitSlot: { allow: OPERATORS, input: () => ({ start: '2026-12-05T09:00', durationMin: 30, capacity: 2 }) },
    removeVisitSlot: { allow: ['operator'], input: (w) => ({ slotId: w.slotA }) },
    decideNurseryRequest: { allow: ['operator'], input: (w) => ({ id: w.a.nurseryRequestId, decision: 'accept', answer: '欢迎来园参观' }) },
    listInstitutions: { allow: BUREAU, input: () => ({}) },
    institution: { allow: BUREAU, input: (w) => ({ id: w.institutionA }) },
    fileInstitution: { allow: BUREAU, input: () => NEW_INSTITUTION },
    setFilingStatus: { allow: BUREAU, input: (w) => ({ id: w.spareInstitution, status: 'revoked', reason: '矩阵测试撤销' }) },
    recordInspection: { allow: BUREAU, input: (w) => ({ id: w.spareInstitution, date: TODAY, result: 'pass' }) },
    nurserySupply: { allow: BUREAU, input: () => ({}) },
  },
  registration: {
    submit: { allow: VERIFIED, input: (w, who) => registrationInput(self(w, who), father()) },
    mine: { allow: SIGNED_IN, input: () => ({}) },
    get: { allow: PARENT_A, input: (w) => ({ id: w.a.registrationId }) },
    editable: { allow: PARENT_A, input: (w) => ({ id: w.a.registrationId }) },
    correct: { allow: PARENT_A, input: (w) => ({ id: w.a.registrationId, input: registrationOfA(w) }) },
    cancel: { allow: PARENT_A, input: (w) => ({ id: w.a.registrationId, reason: '矩阵测试注销' }) },
    // Only the person a registration names as spouse (here A's parent, named by a stranger).
    spouseRequest: { allow: PARENT_A, input: (w) => ({ id: w.spouseAskId }) },
    answerSpouse: { allow: PARENT_A, input: (w) => ({ id: w.spouseAskId, answer: 'refuse' }) },
    // The bureau, after the parent's rows (A's registration is cancelled by then: correcting it is a CONFLICT).
    searchRegistrations: { allow: BUREAU, input: () => ({}) },
    getRegistration: { allow: BUREAU, input: (w) => ({ id: w.a.registrationId }) },
    correctRegistration: { allow: BUREAU, input: (w) => ({ id: w.a.registrationId, input: registrationOfA(w), reason: '矩阵测试更正' }) },
  },
  birth: {
    eligibility: {
      allow: VERIFIED,
      input: () => ({ hospitalId: 'yj-people', firstIssue: true, birthDate: CHILD_BIRTH_DATE, localHukouParent: true }),
    },
    prefill: { allow: VERIFIED, input: () => ({}) },
    submit: { allow: VERIFIED, input: (w, who) => birthInput(self(w, who), father()) },
    mine: { allow: SIGNED_IN, input: () => ({}) },
    get: { allow: PARENT_A, input: (w) => ({ id: w.a.pendingCaseId }) },
    editable: { allow: PARENT_A, input: (w) => ({ id: w.a.pendingCaseId }) },
    resubmitStep: { allow: PARENT_A, input: (w) => ({ id: w.a.pendingCaseId, step: 'birth_certificate', input: w.a.pendingInput }) },
    // Only the person a case names as the other parent (here A's parent, named by a stranger).
    otherParentRequest: { allow: PARENT_A, input: (w) => ({ id: w.otherParentAskId }) },
    answerOtherParent: { allow: PARENT_A, input: (w) => ({ id: w.otherParentAskId, answer: 'refuse' }) },
    // The departments, each on the case of A's where its step has been reached.
    bundleQueue: { allow: BUNDLE_CLERKS, input: () => ({}) },
    bundleStep: { allow: BUNDLE_CLERKS, input: (w, who) => ({ caseId: caseFor(w, who), step: stepFor(who) }) },
    acceptStep: { allow: BUNDLE_CLERKS, input: (w, who) => ({ caseId: caseFor(w, who), step: stepFor(who) }) },
    completeStep: {
      allow: BUNDLE_CLERKS,
      input: (w, who) => ({ caseId: caseFor(w, who), step: stepFor(who), result: results()[stepFor(who)] }),
    },
    rejectStep: { allow: BUNDLE_CLERKS, input: (w, who) => ({ caseId: caseFor(w, who), step: stepFor(who), reason: '矩阵测试退回' }) },
  },
  dashboard: {
    dashboard: { allow: BUREAU, input: () => ({ from: '2026-01', to: '2026-11' }) },
    yearlyReport: { allow: BUREAU, input: () => ({ year: 2026, scope: 'county' }) },
    exportYearlyReport: { allow: BUREAU, input: () => ({ year: 2026, scope: 'county' }) },
    reportedFigures: { allow: BUREAU, input: () => ({}) },
    openQuestions: { allow: BUREAU, input: () => ({}) },
    setReportedFigure: {
      allow: BUREAU,
      input: () => ({ figure: 'maternal_mortality', year: 2025, value: 8.5, source: '矩阵测试 妇幼卫生年报 表1' }),
    },
  },
  audit: {
    auditLog: { allow: BUREAU, input: () => ({ action: 'registration.read' }) },
  },
};

/** "fn.action" for every row of the table. */
export function tableActions(): string[] {
  return Object.entries(ACCESS_TABLE).flatMap(([fn, rows]) => Object.keys(rows).map((a) => `${fn}.${a}`));
}
