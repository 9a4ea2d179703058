// Load (and kill) test through the real gateway: parents write 生育登记, 出生一件事 and subsidy
// claims at once, retrying timeouts with the same idempotency key; then every acknowledged write is
// checked present exactly once, nothing half-written, and no ID or account number in clear in the
// database, the gateway log or the exports. Exits 1 on any failure.
//   npx tsx scripts/loadTest.ts [--clients 64] [--writes 10000] [--kill] [--kills 20] [--timeout 2000] [--port 8971] [--keep]
// Small defaults (8 clients, 300 writes) for a quick run; the issue's full size is
//   --clients 64 --writes 10000 --kill --kills 20
import { loadFailures, reportFailures, runLoad } from './trust/load';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const killMode = process.argv.includes('--kill');
  const options = {
    clients: Number(flag('clients') ?? 8),
    writes: Number(flag('writes') ?? 300),
    kills: killMode ? Number(flag('kills') ?? 20) : 0,
    timeoutMs: Number(flag('timeout') ?? 2000),
    port: Number(flag('port') ?? 8971),
    keep: process.argv.includes('--keep'),
  };
  console.log(`load: ${options.clients} clients, ${options.writes} writes, ${options.kills} kills, timeout ${options.timeoutMs} ms`);
  const r = await runLoad(options);
  const i = r.integrity;
  console.log(`
held: ${i.acknowledged} writes acknowledged in ${r.seconds.toFixed(1)} s (${r.writesPerSecond.toFixed(1)} writes/s)
latency per request: p50 ${r.requestP50.toFixed(0)} ms, p99 ${r.requestP99.toFixed(0)} ms
latency per write (first send → acknowledged, retries included): p50 ${r.writeP50.toFixed(0)} ms, p99 ${r.writeP99.toFixed(0)} ms
retries ${r.retries} (timeouts ${r.timeouts}); kills survived ${r.killsDone}/${options.kills}
records: missing ${i.missing}, duplicates ${i.duplicates}, half-written ${i.halfWritten.length === 0 ? 0 : i.halfWritten.join('; ')}, sqlite integrity ${i.sqliteIntegrity}
table counts: ${Object.entries(i.counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}
leak check: ${r.secretsSearched.idNumbers} ID numbers and ${r.secretsSearched.accountNumbers} account numbers searched in ${r.leaks.length} files (${(r.leaks.reduce((n, l) => n + l.bytes, 0) / 1e6).toFixed(1)} MB): ${r.leaks.reduce((n, l) => n + l.idNumberHits + l.accountNumberHits, 0)} hits${options.keep ? `\nkept: ${r.dir}` : ''}`);
  reportFailures(loadFailures(r, options.kills));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
