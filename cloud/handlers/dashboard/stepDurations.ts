// How long each 出生一件事 step took, counted as it is done: the Shanghai month it was done, the
// township the birth is counted in, the step, and whole calendar days from the step last reaching its
// department (bundle_steps.since — after a rejection, the parent's resubmission) to done. The
// dashboard reads medians and percentiles off these counts. A step keeps the township it was done
// in, even if a later correction moves the birth.
import type { Kysely } from 'kysely';
import { diffDays, todayIn } from '../../../domain/dates';
import {
  addStepDuration,
  allDoneSteps,
  anyStepDone,
  anyStepDurationCounted,
  clearStepDurations,
  doneStep,
  insertStepDurations,
  type DoneStepRow,
  type StepDurationCell,
} from '../../db/repos/stepDurations';
import type { Database } from '../../db/tables';

type Db = Kysely<Database>;

function cellOf(d: DoneStepRow): Omit<StepDurationCell, 'count'> {
  const doneDay = todayIn(new Date(d.doneAt));
  return {
    month: doneDay.slice(0, 7),
    township: d.township ?? 'outside',
    step: d.step,
    days: Math.max(0, diffDays(doneDay, todayIn(new Date(d.since)))),
  };
}

/** After a clerk completes a step (its row already says done, at `now`). */
export async function recordStepDone(db: Db, caseId: string, step: string, now: Date): Promise<void> {
  const row = await doneStep(db, caseId, step);
  if (row) await addStepDuration(db, { ...cellOf({ ...row, doneAt: now.toISOString() }), count: 1 });
}

/** step_durations from scratch, from every done step (their `updated_at` is when they were done). */
export async function rebuildStepDurations(db: Db): Promise<number> {
  await clearStepDurations(db);
  const counts = new Map<string, StepDurationCell>();
  const rows = await allDoneSteps(db);
  for (const row of rows) {
    const cell = cellOf(row);
    const key = `${cell.month}|${cell.township}|${cell.step}|${cell.days}`;
    const entry = counts.get(key) ?? counts.set(key, { ...cell, count: 0 }).get(key)!;
    entry.count += 1;
  }
  await insertStepDurations(db, [...counts.values()]);
  return rows.length;
}

/** At start: steps done before the counts existed are counted once (nothing to do once any is counted). */
export async function fillStepDurations(db: Db): Promise<number> {
  if (await anyStepDurationCounted(db)) return 0;
  return (await anyStepDone(db)) ? rebuildStepDurations(db) : 0;
}
