// dashboard.yearlyReport: the year's report for the county or one department (seed 三(三): due to the
// health bureau before 12-01), counts only, small counts suppressed. Audit-logged.
import { reportDueDate } from '../../../domain/dashboard/reportDeadline';
import { reportRows, reportTitle } from '../../../domain/dashboard/reportRows';
import { yearPeriod } from '../../../domain/dashboard/period';
import { reportInputSchema } from '../../../domain/dashboard/schema';
import { SUPPRESSION_NOTE } from '../../../domain/dashboard/suppression';
import type { ReportScope, YearlyReport } from '../../../domain/dashboard/types';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { appendAudit } from '../../db/repos/audit';
import { requireMonitoring } from './access';
import { loadFigures } from './figures';
import { figureScope } from './scope';

export const reportInput = (ctx: Ctx) => reportInputSchema(Number(todayIn(ctx.clock.now()).slice(0, 4)));

async function buildYearlyReport(ctx: Ctx, year: number, scope: ReportScope): Promise<YearlyReport> {
  const now = ctx.clock.now();
  const figures = await loadFigures(ctx.db, figureScope(yearPeriod(year), todayIn(now)));
  return {
    year,
    scope,
    title: reportTitle(year, scope),
    generatedAt: now.toISOString(),
    dueBy: reportDueDate(year),
    rows: reportRows(figures, year, scope),
    suppressionNote: SUPPRESSION_NOTE,
  };
}

/** The report for the health bureau, its reading or export written to the audit log. */
export async function auditedReport(
  ctx: Ctx,
  year: number,
  scope: ReportScope,
  event: 'dashboard.report.read' | 'dashboard.report.export',
): Promise<YearlyReport> {
  const caller = requireMonitoring(ctx);
  const report = await buildYearlyReport(ctx, year, scope);
  await appendAudit(
    ctx.db,
    {
      actorUserId: caller.userId,
      actorRole: 'health_bureau',
      action: event,
      targetType: 'yearly_report',
      targetId: `${year}:${scope}`,
      detail: { year, scope, rows: report.rows.length },
    },
    ctx.clock.now(),
  );
  return report;
}

export const yearlyReport = action(
  reportInput,
  ({ year, scope }, ctx) => auditedReport(ctx, year, scope, 'dashboard.report.read'),
  requireMonitoring,
);
