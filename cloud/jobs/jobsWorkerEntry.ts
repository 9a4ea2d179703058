// Inside the jobs thread (cloud/jobs/jobsWorker.ts): a runtime like the gateway's over a connection of
// its own, the hourly reminder and retention schedules, and a clean stop when the gateway closes.
import { parentPort, workerData } from 'node:worker_threads';
import { createLocalDiskFileStore } from '../adapters/files';
import { systemClock } from '../core/clock';
import { createLogger, silentLogger } from '../core/logger';
import { createRuntime } from '../core/runtime';
import { createDatabase } from '../db/createDatabase';
import { createFieldCrypto } from '../security/fieldCrypto';
import { intervalOf, type JobsWorkerConfig } from './jobsWorker';
import { runReminders, scheduleReminders } from './reminders';
import { runRetention, scheduleRetention } from './retention';
import type { JobSchedule } from './schedule';

const config = (workerData as { config: JobsWorkerConfig }).config;
// A Buffer crosses to a thread as a plain Uint8Array.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const fieldKeys = {
  currentId: config.fieldKeys.currentId,
  keys: Object.fromEntries(Object.entries(config.fieldKeys.keys).map(([id, key]) => [id, asBuffer(key)])),
  hashKey: asBuffer(config.fieldKeys.hashKey),
};
const db = createDatabase(config.database);
const fixed = config.fixedNow ? new Date(config.fixedNow) : undefined;
const runtime = createRuntime({
  db,
  devLogin: false,
  crypto: createFieldCrypto(fieldKeys),
  log: config.silent ? silentLogger : createLogger(),
  clock: fixed ? { now: () => fixed } : systemClock,
  ...(config.filesDir ? { files: createLocalDiskFileStore(config.filesDir) } : {}),
});
const schedules: JobSchedule[] = [];
if (!config.onRequest) {
  if (config.reminders) schedules.push(scheduleReminders(runtime, intervalOf(config.reminders)));
  if (config.retention) schedules.push(scheduleRetention(runtime, intervalOf(config.retention)));
}

/** Benchmarks (onRequest): both jobs once, now, side by side as the hourly timers start them. */
async function runOnce(): Promise<void> {
  await Promise.all([config.reminders ? runReminders(runtime) : undefined, config.retention ? runRetention(runtime) : undefined]);
}

parentPort!.on('message', (message) => {
  if (message === 'run') {
    void runOnce().then(() => parentPort!.postMessage('ran'));
    return;
  }
  if (message !== 'stop') return;
  void (async () => {
    await Promise.all(schedules.map((s) => s.stop()));
    await db.destroy();
    parentPort!.close();
  })();
});
parentPort!.postMessage('ready');
