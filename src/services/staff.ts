import type { CountyChildcareAfter2025 } from '@domain/subsidy/policySettings';
import type { InputOf } from '@domain/api/contract';
import type { BundleStepKey, StepResult } from '@domain/birth/types';
import type { DashboardQuery, ReportScope } from '@domain/dashboard/types';
import type { RegistrationInput } from '@domain/registration/types';
import type { FilingStatus, Inspection, NurseryOfferInput } from '@domain/nursery/types';
import type { RecordDoseInput } from '@domain/vaccine/types';
import type { SubsidyStatus } from '@domain/subsidy/types';
import { call } from './transport';

export const staffService = {
  searchRegistrations: (query: InputOf<'staff', 'searchRegistrations'>) =>
    call('staff', 'searchRegistrations', query),
  getRegistration: (id: string) => call('staff', 'getRegistration', { id }),
  correctRegistration: (id: string, input: RegistrationInput, reason: string) =>
    call('staff', 'correctRegistration', { id, input, reason }),
};

export const bundleStaffService = {
  queue: (step?: BundleStepKey) => call('staff', 'bundleQueue', step ? { step } : {}),
  step: (caseId: string, step: BundleStepKey) => call('staff', 'bundleStep', { caseId, step }),
  accept: (caseId: string, step: BundleStepKey) => call('staff', 'acceptStep', { caseId, step }),
  complete: (caseId: string, step: BundleStepKey, result: StepResult) => call('staff', 'completeStep', { caseId, step, result }),
  reject: (caseId: string, step: BundleStepKey, reason: string, fields: string[] = []) => call('staff', 'rejectStep', { caseId, step, reason, fields }),
};

export const clinicService = {
  findChildren: (query: InputOf<'staff', 'findChildren'>) => call('staff', 'findChildren', query),
  calendar: (childId: string) => call('staff', 'childCalendar', { childId }),
  recordDose: (input: RecordDoseInput) => call('staff', 'recordDose', input),
};

export const hukouStaffService = {
  findChildren: (query: InputOf<'staff', 'findChildren'>) => call('staff', 'findChildren', query),
  recordMove: (input: InputOf<'staff', 'recordHukouMove'>) => call('staff', 'recordHukouMove', input),
};

export const subsidyStaffService = {
  queue: (status?: Extract<SubsidyStatus, 'submitted' | 'under_review'>) => call('staff', 'subsidyQueue', status ? { status } : {}),
  review: (id: string) => call('staff', 'subsidyReview', { id }),
  accept: (id: string) => call('staff', 'acceptSubsidy', { id }),
  approve: (id: string) => call('staff', 'decideSubsidy', { id, decision: 'approve' }),
  reject: (id: string, reason: string) => call('staff', 'decideSubsidy', { id, decision: 'reject', reason }),
};

export const subsidyPolicyService = {
  set: (value: CountyChildcareAfter2025, source: string) => call('staff', 'setSubsidyPolicy', { key: 'countyChildcareAfter2025', value, source }),
};

export const payoutService = {
  overview: () => call('staff', 'payoutOverview', {}),
  createBatch: (idempotencyKey: string) => call('staff', 'createPayoutBatch', {}, { idempotencyKey }),
  markPaid: (batchId: string, paidOn: string) => call('staff', 'markBatchPaid', { batchId, paidOn }),
  markTransferFailed: (batchId: string, applicationId: string, reason: string) => call('staff', 'markTransferFailed', { batchId, applicationId, reason }),
  exportCsv: (batchId: string) => call('staff', 'exportPayoutBatch', { batchId }),
};

export const nurseryOperatorService = {
  institution: () => call('staff', 'operatorInstitution', {}),
  updateOffer: (offer: NurseryOfferInput) => call('staff', 'updateNurseryOffer', offer),
  addVisitSlot: (slot: InputOf<'staff', 'addVisitSlot'>) => call('staff', 'addVisitSlot', slot),
  removeVisitSlot: (slotId: string) => call('staff', 'removeVisitSlot', { slotId }),
  requests: (status?: InputOf<'staff', 'operatorRequests'>['status']) => call('staff', 'operatorRequests', status ? { status } : {}),
  decide: (id: string, decision: 'accept' | 'decline', answer: string) => call('staff', 'decideNurseryRequest', { id, decision, answer }),
};

export const nurseryBureauService = {
  list: (query: InputOf<'staff', 'listInstitutions'>) => call('staff', 'listInstitutions', query),
  institution: (id: string) => call('staff', 'institution', { id }),
  file: (input: InputOf<'staff', 'fileInstitution'>) => call('staff', 'fileInstitution', input),
  setStatus: (id: string, status: FilingStatus, reason: string) => call('staff', 'setFilingStatus', { id, status, reason }),
  recordInspection: (id: string, inspection: Inspection) => call('staff', 'recordInspection', { id, ...inspection }),
  supply: () => call('staff', 'nurserySupply', {}),
};

export const monitoringService = {
  dashboard: (query: DashboardQuery) => call('staff', 'dashboard', query),
  yearlyReport: (year: number, scope: ReportScope) => call('staff', 'yearlyReport', { year, scope }),
  exportYearlyReport: (year: number, scope: ReportScope) => call('staff', 'exportYearlyReport', { year, scope }),
};

export const reportedFiguresService = {
  list: () => call('staff', 'reportedFigures', {}),
  set: (input: InputOf<'staff', 'setReportedFigure'>) => call('staff', 'setReportedFigure', input),
  openQuestions: () => call('staff', 'openQuestions', {}),
};

export const auditService = {
  query: (query: InputOf<'staff', 'auditLog'>) => call('staff', 'auditLog', query),
};
