// dashboard.reportedFigures / dashboard.setReportedFigure: the 妇幼 figures the health bureau enters per year
// from the 妇幼 reporting system (孕产妇死亡率, 婴幼儿死亡率), each beside the plan's 2025 target.
// Entering a figure again for the same year replaces it; the audit log keeps the value replaced.
// Health bureau only; reads and writes audited.
import type { Kysely } from 'kysely';
import { REPORTED_FIGURE_KEYS, type ReportedFigureKey } from '../../../domain/dashboard/maternalChildTargets';
import {
  reportedFigureView,
  setReportedFigureSchema,
  type ReportedFigureView,
  type ReportedFiguresOverview,
} from '../../../domain/dashboard/reportedFigures';
import { FIRST_REPORT_YEAR } from '../../../domain/dashboard/period';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { appendAudit } from '../../db/repos/audit';
import { findReportedFigure, listReportedFigures, upsertReportedFigure } from '../../db/repos/reportedFigures';
import { verifiedNames } from '../../db/repos/users';
import type { Database } from '../../db/tables';
import { emptyInput } from '../common/schemas';
import { requireMonitoring } from './access';

const STAFF_NAME = '卫生健康局工作人员';

const currentYear = (ctx: Ctx) => Number(todayIn(ctx.clock.now()).slice(0, 4));

/** The entered figures (of some years), newest year first, with who entered each. */
export async function reportedFigureViews(db: Kysely<Database>, years?: { from: number; to: number }): Promise<ReportedFigureView[]> {
  const rows = (await listReportedFigures(db, years)).filter((r) => (REPORTED_FIGURE_KEYS as string[]).includes(r.figure));
  const names = await verifiedNames(
    db,
    rows.map((r) => r.entered_by),
  );
  return rows.map((r) => reportedFigureView({ ...r, figure: r.figure as ReportedFigureKey }, names.get(r.entered_by) ?? STAFF_NAME));
}

async function overview(ctx: Ctx): Promise<ReportedFiguresOverview> {
  const years: number[] = [];
  for (let y = currentYear(ctx); y >= FIRST_REPORT_YEAR; y -= 1) years.push(y);
  return { figures: await reportedFigureViews(ctx.db), years };
}

export const reportedFigures = action(
  emptyInput,
  async (_input, ctx): Promise<ReportedFiguresOverview> => {
    const caller = requireMonitoring(ctx);
    const result = await overview(ctx);
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: 'health_bureau',
        action: 'dashboard.reported.read',
        targetType: 'reported_figures',
        targetId: '*',
        detail: { figures: result.figures.length },
      },
      ctx.clock.now(),
    );
    return result;
  },
  requireMonitoring,
);

export const setReportedFigure = action(
  (ctx: Ctx) => setReportedFigureSchema(currentYear(ctx)),
  async ({ figure, year, value, source }, ctx): Promise<ReportedFiguresOverview> => {
    const caller = requireMonitoring(ctx);
    const now = ctx.clock.now();
    const before = await findReportedFigure(ctx.db, figure, year);
    const valueX100 = Math.round(value * 100);
    await upsertReportedFigure(ctx.db, {
      figure,
      year,
      value_x100: valueX100,
      source,
      entered_by: caller.userId,
      entered_at: now.toISOString(),
    });
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: 'health_bureau',
        action: before ? 'dashboard.reported.replace' : 'dashboard.reported.enter',
        targetType: 'reported_figure',
        targetId: `${figure}:${year}`,
        detail: {
          figure,
          year,
          value: valueX100 / 100,
          source,
          ...(before ? { replaced: before.value_x100 / 100, replacedSource: before.source, replacedAt: before.entered_at } : {}),
        },
      },
      now,
    );
    return overview(ctx);
  },
  requireMonitoring,
);
