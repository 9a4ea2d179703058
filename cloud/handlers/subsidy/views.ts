// Applications as views, with three queries for their children's names, events and batches.
import type { SubsidyApplicationView } from '../../../domain/subsidy/types';
import type { Ctx } from '../../core/context';
import { childSummaries } from '../../db/repos/children';
import { findBatches } from '../../db/repos/payoutBatches';
import { eventsOfApplications, findApplication, type SubsidyApplicationRow } from '../../db/repos/subsidies';
import { applicationView } from './record';

export type ViewDeps = Pick<Ctx, 'db'>;

export async function applicationViews(deps: ViewDeps, rows: readonly SubsidyApplicationRow[]): Promise<SubsidyApplicationView[]> {
  if (rows.length === 0) return [];
  const childIds = [...new Set(rows.map((r) => r.child_id))];
  const batchIds = [...new Set(rows.flatMap((r) => (r.batch_id ? [r.batch_id] : [])))];
  const [children, events, batches] = await Promise.all([
    childSummaries(deps.db, childIds),
    eventsOfApplications(
      deps.db,
      rows.map((r) => r.id),
    ),
    findBatches(deps.db, batchIds),
  ]);
  const names = new Map(children.map((c) => [c.id, c.name]));
  return rows.map((row) =>
    applicationView(
      row,
      names.get(row.child_id) ?? '',
      events,
      batches.find((b) => b.id === row.batch_id),
    ),
  );
}

export async function applicationViewOf(deps: ViewDeps, id: string): Promise<SubsidyApplicationView> {
  const row = await findApplication(deps.db, id);
  if (!row) throw new Error('subsidy application vanished inside its own transaction');
  const [view] = await applicationViews(deps, [row]);
  return view!;
}
