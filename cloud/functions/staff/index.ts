import { defineFunction } from '../../core/dispatch';
import * as dashboard from '../../handlers/dashboard';
import * as nursery from '../../handlers/nursery';
import * as staff from '../../handlers/staff';
import * as subsidy from '../../handlers/subsidy/staff';
import * as subsidyPolicy from '../../handlers/subsidy/policy';

export const staffFunction = defineFunction('staff', {
  bundleQueue: staff.bundleQueue,
  bundleStep: staff.bundleStep,
  acceptStep: staff.acceptStep,
  completeStep: staff.completeStep,
  rejectStep: staff.rejectStep,
  findChildren: staff.findChildren,
  childCalendar: staff.childCalendar,
  // No idempotency key: the (child, dose) primary key makes a second record of one dose a CONFLICT.
  recordDose: staff.recordDose,
  searchRegistrations: staff.searchRegistrations,
  getRegistration: staff.getRegistration,
  correctRegistration: staff.correctRegistration,
  recordHukouMove: subsidy.recordHukouMove,
  subsidyQueue: subsidy.subsidyQueue,
  subsidyReview: subsidy.subsidyReview,
  acceptSubsidy: subsidy.acceptSubsidy,
  decideSubsidy: subsidy.decideSubsidy,
  payoutOverview: subsidy.payoutOverview,
  // Creates a batch: a retry carries the same key and gets the first batch, not an error.
  createPayoutBatch: { handler: subsidy.createPayoutBatch, idempotency: 'required' },
  markBatchPaid: subsidy.markBatchPaid,
  markTransferFailed: subsidy.markTransferFailed,
  setSubsidyPolicy: subsidyPolicy.setSubsidyPolicy,
  exportPayoutBatch: subsidy.exportPayoutBatch,
  operatorInstitution: nursery.operatorInstitution,
  updateNurseryOffer: nursery.updateNurseryOffer,
  addVisitSlot: nursery.addVisitSlot,
  removeVisitSlot: nursery.removeVisitSlot,
  operatorRequests: nursery.operatorRequests,
  decideNurseryRequest: nursery.decideNurseryRequest,
  listInstitutions: nursery.listInstitutions,
  institution: nursery.institution,
  // Filing twice is refused by the unique 备案 number; no key needed.
  fileInstitution: nursery.fileInstitution,
  setFilingStatus: nursery.setFilingStatus,
  recordInspection: nursery.recordInspection,
  nurserySupply: nursery.nurserySupply,
  dashboard: dashboard.dashboard,
  yearlyReport: dashboard.yearlyReport,
  exportYearlyReport: dashboard.exportYearlyReport,
  reportedFigures: dashboard.reportedFigures,
  // One row per figure and year: entering it again replaces it (audited), so no key is needed.
  setReportedFigure: dashboard.setReportedFigure,
  openQuestions: dashboard.openQuestions,
  auditLog: staff.auditLog,
});
