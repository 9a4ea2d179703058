// dashboard.dashboard: the health bureau's figures for a period and, optionally, one township. Counts
// only; the read is audit-logged with what was asked.
import { reportDueBy } from '../../../domain/dashboard/reportDeadline';
import { dashboardQuerySchema } from '../../../domain/dashboard/schema';
import type { Dashboard } from '../../../domain/dashboard/types';
import { todayIn } from '../../../domain/dates';
import { action } from '../../core/action';
import { appendAudit } from '../../db/repos/audit';
import { requireMonitoring } from './access';
import { loadFigures } from './figures';
import { figureScope } from './scope';

export const dashboard = action(
  dashboardQuerySchema,
  async (input, ctx): Promise<Dashboard> => {
    const caller = requireMonitoring(ctx);
    const now = ctx.clock.now();
    const today = todayIn(now);
    const query = { from: input.from, to: input.to, ...(input.township ? { township: input.township } : {}) };
    const figures = await loadFigures(ctx.db, figureScope(query, today));
    const dueBy = reportDueBy(today);
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: 'health_bureau',
        action: 'dashboard.read',
        targetType: 'dashboard',
        targetId: query.township ?? 'county',
        detail: { ...query },
      },
      now,
    );
    return { query, ...figures, ...(dueBy ? { reportDueBy: dueBy } : {}), generatedAt: now.toISOString() };
  },
  requireMonitoring,
);
