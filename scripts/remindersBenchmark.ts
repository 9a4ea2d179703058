// The hourly reminder job at a province's volume, beside its baseline (the per-child loop it replaced,
// scripts/remindersBaseline.ts), in the same run, on two copies of one generated SQLite database:
//   npx tsx scripts/remindersBenchmark.ts [children=100000] [date=2026-12-04] [--keep file.sqlite] [--no-baseline]
// (--keep: the generated database is kept in that file, and read from it when it exists.)
// Prints the time of each, the reminders each sent (they must be the same), and the longest the
// batched job kept the event loop from a waiting request (a 1 ms timer's worst lateness).
// Not part of `npm test`.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { defaultNotifierFactory } from '../cloud/core/context';
import { silentLogger } from '../cloud/core/logger';
import { migrate } from '../cloud/db/migrate';
import { createSqliteDatabase } from '../cloud/db/sqlite';
import type { Database } from '../cloud/db/tables';
import { runReminders, type ReminderRun } from '../cloud/jobs/reminders';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { generateFamilies } from './childrenGenerator';
import { runRemindersPerChild } from './remindersBaseline';
import { seedTownships } from './seed';

const keepAt = process.argv.indexOf('--keep');
const KEEP = keepAt > 0 ? process.argv[keepAt + 1] : undefined;
/** --no-baseline: the batched job alone (the baseline takes minutes at 100 000). */
const BASELINE = !process.argv.includes('--no-baseline');
const args = (keepAt > 0 ? process.argv.slice(2, keepAt) : process.argv.slice(2)).filter((a) => !a.startsWith('--'));
const CHILDREN = Number(args[0] ?? 100_000);
const TODAY = args[1] ?? '2026-12-04';
/** 10:00 in Shanghai. */
const NOW = new Date(`${TODAY}T02:00:00.000Z`);

async function sentRows(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('reminders_sent').select(['user_id', 'item_key', 'due_date']).execute();
  return rows.map((r) => `${r.user_id} ${r.item_key} ${r.due_date}`).sort();
}

/** The worst lateness of a 1 ms timer while `work` runs: how long a request could have waited. */
async function withLoopWatch<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; worstStallMs: number }> {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 1);
    last = now;
  }, 1);
  const start = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - start, worstStallMs: worst };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-reminders-'));
  const crypto = createFieldCrypto({ currentId: 'b', keys: { b: Buffer.alloc(32, 1) }, hashKey: Buffer.alloc(32, 2) });
  const clock = { now: () => NOW };
  try {
    const file = join(dir, 'a.sqlite');
    if (KEEP && existsSync(KEEP)) {
      copyFileSync(KEEP, file);
      const db = createSqliteDatabase(file);
      await migrate(db);
      await db.destroy();
      console.log(`database read from ${KEEP}`);
    } else {
      const db = createSqliteDatabase(file);
      await migrate(db);
      await seedTownships(db);
      const t = performance.now();
      const made = await generateFamilies(db, crypto, { children: CHILDREN, today: TODAY });
      console.log(
        `generated ${made.children} children in ${made.families} families (${made.users} parents, ${made.doses} doses) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
      await db.destroy();
      if (KEEP) copyFileSync(file, KEEP);
    }
    copyFileSync(file, join(dir, 'b.sqlite'));

    const baselineDb = createSqliteDatabase(file);
    const batchedDb = createSqliteDatabase(join(dir, 'b.sqlite'));
    const rt = (d: Kysely<Database>) => ({ db: d, clock, crypto, log: silentLogger, notifier: defaultNotifierFactory });

    const baseline = BASELINE ? await withLoopWatch(() => runRemindersPerChild(rt(baselineDb))) : undefined;
    const batched = await withLoopWatch(() => runReminders(rt(batchedDb)));
    const [a, b] = [await sentRows(baselineDb), await sentRows(batchedDb)];
    const same = a.length === b.length && a.every((x, i) => x === b[i]);
    const line = (name: string, r: { result: ReminderRun; ms: number; worstStallMs: number }) =>
      `${name.padEnd(26)} ${(r.ms / 1000).toFixed(2).padStart(7)} s   sent ${String(r.result.sent).padStart(6)}   parents checked ${String(r.result.users).padStart(7)}   longest event-loop stall ${r.worstStallMs.toFixed(0).padStart(6)} ms`;
    console.log(`\nreminders over ${CHILDREN} children on ${TODAY} (goal ≤ 10 s)`);
    if (baseline) console.log(line('baseline (per-child loop)', baseline));
    console.log(line('batched job', batched));
    if (baseline) console.log(`same reminders: ${same ? 'yes' : 'NO'} (${a.length} rows)`);

    // The next hour's run: everything was sent already; the schedules are in memory now.
    const again = await withLoopWatch(() => runReminders(rt(batchedDb)));
    console.log(line('batched job, next hour', again));
    await baselineDb.destroy();
    await batchedDb.destroy();
    if (baseline && !same) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
