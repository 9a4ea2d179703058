// The load test on PostgreSQL, side by side in one run: one gateway, then two gateways over one
// database while the first is killed with SIGKILL `--kills` times (the second keeps serving). Prints
// writes per second, p50 / p99 and lost / duplicated records for both. Needs a cluster:
//   node scripts/pgCluster.mjs run -- npx tsx scripts/loadTestPostgres.ts [--clients 32] [--writes 2000] [--kills 10]
import pg from 'pg';
import { loadFailures, reportFailures, runLoad, type LoadRunReport } from './trust/load';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function freshDatabase(admin: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

function row(label: string, r: LoadRunReport, kills: number): string {
  const i = r.integrity;
  return [
    label.padEnd(34),
    `${r.writesPerSecond.toFixed(1).padStart(8)} writes/s`,
    `request p50 ${r.requestP50.toFixed(0).padStart(4)} ms p99 ${r.requestP99.toFixed(0).padStart(5)} ms`,
    `write p50 ${r.writeP50.toFixed(0).padStart(4)} ms p99 ${r.writeP99.toFixed(0).padStart(5)} ms`,
    `lost ${i.missing}, duplicated ${i.duplicates}, half-written ${i.halfWritten.length}`,
    `kills ${r.killsDone}/${kills}, retries ${r.retries}`,
  ].join(' | ');
}

async function main(): Promise<void> {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error('run under scripts/pgCluster.mjs (TEST_POSTGRES_URL is not set)');
  const clients = flag('clients', 32);
  const writes = flag('writes', 2000);
  const kills = flag('kills', 10);
  const log = (line: string) => console.log(line);
  console.log(`PostgreSQL load: ${clients} clients, ${writes} writes per run`);

  const one = await runLoad({
    clients,
    writes,
    kills: 0,
    timeoutMs: 5000,
    port: 8981,
    postgresUrl: await freshDatabase(admin, 'load_one'),
    gateways: 1,
    log,
    keep: !!process.env.KEEP,
  });
  const two = await runLoad({
    clients,
    writes,
    kills,
    timeoutMs: 5000,
    port: 8983,
    postgresUrl: await freshDatabase(admin, 'load_two'),
    gateways: 2,
    log,
    keep: !!process.env.KEEP,
  });

  console.log('');
  console.log(row('one gateway', one, 0));
  console.log(row(`two gateways, first killed ${kills}×`, two, kills));
  reportFailures([...loadFailures(one, 0).map((f) => `one gateway: ${f}`), ...loadFailures(two, kills).map((f) => `two gateways: ${f}`)]);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
