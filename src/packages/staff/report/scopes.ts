import type { ReportScope } from '@domain/dashboard/types';
import { REPORT_SCOPES } from '@domain/dashboard/schema';

const SCOPE_LABELS: Readonly<Record<ReportScope, string>> = {
  county: '全县',
  health: '卫健',
  police: '公安',
  medical_insurance: '医保',
  social_security: '人社',
  subsidy: '补贴',
  nursery: '托育',
};

/** Who a yearly report is for: the whole county or one department's part (seed 三(三)). */
export const REPORT_SCOPE_OPTIONS = REPORT_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] }));

export function isReportScope(value: unknown): value is ReportScope {
  return REPORT_SCOPES.includes(value as ReportScope);
}
