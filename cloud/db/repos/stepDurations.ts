// How long 出生一件事 steps took, as counts (step_durations, migration 0006): per Shanghai month done,
// township, step and whole days. Which cell a done step counts in is decided by
// cloud/handlers/dashboard/stepDurations.ts; this module reads the done steps it counts from
// (bundle_steps with the birth's township) and writes the counts.
import type { Kysely, Selectable } from 'kysely';
import type { Database, StepDurationsTable } from '../tables';

export type StepDurationCell = Selectable<StepDurationsTable>;

/** A done step: when it last reached its department, when it was done, where the birth is counted. */
export interface DoneStepRow {
  step: string;
  since: string;
  doneAt: string;
  township: string | null;
}

function doneSteps(db: Kysely<Database>) {
  return db
    .selectFrom('bundle_steps as s')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 's.case_id'))
    .select(['s.step', 's.since', 's.updated_at as doneAt', 'f.township'])
    .where('s.status', '=', 'done');
}

/** One step of a case, if it is done (its `updated_at` is when). */
export async function doneStep(db: Kysely<Database>, caseId: string, step: string): Promise<DoneStepRow | undefined> {
  return doneSteps(db).where('s.case_id', '=', caseId).where('s.step', '=', step).executeTakeFirst();
}

export async function allDoneSteps(db: Kysely<Database>): Promise<DoneStepRow[]> {
  return doneSteps(db).execute();
}

export async function anyStepDone(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('bundle_steps').select('case_id').where('status', '=', 'done').limit(1).executeTakeFirst()) !== undefined;
}

export async function anyStepDurationCounted(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('step_durations').select('step').limit(1).executeTakeFirst()) !== undefined;
}

/** Adds `cell.count` to the cell (an upsert, so two clerks finishing at once both count). */
export async function addStepDuration(db: Kysely<Database>, cell: StepDurationCell): Promise<void> {
  await db
    .insertInto('step_durations')
    .values(cell)
    .onConflict((oc) =>
      oc.columns(['month', 'township', 'step', 'days']).doUpdateSet((eb) => ({ count: eb('step_durations.count', '+', cell.count) })),
    )
    .execute();
}

export async function clearStepDurations(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('step_durations').execute();
}

/** New cells (distinct, not in the table yet), in chunks of 500. */
export async function insertStepDurations(db: Kysely<Database>, cells: readonly StepDurationCell[]): Promise<void> {
  for (let i = 0; i < cells.length; i += 500)
    await db
      .insertInto('step_durations')
      .values(cells.slice(i, i + 500))
      .execute();
}

/** Done steps per step and days over a period of months (and one township), summed over the cells. */
export async function stepDurationCounts(
  db: Kysely<Database>,
  period: { from: string; to: string; township?: string },
): Promise<{ step: string; days: number; count: number }[]> {
  let q = db
    .selectFrom('step_durations')
    .select(['step', 'days'])
    .select((eb) => eb.fn.sum<number | string>('count').as('count'))
    .where('month', '>=', period.from)
    .where('month', '<=', period.to);
  if (period.township) q = q.where('township', '=', period.township);
  const rows = await q.groupBy(['step', 'days']).execute();
  return rows.map((r) => ({ step: r.step, days: Number(r.days), count: Number(r.count) }));
}
