// A gateway restart over a province's data: how long until /healthz answers and the first read is
// served, and what reads cost while the jobs that start with it (reminders, retention) run — beside
// the same measures for a baseline checkout of the gateway (e.g. the commit before issue 18), in the
// same run, on copies of the same database:
//   npx tsx scripts/restartBenchmark.ts [children=100000] [--baseline <git rev>] [--keep file.sqlite]
// Reads: nursery.search one after the other for 8 s from the moment /healthz answers, then again for
// 8 s once the jobs are done (idle). Goals (issue 18): healthz and reads within 3 s of the start;
// the p99 while the jobs run at most twice the idle p99. The reminder job sends only between 08:00
// and 21:00 Shanghai time: outside those hours it is quiet and the "jobs running" window is not one.
// Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate } from '../cloud/db/migrate';
import { insertInstitutionsBatch, touchNurseryGeneration } from '../cloud/db/repos/nurseries';
import { createSqliteDatabase } from '../cloud/db/sqlite';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { generateFamilies } from './childrenGenerator';
import { generateInstitutions, randomYunnanPoint, seededRandom } from './nurseryGenerator';
import { seedTownships } from './seed';
import { gatewayProcess } from './trust/gatewayProcess';

const argAfter = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const BASELINE = argAfter('--baseline');
const KEEP = argAfter('--keep');
const CHILDREN = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const FIELD_KEY = Buffer.alloc(32, 7);
const HASH_KEY = Buffer.alloc(32, 9);
const WINDOW_MS = 8000;
/** How long a start may take before it counts as failed. */
const START_TIMEOUT_MS = 90_000;

function search(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/nursery',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Window {
  count: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
}

async function readsFor(port: number, ms: number): Promise<Window> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const random = seededRandom(3);
  const times: number[] = [];
  let failed = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const body = JSON.stringify({
      action: 'search',
      input: { near: randomYunnanPoint(random), ageMonths: 20, puhuiOnly: false, withVacancy: false, limit: 20, offset: 0 },
    });
    const t = performance.now();
    const status = await search(agent, port, body).catch(() => 0);
    times.push(performance.now() - t);
    if (status !== 200) failed += 1;
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { count: times.length, failed, p50: at(0.5), p99: at(0.99), max: times[times.length - 1] ?? NaN };
}

/** The baseline predates migration 0012: its copy of the database goes back to before it. */
function withoutJobIndexes(file: string): void {
  const db = new BetterSqlite3(file);
  db.exec(
    "drop index if exists users_family; drop index if exists idempotency_keys_created; drop table if exists nursery_index_changes; alter table nursery_index_state drop column seq; delete from kysely_migration where name = '0012_speed'",
  );
  db.close();
}

async function measure(label: string, root: string | undefined, source: string, dir: string, port: number): Promise<string[]> {
  const file = join(dir, `${label}.sqlite`);
  copyFileSync(source, file);
  if (root) withoutJobIndexes(file);
  const gateway = gatewayProcess({
    port,
    databaseFile: file,
    filesDir: join(dir, `${label}-files`),
    logFile: join(dir, `${label}.log`),
    fieldKey: FIELD_KEY.toString('base64'),
    hashKey: HASH_KEY.toString('base64'),
    ...(root ? { root } : {}),
    startTimeoutMs: START_TIMEOUT_MS,
  });
  const t = performance.now();
  try {
    await gateway.start();
  } catch (e) {
    await gateway.kill();
    return [
      `${label}: ${e instanceof Error ? e.message : String(e)} — /healthz not answered (1 s per try) within ${(START_TIMEOUT_MS / 1000).toFixed(0)} s`,
    ];
  }
  const healthy = performance.now() - t;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({
    action: 'search',
    input: { near: { lat: 24.7, lng: 97.9 }, ageMonths: 20, puhuiOnly: false, withVacancy: false, limit: 20, offset: 0 },
  });
  await search(agent, port, body);
  const firstRead = performance.now() - t;
  agent.destroy();
  const during = await readsFor(port, WINDOW_MS);
  await new Promise((r) => setTimeout(r, 15_000));
  const idle = await readsFor(port, WINDOW_MS);
  await gateway.stop();
  const fmt = (w: Window) =>
    `${String(w.count).padStart(5)} reads p50 ${w.p50.toFixed(1).padStart(6)} ms  p99 ${w.p99.toFixed(1).padStart(7)} ms  max ${w.max.toFixed(0).padStart(6)} ms  failed ${w.failed}`;
  return [
    `${label}: /healthz after ${(healthy / 1000).toFixed(2)} s, first read answered after ${(firstRead / 1000).toFixed(2)} s (goal ≤ 3 s)`,
    `  first ${WINDOW_MS / 1000} s (jobs running): ${fmt(during)}`,
    `  idle:                      ${fmt(idle)}`,
    `  p99 jobs running / idle: ${(during.p99 / idle.p99).toFixed(2)}× (goal ≤ 2×)`,
  ];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-restart-'));
  try {
    const source = join(dir, 'source.sqlite');
    if (KEEP && existsSync(KEEP)) copyFileSync(KEEP, source);
    else {
      const db = createSqliteDatabase(source);
      await migrate(db);
      await seedTownships(db);
      await db.transaction().execute(async (trx) => {
        await insertInstitutionsBatch(trx, generateInstitutions(500));
        await touchNurseryGeneration(trx);
      });
      const crypto = createFieldCrypto({ currentId: 'load1', keys: { load1: FIELD_KEY }, hashKey: HASH_KEY });
      const made = await generateFamilies(db, crypto, { children: CHILDREN, today: new Date().toISOString().slice(0, 10) });
      console.log(`generated ${made.children} children in ${made.families} families, ${made.doses} doses`);
      await db.destroy();
      if (KEEP) copyFileSync(source, KEEP);
    }
    const lines: string[] = [];
    if (BASELINE) {
      // The baseline's files, with this checkout's node_modules.
      const root = join(dir, 'baseline');
      mkdirSync(root);
      execFileSync('sh', ['-c', `git archive ${BASELINE} | tar -x -C ${root}`]);
      symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
      lines.push(...(await measure(`baseline ${BASELINE}`.replace(/[^\w.-]+/g, '-'), root, source, dir, 8818)));
    }
    lines.push(...(await measure('this-checkout', undefined, source, dir, 8819)));
    console.log(`\nrestart over ${CHILDREN} children (Shanghai hour ${(new Date().getUTCHours() + 8) % 24}; reminders send 08–21)`);
    for (const l of lines) console.log(l);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
