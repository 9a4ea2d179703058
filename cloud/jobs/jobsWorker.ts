// The hourly jobs (reminders, retention) on a thread of their own, over a database connection of
// their own: the due lists of thousands of families and a commit per parent never hold the gateway's
// event loop or its connection, so reads keep their latency while the jobs run (scripts/jobsLatencyBenchmark.ts).
// The thread runs cloud/jobs/jobsWorkerEntry.ts; a thread that dies is started again a minute later.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DatabaseOptions } from '../db/createDatabase';
import { errorFields, type Logger } from '../core/logger';
import type { FieldKeys } from '../security/fieldCrypto';

export type JobOption = boolean | { intervalMs: number };

export const intervalOf = (job: JobOption): number | undefined => (typeof job === 'object' ? job.intervalMs : undefined);

export interface JobsWorkerConfig {
  /** The gateway's own database: the same SQLite file or PostgreSQL URL (empty: from the environment, as the gateway). */
  database: DatabaseOptions;
  /** The gateway's field keys, so both threads read and write the same sealed fields. */
  fieldKeys: FieldKeys;
  /** Which jobs run, and how often (hourly unless given), as the gateway's own options say. */
  reminders: JobOption;
  retention: JobOption;
  /** A local file store (tests, benchmarks); otherwise FILES_DIR, as the gateway's. */
  filesDir?: string;
  /** Tests and benchmarks: the jobs' clock stands at this instant (ISO). */
  fixedNow?: string;
  /** Tests and benchmarks: the thread logs nothing. */
  silent?: boolean;
  /** Benchmarks: no timers; the jobs run once each time runNow() asks (a warm thread, as at the top of an hour). */
  onRequest?: boolean;
}

export interface JobsWorker {
  /** Resolves once the thread has loaded its code and opened its database. */
  ready: Promise<void>;
  /** With onRequest: runs the jobs once; resolves when they are done. */
  runNow(): Promise<void>;
  /** Resolves once the runs in progress have finished and the thread is gone. */
  stop(): Promise<void>;
}

export const RESTART_AFTER_MS = 60_000;

const BOOT = join(__dirname, 'jobsWorkerBoot.cjs');
const ENTRY = join(__dirname, 'jobsWorkerEntry.ts');

export function startJobsWorker(config: JobsWorkerConfig, log: Logger, restartAfterMs = RESTART_AFTER_MS): JobsWorker {
  let current: Worker | undefined;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const ran: (() => void)[] = [];

  const spawn = () => {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY, config } });
    worker.on('message', (message) => {
      if (message === 'ready') markReady();
      if (message === 'ran') ran.shift()?.();
    });
    worker.on('error', (e) => log.error('jobs thread failed', errorFields(e)));
    worker.on('exit', (code) => {
      if (current === worker) current = undefined;
      if (stopping) return;
      log.error('jobs thread stopped; starting it again shortly', { code, restartAfterMs });
      restart = setTimeout(spawn, restartAfterMs);
      restart.unref();
    });
    current = worker;
  };
  spawn();

  return {
    ready,
    async runNow() {
      await ready;
      const done = new Promise<void>((resolve) => ran.push(resolve));
      current?.postMessage('run');
      await done;
    },
    async stop() {
      stopping = true;
      clearTimeout(restart);
      const worker = current;
      if (!worker) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await exited;
    },
  };
}
