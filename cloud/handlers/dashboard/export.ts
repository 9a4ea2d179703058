// dashboard.exportYearlyReport: the same report as CSV (UTF-8 with BOM, the shared writer): a heading
// block (title, due date, when made, the suppression note), then one line per row. Audit-logged as
// an export.
import { SCOPE_NAMES } from '../../../domain/dashboard/reportRows';
import type { YearlyReport } from '../../../domain/dashboard/types';
import { action } from '../../core/action';
import { csvText } from '../common/csv';
import { requireMonitoring } from './access';
import { auditedReport, reportInput } from './report';

export const REPORT_CSV_HEADER = ['部分', '项目', '数值'] as const;

export function reportCsv(report: YearlyReport): string {
  return csvText([
    ['报告', report.title],
    ['报送截止日期', report.dueBy],
    ['生成时间', report.generatedAt],
    ['说明', report.suppressionNote],
    [...REPORT_CSV_HEADER],
    ...report.rows.map((r) => [r.section, r.label, r.value]),
  ]);
}

export const exportYearlyReport = action(
  reportInput,
  async ({ year, scope }, ctx) => {
    const report = await auditedReport(ctx, year, scope, 'dashboard.report.export');
    return { filename: `人口监测报告-${year}-${SCOPE_NAMES[scope]}.csv`, csv: reportCsv(report) };
  },
  requireMonitoring,
);
