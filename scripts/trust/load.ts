// One load run end to end: one or two gateway child processes over a fresh SQLite file (one) or a
// PostgreSQL database (one or two), `clients` parents writing until `writes` writes are acknowledged
// (spread over the gateways), `kills` SIGKILLs of the first gateway at random moments (each followed
// by a restart; a second gateway keeps serving meanwhile), then the exports the staff make, the
// integrity check and the leak check.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCrypto } from '../../cloud/security/fieldCrypto';
import { gatewayProcess, type Gateway } from './gatewayProcess';
import { checkIntegrity, type IntegrityReport } from './integrity';
import { filesToScan, scanAll, secretsInDatabase, type FileHits } from './leaks';
import { percentile, runClients, type LoadStats } from './loadClients';

export interface LoadRunOptions {
  clients: number;
  writes: number;
  kills: number;
  timeoutMs: number;
  port: number;
  /** Keep the temp folder (database, log, exports) for a later `scripts/leakCheck.ts`. */
  keep?: boolean;
  /** An empty PostgreSQL database instead of a SQLite file. */
  postgresUrl?: string;
  /** Gateways over the one database (2 needs PostgreSQL); the second listens on port + 1. */
  gateways?: 1 | 2;
  log?: (line: string) => void;
}

export interface LoadRunReport {
  dir: string;
  seconds: number;
  writesPerSecond: number;
  requestP50: number;
  requestP99: number;
  writeP50: number;
  writeP99: number;
  retries: number;
  timeouts: number;
  killsDone: number;
  integrity: IntegrityReport;
  leaks: FileHits[];
  secretsSearched: { idNumbers: number; accountNumbers: number };
  exports: string[];
}

/** SIGKILL at `kills` random points of the write count, each time restarting before the next. */
function killScheduler(gateway: Gateway, writes: number, kills: number, log: (l: string) => void) {
  const thresholds = Array.from({ length: kills }, () => Math.floor(writes * (0.05 + Math.random() * 0.9))).sort((a, b) => a - b);
  let next = 0;
  let busy: Promise<void> | undefined;
  let done = 0;
  const maybeKill = (acked: number) => {
    if (busy || next >= thresholds.length || acked < thresholds[next]!) return;
    next += 1;
    busy = (async () => {
      await new Promise((r) => setTimeout(r, Math.random() * 150));
      await gateway.kill();
      done += 1;
      const started = Date.now();
      await gateway.start();
      log(`  kill ${done}/${kills} at ~${acked} writes; back in ${Date.now() - started} ms`);
    })().finally(() => {
      busy = undefined;
    });
  };
  return {
    onWrite: maybeKill,
    /** Kills whose moment came while the load was ending still happen. */
    async finish(acked: number) {
      while (next < thresholds.length || busy) {
        if (busy) await busy;
        else {
          thresholds[next] = Math.min(thresholds[next]!, acked);
          maybeKill(acked);
        }
      }
      return done;
    },
  };
}

async function post(url: string, token: string | undefined, fn: string, action: string, input: unknown, key?: string): Promise<any> {
  const res = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ action, input, ...(key ? { idempotencyKey: key } : {}) }),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(body.error)}`);
  return body.data;
}

/**
 * What staff export after the load: the health bureau approves a few claims, finance batches them,
 * and the bureau's copy of the batch (accounts as last 4) is saved where a clerk's download lands.
 * Finance's own copy carries full account numbers by design (the bank needs them) and is checked
 * for ID numbers only.
 */
async function staffExports(url: string, exportDir: string, financeDir: string): Promise<string[]> {
  const bureau = (await post(url, undefined, 'account', 'devLogin', { demo: 'health_bureau' })).token;
  const finance = (await post(url, undefined, 'account', 'devLogin', { demo: 'finance' })).token;
  const queue = (await post(url, bureau, 'subsidy', 'subsidyQueue', { status: 'submitted' })) as { id: string }[];
  for (const item of queue.slice(0, 5)) {
    await post(url, bureau, 'subsidy', 'acceptSubsidy', { id: item.id });
    await post(url, bureau, 'subsidy', 'decideSubsidy', { id: item.id, decision: 'approve' });
  }
  const batch = await post(url, finance, 'subsidy', 'createPayoutBatch', {}, `load-batch-${Date.now()}`);
  const saved: string[] = [];
  for (const [token, dir, who] of [
    [bureau, exportDir, 'health_bureau'],
    [finance, financeDir, 'finance'],
  ] as const) {
    const { filename, csv } = await post(url, token, 'subsidy', 'exportPayoutBatch', { batchId: batch.id });
    const file = join(dir, `${who}-${filename}`);
    writeFileSync(file, csv);
    saved.push(file);
  }
  return saved;
}

export async function runLoad(o: LoadRunOptions): Promise<LoadRunReport> {
  const log = o.log ?? ((l: string) => console.log(l));
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-load-'));
  const exportDir = join(dir, 'exports');
  const financeDir = join(dir, 'finance-exports');
  mkdirSync(exportDir);
  mkdirSync(financeDir);
  const keys = { fieldKey: randomBytes(32).toString('base64'), hashKey: randomBytes(32).toString('base64') };
  const count = o.gateways ?? 1;
  if (count > 1 && !o.postgresUrl) throw new Error('two gateways share a database only on PostgreSQL');
  const setup = {
    port: o.port,
    databaseFile: join(dir, 'load.sqlite'),
    ...(o.postgresUrl ? { databaseUrl: o.postgresUrl } : {}),
    filesDir: join(dir, 'files'),
    logFile: join(dir, 'gateway.log'),
    ...keys,
  };
  const gateways = Array.from({ length: count }, (_, i) =>
    gatewayProcess({ ...setup, port: o.port + i, logFile: join(dir, `gateway-${i + 1}.log`) }),
  );
  // One after the other: the first migrates and seeds the empty database.
  for (const g of gateways) await g.start();
  const gateway = gateways[0]!;
  log(`${count} gateway(s) up on ${gateways.map((g) => g.url).join(', ')} over ${o.postgresUrl ? 'PostgreSQL' : 'SQLite'} (${dir})`);
  let turn = 0;
  const nextUrl = () => gateways[turn++ % gateways.length]!.url;

  const walSnapshot = join(dir, 'wal-before-stop.bin');
  const killer = killScheduler(gateway, o.writes, o.kills, log);
  const started = Date.now();
  let stats: LoadStats;
  let seconds: number;
  let killsDone: number;
  let exports: string[];
  try {
    stats = await runClients({
      url: nextUrl,
      clients: o.clients,
      writes: o.writes,
      timeoutMs: o.timeoutMs,
      runId: Date.now().toString(36),
      onWrite: (n) => {
        killer.onWrite(n);
        if (n % Math.max(1, Math.floor(o.writes / 10)) === 0) log(`  ${n}/${o.writes} writes acknowledged`);
      },
    });
    seconds = (Date.now() - started) / 1000;
    killsDone = await killer.finish(stats.writes.length);
    exports = await staffExports(gateway.url, exportDir, financeDir);
  } finally {
    // A clean stop checkpoints the WAL into the main file and deletes it: keep its bytes for the leak check.
    if (existsSync(`${setup.databaseFile}-wal`)) copyFileSync(`${setup.databaseFile}-wal`, walSnapshot);
    for (const g of gateways) await g.stop();
  }

  const integrity = await checkIntegrity(o.postgresUrl ? { url: o.postgresUrl } : { file: setup.databaseFile }, stats.writes);
  const crypto = createFieldCrypto({
    currentId: 'load1',
    keys: { load1: Buffer.from(keys.fieldKey, 'base64') },
    hashKey: Buffer.from(keys.hashKey, 'base64'),
  });
  // On PostgreSQL the rows are not a file here: the secrets the clients typed are searched in the logs and exports.
  const inDb = o.postgresUrl ? { idNumbers: [], accountNumbers: [] } : secretsInDatabase(setup.databaseFile, crypto);
  const secrets = {
    idNumbers: [...new Set([...inDb.idNumbers, ...stats.secrets.idNumbers])],
    accountNumbers: [...new Set([...inDb.accountNumbers, ...stats.secrets.accountNumbers])],
  };
  const leaks = [
    ...scanAll(
      [
        ...filesToScan({
          ...(o.postgresUrl ? {} : { database: setup.databaseFile }),
          logs: gateways.map((_, i) => join(dir, `gateway-${i + 1}.log`)),
          exportDirs: [exportDir],
        }),
        ...(existsSync(walSnapshot) ? [walSnapshot] : []),
      ],
      secrets,
    ),
    ...scanAll(filesToScan({ exportDirs: [financeDir] }), { idNumbers: secrets.idNumbers, accountNumbers: [] }),
  ];
  writeFileSync(join(dir, 'secrets.json'), JSON.stringify(secrets));
  if (!o.keep) rmSync(dir, { recursive: true, force: true });

  return {
    dir,
    seconds,
    writesPerSecond: stats.writes.length / seconds,
    requestP50: percentile(stats.requestMs, 50),
    requestP99: percentile(stats.requestMs, 99),
    writeP50: percentile(stats.writeMs, 50),
    writeP99: percentile(stats.writeMs, 99),
    retries: stats.retries,
    timeouts: stats.timeouts,
    killsDone,
    integrity,
    leaks,
    secretsSearched: { idNumbers: secrets.idNumbers.length, accountNumbers: secrets.accountNumbers.length },
    exports,
  };
}

export function loadFailures(r: LoadRunReport, expectedKills: number): string[] {
  const out: string[] = [];
  if (r.integrity.missing > 0) out.push(`${r.integrity.missing} acknowledged writes missing`);
  if (r.integrity.duplicates > 0) out.push(`${r.integrity.duplicates} duplicate records`);
  out.push(...r.integrity.halfWritten.map((h) => `half-written: ${h}`));
  if (r.integrity.sqliteIntegrity !== 'ok') out.push(`sqlite integrity_check: ${r.integrity.sqliteIntegrity}`);
  if (r.killsDone !== expectedKills) out.push(`${r.killsDone} of ${expectedKills} kills done`);
  for (const l of r.leaks)
    if (l.idNumberHits + l.accountNumberHits > 0)
      out.push(`leak in ${l.file}: ${l.idNumberHits} ID, ${l.accountNumberHits} account (${l.examples.join('; ')})`);
  return out;
}

/** Prints each failure and OK or their count; the process fails when there is any. */
export function reportFailures(failures: readonly string[]): void {
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(failures.length === 0 ? 'OK' : `${failures.length} failures`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}
