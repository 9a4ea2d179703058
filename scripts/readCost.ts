// What a read pays for in the gateway, part by part (issue 18): the hardened gateway (production
// limits, security headers, overload shedding, behind a trusted proxy) serves `nursery.search`
// (anonymous) and `account.me` (a signed-in parent) under load from a worker thread, while a CPU
// profile of the gateway's thread runs; every sample is put to the innermost part on its stack
// (security headers, rate limits, body parsing, session lookup, validation, the handler, the
// database, answer serialisation, Fastify, Node's http…) and each part is printed as CPU
// microseconds per answered request. A bare Node http server answering the same bytes is profiled
// the same way in the same run: the floor.
//   NODE_ENV=development npx tsx scripts/readCost.ts [seconds=8] [connections=32]
// Not part of `npm test`. The profile's sampling slows the gateway somewhat: compare parts with
// each other and runs with runs, and take throughput from scripts/throughputBenchmark.ts.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Session, type Profiler } from 'node:inspector';
import { join } from 'node:path';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { runScript, scratchSqlite } from './database/scratch';
import { loadFromWorker, readGateway, reads, seedReads, type LoadResult, type LoadSpec } from './readLoad';

/** The parts, innermost first: a sample goes to the first rule that one of its frames (leaf to root) matches. */
const PARTS: { part: string; test: (url: string, fn: string) => boolean }[] = [
  {
    part: 'security headers (helmet)',
    test: (u) => u.includes('/helmet/') || u.includes('@fastify/helmet') || u.includes('securityHeaders'),
  },
  { part: 'overload check (under-pressure)', test: (u) => u.includes('@fastify/under-pressure') },
  {
    part: 'per-gateway rate limit',
    test: (u, f) =>
      u.includes('@fastify/rate-limit') ||
      u.includes('toad-cache') ||
      (u.endsWith('cloud/gateway/hardening.ts') &&
        /perGateway|keyGenerator|limitOf|bucket|own|max|timeWindow|allowList|tokenKey|callName/.test(f)),
  },
  {
    part: 'body: depth check + JSON.parse',
    test: (u, f) =>
      u.includes('secure-json-parse') ||
      u.includes('contentTypeParser') ||
      (u.endsWith('cloud/gateway/hardening.ts') && /nestsDeeperThan|guardJsonDepth|jsonBody/.test(f)),
  },
  {
    part: 'database (Kysely + SQLite driver)',
    test: (u) => u.includes('/kysely/') || u.includes('better-sqlite3') || u.includes('/cloud/db/sqlite'),
  },
  {
    part: 'session lookup (bearer)',
    test: (u) => /cloud\/gateway\/bearer|cloud\/db\/repos\/sessions|cloud\/security\/sessionTokens|domain\/account\/sessionPolicy/.test(u),
  },
  { part: 'shared limits + refusal audit', test: (u) => u.includes('cloud/core/limits') || u.includes('cloud/db/repos/rateCounters') },
  {
    part: 'validation (valibot schemas)',
    test: (u) => u.includes('/valibot/') || u.includes('cloud/core/parseInput') || u.includes('domain/validation'),
  },
  {
    part: 'the handler (search / me)',
    test: (u) =>
      u.includes('cloud/handlers/') || u.includes('/domain/') || u.includes('cloud/db/repos/') || u.includes('cloud/security/fieldCrypto'),
  },
  { part: 'dispatch (action, ctx, read-only handle)', test: (u) => /cloud\/core\/|cloud\/db\/transaction|cloud\/functions\//.test(u) },
  { part: 'answer serialisation (JSON.stringify)', test: (u, f) => u.includes('fastify/lib/reply') && f === 'serialize' },
  { part: 'the /api route (request id, envelope)', test: (u) => u.includes('cloud/gateway/') },
  {
    part: 'Fastify (routing, hooks, reply)',
    test: (u) =>
      /\/fastify\/|find-my-way|avvio|fastify-plugin|\/light-my-request\/|process-warning|fast-json-stringify|abstract-logging|pino/.test(u),
  },
  { part: "Node's http, net, streams", test: (u) => u.startsWith('node:') },
];
const GC = 'garbage collection';
const OTHER = 'other (V8, timers, unattributed)';

interface Costs {
  /** CPU microseconds by part over the window. */
  byPart: Map<string, number>;
  busyUs: number;
}

function attribute(profile: Profiler.Profile): Costs {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const partOf = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    const cached = partOf.get(id);
    if (cached !== undefined) return cached;
    const node = nodes.get(id)!;
    const { url, functionName } = node.callFrame;
    let part: string | null;
    if (functionName === '(idle)') part = null;
    else if (functionName === '(garbage collector)') part = GC;
    else {
      const rule = url ? PARTS.find((r) => r.test(url, functionName)) : undefined;
      const up = parent.get(id);
      part = rule ? rule.part : up !== undefined ? classify(up) : OTHER;
      if (part === null) part = OTHER; // under (root) but not idle
    }
    partOf.set(id, part);
    return part;
  };
  const byPart = new Map<string, number>();
  let busyUs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const part = classify(id);
    const dt = deltas[i + 1] ?? 0; // the time until the next sample is spent where this one was
    if (part === null) return;
    byPart.set(part, (byPart.get(part) ?? 0) + dt);
    busyUs += dt;
  });
  return { byPart, busyUs };
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/** READ_COST_PROFILES=<dir>: each profile is also written there (open it in Chrome's DevTools). */
async function profiled(session: Session, label: string, work: () => Promise<LoadResult>): Promise<{ load: LoadResult; costs: Costs }> {
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  const load = await work();
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  const keep = process.env.READ_COST_PROFILES;
  if (keep) writeFileSync(join(keep, `${label.replace(/[^\w.]+/g, '-')}.cpuprofile`), JSON.stringify(profile));
  return { load, costs: attribute(profile) };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 8);
  const connections = Number(process.argv[3] ?? 32);
  const { db, dir, dispose } = await scratchSqlite('read-cost-');
  const crypto = createFieldCrypto({ currentId: 'b', keys: { b: Buffer.alloc(32, 1) }, hashKey: Buffer.alloc(32, 2) });
  const session = new Session();
  session.connect();
  try {
    const { tokens } = await seedReads(db, crypto);
    const app = readGateway(db, crypto, dir);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const toRead = reads(tokens);
    const searchBodies = toRead[0]!.bodies;
    const sample = await app.inject({
      method: 'POST',
      url: '/api/nursery',
      headers: { 'content-type': 'application/json' },
      payload: searchBodies[0]!,
    });
    const answer = sample.rawPayload;

    const results: { label: string; load: LoadResult; costs: Costs }[] = [];
    const bare = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
        res.end(answer);
      });
    });
    const barePort = await listen(bare);
    const spec = (p: number, path: string, bodies: string[], bearers: string[], s: number): LoadSpec => ({
      port: p,
      path,
      bodies,
      tokens: bearers,
      seconds: s,
      connections,
      spreadAddresses: true,
    });
    await loadFromWorker(spec(barePort, '/api/nursery', searchBodies, [], 1));
    results.push({
      label: 'bare Node http, same bytes',
      ...(await profiled(session, 'bare', () => loadFromWorker(spec(barePort, '/api/nursery', searchBodies, [], seconds)))),
    });
    await new Promise<void>((r) => bare.close(() => r()));
    for (const read of toRead) {
      await loadFromWorker(spec(port, read.path, read.bodies, read.tokens, 1)); // warms the JIT and the nursery index
      results.push({
        label: read.label,
        ...(await profiled(session, read.label, () => loadFromWorker(spec(port, read.path, read.bodies, read.tokens, seconds)))),
      });
    }
    await app.close();

    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`CPU of the gateway's thread per answered request (µs), ${connections} connections, Node ${process.version}`);
    out('');
    const parts = [...PARTS.map((p) => p.part), GC, OTHER];
    const per = (r: (typeof results)[number], us: number) => us / Math.max(1, r.load.byStatus['200'] ?? 0);
    out(`| part${' '.repeat(38)} | ${results.map((r) => r.label.padStart(26)).join(' | ')} |`);
    out(`|${'-'.repeat(44)}|${results.map(() => '-'.repeat(28)).join('|')}|`);
    for (const part of parts) {
      if (results.every((r) => (r.costs.byPart.get(part) ?? 0) === 0)) continue;
      const cells = results.map((r) => {
        const us = r.costs.byPart.get(part) ?? 0;
        return `${per(r, us).toFixed(1).padStart(8)} µs ${((us / Math.max(1, r.costs.busyUs)) * 100).toFixed(1).padStart(5)} %`.padStart(
          26,
        );
      });
      out(`| ${part.padEnd(42)} | ${cells.join(' | ')} |`);
    }
    out(
      `| ${'total CPU per answer'.padEnd(42)} | ${results.map((r) => `${per(r, r.costs.busyUs).toFixed(1).padStart(8)} µs`.padStart(26)).join(' | ')} |`,
    );
    out('');
    for (const r of results) {
      const other = r.load.requests - (r.load.byStatus['200'] ?? 0);
      out(
        `${r.label}: ${((r.load.byStatus['200'] ?? 0) / r.load.seconds).toFixed(0)} answers/s while profiled, p50 ${r.load.p50.toFixed(1)} ms, p99 ${r.load.p99.toFixed(1)} ms${other > 0 ? `, ${other} not 200 (${JSON.stringify(r.load.byStatus)})` : ''}`,
      );
    }
  } finally {
    session.disconnect();
    await dispose();
  }
}

runScript(main);
