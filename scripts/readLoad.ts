// What the read benchmarks share (scripts/readCost.ts, scripts/jobsLatencyBenchmark.ts): the load
// client in a worker thread (scripts/loadWorker.mjs), the data they read (the demo seed, 500
// institutions, a parent signed in on many phones), the two reads, and the gateway as production runs
// it (limits, headers, behind a trusted proxy) with its jobs off.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import { createLocalDiskFileStore } from '../cloud/adapters/files';
import { silentLogger } from '../cloud/core/logger';
import { insertInstitutionsBatch, touchNurseryGeneration } from '../cloud/db/repos/nurseries';
import { createSession } from '../cloud/db/repos/sessions';
import type { Database } from '../cloud/db/tables';
import { buildServer } from '../cloud/gateway/server';
import { demoOpenid } from '../cloud/handlers/account/demoAccounts';
import type { FieldCrypto } from '../cloud/security/fieldCrypto';
import { PRODUCTION_LIMITS } from '../cloud/security/rateLimits';
import { generateInstitutions, randomYunnanPoint, seededRandom } from './nurseryGenerator';
import { seedDemo } from './seed';

export interface LoadResult {
  requests: number;
  byStatus: Record<string, number>;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadSpec {
  port: number;
  path: string;
  bodies: string[];
  headers?: Record<string, string>;
  tokens?: string[];
  seconds: number;
  connections: number;
  spreadAddresses?: boolean;
}

/** scripts/loadWorker.mjs in a worker thread. */
export function loadFromWorker(spec: LoadSpec): Promise<LoadResult> {
  return startLoad(spec).result;
}

/** The same, stoppable: with `seconds` 0 it runs until stop(). */
export function startLoad(spec: LoadSpec): { result: Promise<LoadResult>; stop: () => void } {
  const worker = new Worker(join(__dirname, 'loadWorker.mjs'), { workerData: spec });
  const result = new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', (m: LoadResult) => resolve(m));
    worker.once('error', reject);
  });
  return { result, stop: () => worker.postMessage('stop') };
}

/** The demo seed, 500 institutions, and 1 000 sessions of one parent (one token's own limit is not what is measured). */
export async function seedReads(db: Kysely<Database>, crypto: FieldCrypto): Promise<{ tokens: string[] }> {
  await seedDemo(db, undefined, { crypto });
  await db.transaction().execute(async (trx) => {
    await insertInstitutionsBatch(trx, generateInstitutions(500));
    await touchNurseryGeneration(trx);
  });
  const parent = await db.selectFrom('users').select('id').where('openid', '=', demoOpenid('subsidy_parent')).executeTakeFirstOrThrow();
  const tokens: string[] = [];
  for (let i = 0; i < 1000; i += 1) tokens.push(await createSession(db, parent.id, new Date()));
  return { tokens };
}

/** A read, as the load client sends it: `nursery.search` near 200 places in Yunnan (anonymous), or `account.me` (signed in). */
export interface Read {
  label: string;
  path: string;
  bodies: string[];
  tokens: string[];
}

export function reads(tokens: string[], seed = 7): Read[] {
  const random = seededRandom(seed);
  const searchBodies = Array.from({ length: 200 }, () =>
    JSON.stringify({
      action: 'search',
      input: { near: randomYunnanPoint(random), ageMonths: 20, puhuiOnly: false, withVacancy: false, limit: 20, offset: 0 },
    }),
  );
  return [
    { label: 'nursery.search', path: '/api/nursery', bodies: searchBodies, tokens: [] },
    { label: 'account.me', path: '/api/account', bodies: [JSON.stringify({ action: 'me' })], tokens },
  ];
}

/** The gateway as production runs it, without its hourly jobs (the benchmark runs them, or not). */
export function readGateway(db: Kysely<Database>, crypto: FieldCrypto, dir: string) {
  return buildServer({
    db,
    devLogin: false,
    reminders: false,
    log: silentLogger,
    crypto,
    files: createLocalDiskFileStore(join(dir, 'files')),
    limits: PRODUCTION_LIMITS,
    trustProxy: true,
  });
}
