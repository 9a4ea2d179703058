import type { InputOf } from '@domain/api/contract';
import type { BundleStepKey, StepResult } from '@domain/birth/types';
import type { DashboardQuery, ReportScope } from '@domain/dashboard/types';
import type { RegistrationInput } from '@domain/registration/types';
import type { RecordDoseInput } from '@domain/vaccine/types';
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
  reject: (caseId: string, step: BundleStepKey, reason: string) => call('staff', 'rejectStep', { caseId, step, reason }),
};

export const clinicService = {
  findChildren: (query: InputOf<'staff', 'findChildren'>) => call('staff', 'findChildren', query),
  calendar: (childId: string) => call('staff', 'childCalendar', { childId }),
  recordDose: (input: RecordDoseInput) => call('staff', 'recordDose', input),
};

export const monitoringService = {
  dashboard: (query: DashboardQuery) => call('staff', 'dashboard', query),
  yearlyReport: (year: number, scope: ReportScope) => call('staff', 'yearlyReport', { year, scope }),
  exportYearlyReport: (year: number, scope: ReportScope) => call('staff', 'exportYearlyReport', { year, scope }),
};
