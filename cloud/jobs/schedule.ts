// Runs a background job now and then every `intervalMs`; a run still going when the next is due is
// not doubled, and `stop` waits for the run in progress.
import type { Logger } from '../core/logger';
import { errorFields } from '../core/logger';

export const HOURLY_MS = 60 * 60 * 1000;

export interface JobSchedule {
  /** Resolves when the run in progress (if any) has finished; no further runs start. */
  stop(): Promise<void>;
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
