// Runs a background job now and then every `intervalMs`; a run still going when the next is due is
// not doubled, and `stop` waits for the run in progress. With a database given, the run first takes
// the job's lease (cloud/db/repos/jobLeases.ts): of several gateways, one runs it each interval.
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { takeJobLease } from '../db/repos/jobLeases';
import type { Database } from '../db/tables';
import { errorFields } from '../core/logger';

export const HOURLY_MS = 60 * 60 * 1000;

export interface JobSchedule {
  /** Resolves when the run in progress (if any) has finished; no further runs start. */
  stop(): Promise<void>;
}

/** `run` only when this gateway takes the job's lease for (most of) one interval. */
export function leased(
  name: string,
  run: () => Promise<unknown>,
  rt: { db: Kysely<Database>; clock: Clock },
  intervalMs: number,
): () => Promise<unknown> {
  return async () => {
    if (!(await takeJobLease(rt.db, name, rt.clock.now(), Math.floor(intervalMs * 0.9)))) return undefined;
    return run();
  };
}

export function scheduleJob(name: string, run: () => Promise<unknown>, log: Logger, intervalMs = HOURLY_MS): JobSchedule {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = run()
      .catch((e: unknown) => log.error(`${name} run failed`, errorFields(e)))
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
