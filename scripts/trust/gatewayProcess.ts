// The real gateway as a child process (one Node process: `node --import tsx`, so a SIGKILL hits the
// server itself and not a wrapper), over a given SQLite file or PostgreSQL database, its log
// appended to a file.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface GatewaySetup {
  port: number;
  databaseFile: string;
  /** PostgreSQL instead of the file. */
  databaseUrl?: string;
  filesDir: string;
  logFile: string;
  /** base64 keys, so the run never falls back to the development key. */
  fieldKey: string;
  hashKey: string;
  /** Another checkout to run (a baseline build of the gateway); this repository by default. */
  root?: string;
  /** How long start() waits for /healthz (60 s unless given). */
  startTimeoutMs?: number;
}

export interface Gateway {
  readonly url: string;
  start(): Promise<void>;
  /** SIGKILL, no goodbye: the process gets no chance to finish a write. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the clean exit. */
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`gateway exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('gateway did not become healthy in time');
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

export function gatewayProcess(setup: GatewaySetup): Gateway {
  const url = `http://127.0.0.1:${setup.port}`;
  let child: ChildProcess | undefined;
  let log: WriteStream | undefined;

  return {
    url,
    async start() {
      log ??= createWriteStream(setup.logFile, { flags: 'a' });
      child = spawn(process.execPath, ['--import', 'tsx', 'cloud/gateway/main.ts'], {
        cwd: setup.root ?? ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          PORT: String(setup.port),
          HOST: '127.0.0.1',
          DATABASE_FILE: setup.databaseFile,
          DATABASE_URL: setup.databaseUrl ?? '',
          FILES_DIR: setup.filesDir,
          DEV_LOGIN: '1',
          // Eight clients on one address call far more than a person: the limits are relaxed by name.
          RATE_LIMITS: 'relaxed',
          FIELD_KEY: setup.fieldKey,
          FIELD_HASH_KEY: setup.hashKey,
          FIELD_KEY_ID: 'load1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.pipe(log, { end: false });
      child.stderr!.pipe(log, { end: false });
      await waitHealthy(url, child, setup.startTimeoutMs ?? 60_000);
    },
    async kill() {
      if (!child) return;
      const c = child;
      c.kill('SIGKILL');
      await exited(c);
    },
    async stop() {
      if (!child) return;
      const c = child;
      c.kill('SIGTERM');
      await exited(c);
      await new Promise<void>((r) => (log ? log.end(() => r()) : r()));
      log = undefined;
    },
  };
}
