import { defineFunction } from '../../core/dispatch';
import * as dashboard from '../../handlers/dashboard';

// 人口监测: the health bureau's figures, the yearly report, the 妇幼 figures it enters and the open
// questions about the rules and data it is to confirm.
export const dashboardFunction = defineFunction('dashboard', {
  dashboard: dashboard.dashboard,
  yearlyReport: dashboard.yearlyReport,
  exportYearlyReport: dashboard.exportYearlyReport,
  reportedFigures: dashboard.reportedFigures,
  // One row per figure and year: entering it again replaces it (audited), so no key is needed.
  setReportedFigure: dashboard.setReportedFigure,
  openQuestions: dashboard.openQuestions,
});
