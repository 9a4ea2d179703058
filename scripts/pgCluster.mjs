#!/usr/bin/env node
// A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` binaries, a temp folder, a
// free port on 127.0.0.1, fsync off (created and dropped databases cost ≈ 0.2 s), run as an
// unprivileged user (`postgres` when we are root), stopped and removed at the end.
//
//   node scripts/pgCluster.mjs run -- <command…>
// runs the command with TEST_POSTGRES_URL set to the cluster's admin connection; each test suite
// makes its own database there (test/support/testDatabase.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the cluster's owner. */
function pgRun(bin, args) {
  const [command, full] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const res = spawnSync(command, full, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  return res.stdout;
}

export async function startCluster() {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does it)');
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-pg-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  const sockets = join(dir, 'sockets');
  for (const d of [data, sockets]) {
    const args = asRoot ? ['-d', '-o', 'postgres', '-g', 'postgres', '-m', '700', d] : ['-d', '-m', '700', d];
    const res = spawnSync('install', args);
    if (res.status !== 0) throw new Error(`cannot create ${d}`);
  }
  pgRun(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${sockets}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
  ].join(' ');
  pgRun(join(bin, 'pg_ctl'), ['-D', data, '-l', join(data, 'server.log'), '-w', 'start', '-o', options]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    bin,
    stop() {
      try {
        pgRun(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function main() {
  const [verb, dashdash, command, ...args] = process.argv.slice(2);
  if (verb !== 'run' || dashdash !== '--' || !command) {
    console.error('usage: node scripts/pgCluster.mjs run -- <command…>');
    process.exit(2);
  }
  const cluster = await startCluster();
  console.log(`PostgreSQL test cluster at ${cluster.url}`);
  let status = 1;
  try {
    const res = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, TEST_POSTGRES_URL: cluster.url, PG_BIN_DIR: cluster.bin },
    });
    status = res.status ?? 1;
  } finally {
    cluster.stop();
  }
  process.exit(status);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
