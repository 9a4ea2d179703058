import type { InputOf } from '@domain/api/contract';
import type { DashboardQuery, ReportScope } from '@domain/dashboard/types';
import { call } from './transport';

/** 人口监测: the county's figures and the yearly report (health bureau). */
export const monitoringService = {
  dashboard: (query: DashboardQuery) => call('dashboard', 'dashboard', query),
  yearlyReport: (year: number, scope: ReportScope) => call('dashboard', 'yearlyReport', { year, scope }),
  exportYearlyReport: (year: number, scope: ReportScope) => call('dashboard', 'exportYearlyReport', { year, scope }),
};

/** The 妇幼 figures the health bureau enters from the reporting system. */
export const reportedFiguresService = {
  list: () => call('dashboard', 'reportedFigures', {}),
  set: (input: InputOf<'dashboard', 'setReportedFigure'>) => call('dashboard', 'setReportedFigure', input),
};

/** What is still to be confirmed about the rules and data (staff notes), by topic. */
export const openQuestionsService = {
  list: () => call('dashboard', 'openQuestions', {}),
};
