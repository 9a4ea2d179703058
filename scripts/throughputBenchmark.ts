// Throughput of nursery.search through the real gateway over HTTP (127.0.0.1 only), with the
// abuse-resistance layer (issue 14: security headers, per-gateway rate limits, overload shedding,
// JSON depth check) on, beside the same gateway without it — same data, same process, same run.
//   npx tsx scripts/throughputBenchmark.ts [seconds=10] [connections=16] [institutions=500] [rounds=2]
// The servers take turns (Node http, bare, hardened, flooder, Node http, …) so drift on a shared machine
// falls on all of them; each figure is the mean over its rounds.
// Five figures:
//   Node http     a bare Node http server answering every request with one search's answer bytes:
//                 the ceiling (issue 18: the gateway's own overhead is measured against it)
//   Node http + search   the same server running the search handler itself on each request (its
//                 validation, the spatial search, JSON.stringify) and nothing else: the read's own
//                 work with no gateway around it, so the gateway's overhead shows apart from it
//   bare          no headers, no per-gateway limits, no overload shedding (the gateway before issue 14)
//   hardened      everything on, production limits, the traffic spread over many client addresses
//                 (X-Forwarded-For from a trusted proxy): what legitimate traffic pays for the layer
//   one flooder   everything on, production limits, one address: how fast a flood is turned away (429)
// Not part of `npm test`. A bounded loop client (Node http, keep-alive): each connection sends the
// next request when the last one is answered, until the time is up.
import { Agent, createServer, request } from 'node:http';
import { join } from 'node:path';
import { createLocalDiskFileStore } from '../cloud/adapters/files';
import { silentLogger } from '../cloud/core/logger';
import { insertInstitutionsBatch, touchNurseryGeneration } from '../cloud/db/repos/nurseries';
import type { Ctx } from '../cloud/core/context';
import { buildServer, type ServerOptions } from '../cloud/gateway/server';
import { search } from '../cloud/handlers/nursery/search';
import { createFieldCrypto } from '../cloud/security/fieldCrypto';
import { PRODUCTION_LIMITS } from '../cloud/security/rateLimits';
import { generateInstitutions, randomYunnanPoint, seededRandom } from './nurseryGenerator';
import { runScript, scratchSqlite } from './database/scratch';

const BARE_NODE = 'bare Node http, same answer bytes';
const NODE_SEARCH = 'Node http + the search handler only';

interface Run {
  label: string;
  requests: number;
  byStatus: Record<number, number>;
  seconds: number;
  headerBytes: number;
}

async function load(port: number, seconds: number, connections: number, spreadAddresses: boolean, label: string): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const random = seededRandom(7);
  const bodies = Array.from({ length: 200 }, () =>
    JSON.stringify({
      action: 'search',
      input: { near: randomYunnanPoint(random), ageMonths: 20, puhuiOnly: false, withVacancy: false, limit: 20, offset: 0 },
    }),
  );
  const byStatus: Record<number, number> = {};
  let requests = 0;
  let headerBytes = 0;
  const started = Date.now();
  const end = started + seconds * 1000;
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = bodies[i % bodies.length]!;
      const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
      if (spreadAddresses) headers['x-forwarded-for'] = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/nursery', agent, headers }, (res) => {
        headerBytes += res.rawHeaders.reduce((n, h) => n + h.length + 2, 0);
        res.resume();
        res.on('end', () => {
          byStatus[res.statusCode ?? 0] = (byStatus[res.statusCode ?? 0] ?? 0) + 1;
          requests += 1;
          resolve();
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  let counter = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await one((counter += 1));
    }),
  );
  agent.destroy();
  return { label, requests, byStatus, seconds: (Date.now() - started) / 1000, headerBytes };
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const connections = Number(process.argv[3] ?? 16);
  const institutions = Number(process.argv[4] ?? 500);
  const rounds = Number(process.argv[5] ?? 2);
  const { db, dir, dispose } = await scratchSqlite('throughput-');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    await db.transaction().execute(async (trx) => {
      await insertInstitutionsBatch(trx, generateInstitutions(institutions));
      await touchNurseryGeneration(trx);
    });
    const common: ServerOptions = {
      db,
      devLogin: false,
      reminders: false,
      log: silentLogger,
      files: createLocalDiskFileStore(join(dir, 'files')),
      crypto: createFieldCrypto({ currentId: 'b', keys: { b: Buffer.alloc(32, 1) }, hashKey: Buffer.alloc(32, 2) }),
    };
    const gateways: { label: string; options: ServerOptions; spread: boolean }[] = [
      {
        label: 'bare (no headers, no limits, no shedding)',
        options: { ...common, securityHeaders: false, perGatewayLimits: false, pressure: false },
        spread: true,
      },
      {
        label: 'hardened, many addresses (production limits)',
        options: { ...common, limits: PRODUCTION_LIMITS, trustProxy: true },
        spread: true,
      },
      { label: 'hardened, one flooding address', options: { ...common, limits: PRODUCTION_LIMITS, trustProxy: true }, spread: false },
    ];
    // A bare Node http server answering every search with the same bytes the gateway answers (one
    // search's answer, headers as the gateway's minus the security ones): what HTTP alone costs here.
    const probe = buildServer(gateways[1]!.options);
    const sample = await probe.inject({
      method: 'POST',
      url: '/api/nursery',
      headers: { 'content-type': 'application/json' },
      payload: {
        action: 'search',
        input: { near: randomYunnanPoint(seededRandom(7)), ageMonths: 20, puhuiOnly: false, withVacancy: false, limit: 20, offset: 0 },
      },
    });
    await probe.close();
    const answer = sample.rawPayload;
    const bare = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
        res.end(answer);
      });
    });
    // The search's own work, no gateway: the handler (its input check and the search) on each request.
    const handlerCtx = { db } as unknown as Ctx;
    const nodeSearch = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { input: unknown };
        void search(body.input, handlerCtx).then((data) => {
          const json = JSON.stringify({ ok: true, data });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
          res.end(json);
        });
      });
    });
    const all: Run[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const [server, label] of [
        [bare, BARE_NODE],
        [nodeSearch, NODE_SEARCH],
      ] as const) {
        await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
        const nodePort = (server.address() as { port: number }).port;
        await load(nodePort, 1, 4, true, 'warm-up');
        all.push(await load(nodePort, seconds, connections, true, label));
        await new Promise<void>((r) => server.close(() => r()));
      }
      for (const g of gateways) {
        // A fresh gateway each time: the flooder's per-minute window starts empty, like a new attack.
        const app = buildServer(g.options);
        await app.listen({ port: 0, host: '127.0.0.1' });
        const port = (app.server.address() as { port: number }).port;
        if (g.spread) await load(port, 1, 4, g.spread, 'warm-up'); // loads the spatial index, warms the JIT
        all.push(await load(port, seconds, connections, g.spread, g.label));
        await app.close();
      }
    }
    const runs: Run[] = [{ label: BARE_NODE }, { label: NODE_SEARCH }, ...gateways].map((g) => {
      const mine = all.filter((r) => r.label === g.label);
      const byStatus: Record<number, number> = {};
      for (const r of mine) for (const [s, n] of Object.entries(r.byStatus)) byStatus[Number(s)] = (byStatus[Number(s)] ?? 0) + n;
      return {
        label: g.label,
        requests: mine.reduce((n, r) => n + r.requests, 0),
        byStatus,
        seconds: mine.reduce((n, r) => n + r.seconds, 0),
        headerBytes: mine.reduce((n, r) => n + r.headerBytes, 0),
      };
    });

    out(
      `nursery.search over HTTP — ${institutions} institutions, ${connections} connections, ${rounds} rounds × ${seconds} s each, Node ${process.version}`,
    );
    out('');
    out('| gateway                                        |   req/s | 200/s   | 429/s   | other | header bytes/answer |');
    out('|------------------------------------------------|---------|---------|---------|-------|---------------------|');
    for (const r of runs) {
      const rate = (n: number) => (n / r.seconds).toFixed(0).padStart(7);
      const other = r.requests - (r.byStatus[200] ?? 0) - (r.byStatus[429] ?? 0);
      out(
        `| ${r.label.padEnd(46)} | ${rate(r.requests)} | ${rate(r.byStatus[200] ?? 0)} | ${rate(r.byStatus[429] ?? 0)} | ${String(other).padStart(5)} | ${(r.headerBytes / Math.max(1, r.requests)).toFixed(0).padStart(19)} |`,
      );
    }
    const [node, nodeWithSearch, bareGateway, hardened] = runs;
    const answered = (r: Run) => (r.byStatus[200] ?? 0) / r.seconds;
    out('');
    out(`answer: ${answer.length} bytes`);
    out(`hardened / bare gateway (answered searches): ${((answered(hardened!) / answered(bareGateway!)) * 100).toFixed(1)} %`);
    out(`hardened gateway / bare Node http, same bytes: ${((answered(hardened!) / answered(node!)) * 100).toFixed(1)} % (goal ≥ 50 %)`);
    out(
      `Node http + the search alone / bare Node http: ${((answered(nodeWithSearch!) / answered(node!)) * 100).toFixed(1)} % (the most any gateway that runs the search can reach)`,
    );
    out(
      `hardened gateway / Node http + the search alone: ${((answered(hardened!) / answered(nodeWithSearch!)) * 100).toFixed(1)} % (the gateway's own overhead)`,
    );
  } finally {
    await dispose();
  }
}

runScript(main);
