// Nearest-20 nursery search at 100 000 institutions: the spatial index against a linear scan of the
// same data in the same run, in process and through the gateway. Not part of `npm test`:
//   npx tsx scripts/nurseryBenchmark.ts [count=100000] [queries=1000]
// Every sampled query's index answer is checked against the scan's; any difference fails the run.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NurseryFilter, SearchableNursery } from '../domain/nursery/filters';
import { NurseryIndex, scanNearest, type NearestPage, type NearestQuery } from '../domain/nursery/spatialIndex';
import { filedInstitutionsWithClasses, insertInstitutionsBatch, touchNurseryGeneration } from '../cloud/db/repos/nurseries';
import { silentLogger } from '../cloud/core/logger';
import { buildServer } from '../cloud/gateway/server';
import { buildNurseryIndex, searchIndexFor } from '../cloud/handlers/nursery/searchIndex';
import { searchableOf } from '../cloud/handlers/nursery/record';
import { createLocalDiskFileStore } from '../cloud/adapters/files';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { generateInstitutions, randomYunnanPoint, seededRandom } from './nurseryGenerator';
import { runScript, scratchSqlite } from './database/scratch';

const PORT = 8899;
const FILTER: NurseryFilter = { ageMonths: 20, puhuiOnly: true, withVacancy: true };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function timeEach(queries: NearestQuery[], run: (q: NearestQuery) => unknown): { p50: number; p99: number; mean: number } {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    run(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((s, x) => s + x, 0) / times.length };
}

async function timeEachAsync(count: number, run: (i: number) => Promise<void>): Promise<{ p50: number; p99: number; mean: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((s, x) => s + x, 0) / times.length };
}

const same = (a: NearestPage, b: NearestPage) =>
  a.more === b.more &&
  a.hits.length === b.hits.length &&
  a.hits.every((h, i) => h.item.id === b.hits[i]!.item.id && h.distanceM === b.hits[i]!.distanceM);

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const queryCount = Number(process.argv[3] ?? 1000);
  const { db, dir, dispose } = await scratchSqlite('nursery-bench-');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    let t = performance.now();
    const generated = generateInstitutions(count);
    const generateMs = performance.now() - t;
    t = performance.now();
    await db.transaction().execute(async (trx) => {
      await insertInstitutionsBatch(trx, generated);
      await touchNurseryGeneration(trx);
    });
    const insertMs = performance.now() - t;

    t = performance.now();
    const { rows, classes } = await filedInstitutionsWithClasses(db);
    const byInstitution = new Map<string, typeof classes>();
    for (const c of classes)
      (byInstitution.get(c.institution_id) ?? byInstitution.set(c.institution_id, []).get(c.institution_id)!).push(c);
    const items: SearchableNursery[] = rows.map((r) => searchableOf(r, byInstitution.get(r.id) ?? []));
    const loadMs = performance.now() - t;
    t = performance.now();
    const index = new NurseryIndex(items);
    const buildMs = performance.now() - t;

    const random = seededRandom(42);
    const queries: NearestQuery[] = Array.from({ length: queryCount }, () => ({
      origin: randomYunnanPoint(random),
      filter: FILTER,
      offset: 0,
      limit: 20,
    }));

    // Warm both paths, then check every sampled query's answers agree.
    for (const q of queries.slice(0, 50)) {
      index.nearest(q);
      scanNearest(items, q);
    }
    let mismatches = 0;
    for (const q of queries) if (!same(index.nearest(q), scanNearest(items, q))) mismatches += 1;

    const indexed = timeEach(queries, (q) => index.nearest(q));
    const scanned = timeEach(queries, (q) => scanNearest(items, q));

    // Through the gateway: the real search action (index cached per generation), Fastify inject and a real listen.
    const app = buildServer({
      db,
      devLogin: false,
      reminders: false,
      // Timing, not overload: on a shared machine the first 100 000-row load would trip the shedding.
      pressure: false,
      // One address sends every request: the per-address limits would answer 429.
      perGatewayLimits: false,
      log: silentLogger,
      files: createLocalDiskFileStore(join(dir, 'files')),
      crypto: createFieldCrypto({ currentId: 'b', keys: { b: Buffer.alloc(32, 1) }, hashKey: Buffer.alloc(32, 2) }),
    });
    const body = (i: number) => ({
      action: 'search',
      input: { near: queries[i % queries.length]!.origin, ageMonths: 20, puhuiOnly: true, withVacancy: true, limit: 20 },
    });
    t = performance.now();
    const first = await app.inject({ method: 'POST', url: '/api/nursery', payload: body(0) });
    const firstMs = performance.now() - t;
    if (!first.json().ok) throw new Error(`gateway search failed: ${first.body}`);
    const gatewayCount = Math.min(queryCount, 500);
    const injected = await timeEachAsync(gatewayCount, async (i) => {
      const res = await app.inject({ method: 'POST', url: '/api/nursery', payload: body(i) });
      if (res.statusCode !== 200) throw new Error(res.body);
    });
    // 8899 is this branch's port; when someone's gateway already holds it, any free port will do.
    let port = PORT;
    try {
      await app.listen({ port, host: '127.0.0.1' });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EADDRINUSE') throw e;
      await app.listen({ port: 0, host: '127.0.0.1' });
      port = (app.server.address() as { port: number }).port;
    }
    const http = await timeEachAsync(gatewayCount, async (i) => {
      const res = await fetch(`http://127.0.0.1:${port}/api/nursery`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body(i)),
      });
      const json = (await res.json()) as { ok: boolean };
      if (!json.ok) throw new Error(`http search failed: ${JSON.stringify(json)}`);
    });
    await app.close();

    // A change made visible: the full rebuild (what every change cost before issue 18: every
    // institution reloaded) beside the incremental update (the changed institution reloaded), each
    // timed from the committed write to the next search's answer; the answers compared.
    await searchIndexFor(db);
    const sample = (
      await db.selectFrom('nursery_institutions').select('id').where('filing_status', '=', 'filed').orderBy('id').limit(10).execute()
    ).map((r) => r.id);
    const rebuildTimes: number[] = [];
    const incrementalTimes: number[] = [];
    let changeMismatches = 0;
    for (const [i, id] of sample.entries()) {
      const spot = queries[i]!.origin;
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('nursery_institutions').set({ lat: spot.lat, lng: spot.lng }).where('id', '=', id).execute();
        await touchNurseryGeneration(trx, id);
      });
      t = performance.now();
      const incremental = await searchIndexFor(db);
      const near = incremental.nearest({ ...queries[i]!, filter: {} });
      incrementalTimes.push(performance.now() - t);
      t = performance.now();
      const rebuilt = await buildNurseryIndex(db);
      const nearRebuilt = rebuilt.nearest({ ...queries[i]!, filter: {} });
      rebuildTimes.push(performance.now() - t);
      if (!same(near, nearRebuilt) || !same(incremental.nearest(queries[i]!), rebuilt.nearest(queries[i]!))) changeMismatches += 1;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const worst = (xs: number[]) => Math.max(...xs);

    const f = (ms: number) => ms.toFixed(3).padStart(9);
    out(
      `nursery search benchmark — ${count} institutions (${items.length} filed), ${queryCount} queries, nearest 20, filter ${JSON.stringify(FILTER)}`,
    );
    out(
      `generate ${generateMs.toFixed(0)} ms · batch insert ${insertMs.toFixed(0)} ms · load ${loadMs.toFixed(0)} ms · index build ${buildMs.toFixed(0)} ms · first gateway search (loads the index) ${firstMs.toFixed(0)} ms`,
    );
    out('');
    out('| path                         |    p50 ms |    p99 ms |   mean ms |');
    out('|------------------------------|-----------|-----------|-----------|');
    out(`| in process, spatial index    | ${f(indexed.p50)} | ${f(indexed.p99)} | ${f(indexed.mean)} |`);
    out(`| in process, linear scan      | ${f(scanned.p50)} | ${f(scanned.p99)} | ${f(scanned.mean)} |`);
    out(`| gateway (inject), index      | ${f(injected.p50)} | ${f(injected.p99)} | ${f(injected.mean)} |`);
    out(`| gateway (HTTP :${String(port).padEnd(5)}), index| ${f(http.p50)} | ${f(http.p99)} | ${f(http.mean)} |`);
    out('');
    out(
      `speed-up p50 ${(scanned.p50 / indexed.p50).toFixed(1)}× · p99 ${(scanned.p99 / indexed.p99).toFixed(1)}× (target ≥ 20×); index p99 ${indexed.p99.toFixed(3)} ms (target ≤ 5 ms)`,
    );
    out(`index = scan on ${queryCount - mismatches} of ${queryCount} queries`);
    out('');
    out(`a change visible in the next search (${sample.length} changes, each: commit → search answered):`);
    out(`  full rebuild (baseline)   median ${median(rebuildTimes).toFixed(1)} ms  worst ${worst(rebuildTimes).toFixed(1)} ms`);
    out(
      `  incremental update        median ${median(incrementalTimes).toFixed(1)} ms  worst ${worst(incrementalTimes).toFixed(1)} ms  (goal ≤ 50 ms)`,
    );
    out(`  incremental = rebuild on ${sample.length - changeMismatches} of ${sample.length} changes`);
    if (mismatches > 0 || changeMismatches > 0) process.exitCode = 1;
  } finally {
    await dispose();
  }
}

runScript(main);
