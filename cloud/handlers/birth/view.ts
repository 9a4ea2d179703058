import type { BirthCaseView } from '../../../domain/birth/views';
import { todayIn } from '../../../domain/dates';
import type { Ctx } from '../../core/context';
import { eventsOf, eventsOfCases, findBirthCase, stepsOf, stepsOfCases, type BirthCaseRow } from '../../db/repos/birthCases';
import { caseView } from './record';

export async function viewOfCase(ctx: Pick<Ctx, 'db' | 'crypto' | 'clock'>, row: BirthCaseRow, full: boolean): Promise<BirthCaseView> {
  const [steps, events] = await Promise.all([stepsOf(ctx.db, row.id), eventsOf(ctx.db, row.id)]);
  return caseView(row, steps, events, ctx.crypto, { today: todayIn(ctx.clock.now()), full });
}

export async function viewOfCaseId(ctx: Pick<Ctx, 'db' | 'crypto' | 'clock'>, id: string, full: boolean): Promise<BirthCaseView> {
  const row = await findBirthCase(ctx.db, id);
  if (!row) throw new Error('birth case vanished inside its own transaction');
  return viewOfCase(ctx, row, full);
}

/** Several cases with two queries for their steps and events. */
export async function viewsOfCases(
  ctx: Pick<Ctx, 'db' | 'crypto' | 'clock'>,
  rows: readonly BirthCaseRow[],
  full: boolean,
): Promise<BirthCaseView[]> {
  const ids = rows.map((r) => r.id);
  const [steps, events] = await Promise.all([stepsOfCases(ctx.db, ids), eventsOfCases(ctx.db, ids)]);
  const today = todayIn(ctx.clock.now());
  return rows.map((row) =>
    caseView(
      row,
      steps.filter((s) => s.case_id === row.id),
      events.filter((e) => e.case_id === row.id),
      ctx.crypto,
      { today, full },
    ),
  );
}
