// How long each 出生一件事 step took, counted as it is done: the Shanghai month it was done, the
// township the birth is counted in, the step, and whole calendar days from the step last reaching its
// department (bundle_steps.since — after a rejection, the parent's resubmission) to done. The
// dashboard reads medians and percentiles off these counts. A step keeps the township it was done
// in, even if a later correction moves the birth.
import type { Kysely } from 'kysely';
import { diffDays, todayIn } from '../../../domain/dates';
import type { Database } from '../../db/tables';

type Db = Kysely<Database>;

interface Done {
  step: string;
  since: string;
  doneAt: string;
  township: string | null;
}

function cellOf(d: Done): { month: string; township: string; step: string; days: number } {
  const doneDay = todayIn(new Date(d.doneAt));
  return { month: doneDay.slice(0, 7), township: d.township ?? 'outside', step: d.step, days: Math.max(0, diffDays(doneDay, todayIn(new Date(d.since)))) };
}

async function add(db: Db, cell: ReturnType<typeof cellOf>, n: number): Promise<void> {
  await db
    .insertInto('step_durations')
    .values({ ...cell, count: n })
    .onConflict((oc) => oc.columns(['month', 'township', 'step', 'days']).doUpdateSet((eb) => ({ count: eb('step_durations.count', '+', n) })))
    .execute();
}

function doneSteps(db: Db) {
  return db
    .selectFrom('bundle_steps as s')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 's.case_id'))
    .select(['s.step', 's.since', 's.updated_at as doneAt', 'f.township'])
    .where('s.status', '=', 'done');
}

/** After a clerk completes a step (its row already says done, at `now`). */
export async function recordStepDone(db: Db, caseId: string, step: string, now: Date): Promise<void> {
  const row = await doneSteps(db).where('s.case_id', '=', caseId).where('s.step', '=', step).executeTakeFirst();
  if (row) await add(db, cellOf({ ...row, doneAt: now.toISOString() }), 1);
}

/** step_durations from scratch, from every done step (their `updated_at` is when they were done). */
export async function rebuildStepDurations(db: Db): Promise<number> {
  await db.deleteFrom('step_durations').execute();
  const counts = new Map<string, { cell: ReturnType<typeof cellOf>; n: number }>();
  const rows = await doneSteps(db).execute();
  for (const row of rows) {
    const cell = cellOf(row);
    const key = `${cell.month}|${cell.township}|${cell.step}|${cell.days}`;
    const entry = counts.get(key) ?? counts.set(key, { cell, n: 0 }).get(key)!;
    entry.n += 1;
  }
  const values = [...counts.values()].map(({ cell, n }) => ({ ...cell, count: n }));
  for (let i = 0; i < values.length; i += 500) await db.insertInto('step_durations').values(values.slice(i, i + 500)).execute();
  return rows.length;
}

/** At start: steps done before the counts existed are counted once (nothing to do once any is counted). */
export async function fillStepDurations(db: Db): Promise<number> {
  const counted = await db.selectFrom('step_durations').select('step').limit(1).executeTakeFirst();
  if (counted) return 0;
  const done = await db.selectFrom('bundle_steps').select('case_id').where('status', '=', 'done').limit(1).executeTakeFirst();
  return done ? rebuildStepDurations(db) : 0;
}
