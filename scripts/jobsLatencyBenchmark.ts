// Read latency while the hourly jobs run (issue 18): the gateway over a province's data (100 000
// children), `nursery.search` (anonymous) and `account.me` (a signed-in parent) read by a few
// connections each from a worker thread; their p99 idle, then while the reminder and retention jobs
// run in the gateway's process on its one connection (as at the top of every hour), then idle again.
// The jobs run on a clock at 10:00 Shanghai time, so the reminders send whatever the hour of the run.
//   NODE_ENV=development npx tsx scripts/jobsLatencyBenchmark.ts [children=100000] [--keep file.sqlite] [--connections 4]
// (--keep: the generated database is kept in that file, and read from it when it exists.)
// Goal: p99 while the jobs run ≤ 2× the idle p99, for both reads. Not part of `npm test`.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalDiskFileStore } from '../cloud/adapters/files';
import { defaultNotifierFactory } from '../cloud/core/context';
import { silentLogger } from '../cloud/core/logger';
import { migrate } from '../cloud/db/migrate';
import { createSqliteDatabase } from '../cloud/db/sqlite';
import { runReminders } from '../cloud/jobs/reminders';
import { runRetention } from '../cloud/jobs/retention';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { generateFamilies } from './childrenGenerator';
import { readGateway, reads, seedReads, startLoad, type LoadResult, type LoadSpec } from './readLoad';
import { runScript } from './database/scratch';
import { seedTownships } from './seed';

const argAfter = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const KEEP = argAfter('--keep');
const CONNECTIONS = Number(argAfter('--connections') ?? 4);
const CHILDREN = Number(process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !all[i - 1]?.startsWith('--')) ?? 100_000);
const IDLE_SECONDS = 8;

const fmt = (r: LoadResult) =>
  `${String(r.requests).padStart(6)} reads  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms  max ${r.max.toFixed(0).padStart(6)} ms${r.requests !== (r.byStatus['200'] ?? 0) ? `  not 200: ${r.requests - (r.byStatus['200'] ?? 0)}` : ''}`;

function readSpecs(port: number, tokens: string[]): { label: string; spec: Omit<LoadSpec, 'seconds'> }[] {
  return reads(tokens, 5).map((r) => ({
    label: r.label,
    spec: { port, path: r.path, bodies: r.bodies, tokens: r.tokens, connections: CONNECTIONS, spreadAddresses: true },
  }));
}

const crypto = createFieldCrypto({ currentId: 'b', keys: { b: Buffer.alloc(32, 1) }, hashKey: Buffer.alloc(32, 2) });
const today = new Date().toISOString().slice(0, 10);
/** 10:00 in Shanghai, today: inside the reminders' sending hours. */
const JOBS_AT = `${today}T02:00:00.000Z`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-jobs-latency-'));
  const file = join(dir, 'jobs.sqlite');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (KEEP && existsSync(KEEP)) {
      copyFileSync(KEEP, file);
      out(`database read from ${KEEP}`);
    } else {
      const db = createSqliteDatabase(file);
      await migrate(db);
      await seedTownships(db);
      const made = await generateFamilies(db, crypto, { children: CHILDREN, today });
      out(`generated ${made.children} children in ${made.families} families (${made.users} parents, ${made.doses} doses)`);
      await db.destroy();
      if (KEEP) copyFileSync(file, KEEP);
    }
    const db = createSqliteDatabase(file);
    await migrate(db);
    const { tokens } = await seedReads(db, crypto);
    const app = readGateway(db, crypto, dir);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const specs = readSpecs(port, tokens);
    /** Both reads at once, for `seconds` or (0) until `until` settles. */
    const window = async (seconds: number, until?: Promise<unknown>): Promise<LoadResult[]> => {
      const loads = specs.map((s) => startLoad({ ...s.spec, seconds }));
      if (until) {
        await until;
        for (const l of loads) l.stop();
      }
      return Promise.all(loads.map((l) => l.result));
    };

    await window(2); // warms the JIT, the nursery index
    const idleBefore = await window(IDLE_SECONDS);
    const jobsStart = performance.now();
    const clock = { now: () => new Date(JOBS_AT) };
    const jobs = Promise.all([
      runReminders({ db, clock, crypto, log: silentLogger, notifier: defaultNotifierFactory }),
      runRetention({ db, clock, files: createLocalDiskFileStore(join(dir, 'files')), log: silentLogger }),
    ]);
    const during = await window(0, jobs);
    const jobsSeconds = (performance.now() - jobsStart) / 1000;
    const sent = await db
      .selectFrom('reminders_sent')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const idleAfter = await window(IDLE_SECONDS);
    await app.close();
    await db.destroy();

    out('');
    out(`reads while the hourly jobs run over ${CHILDREN} children (${CONNECTIONS} connections per read, Node ${process.version})`);
    out(`jobs: reminders + retention ${jobsSeconds.toFixed(1)} s, ${sent.n} reminders sent`);
    specs.forEach((s, i) => {
      out(`${s.label}`);
      out(`  idle before:  ${fmt(idleBefore[i]!)}`);
      out(`  jobs running: ${fmt(during[i]!)}`);
      out(`  idle after:   ${fmt(idleAfter[i]!)}`);
      // The machine may be busier in one idle window than in the other: both ratios are printed.
      out(
        `  p99 jobs running / idle: ${(during[i]!.p99 / idleBefore[i]!.p99).toFixed(2)}× (before), ${(during[i]!.p99 / idleAfter[i]!.p99).toFixed(2)}× (after) (goal ≤ 2×)`,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runScript(main);
