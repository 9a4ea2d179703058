// A consistent backup of the live database, taken while the gateways keep serving.
//
//   npx tsx scripts/backup.ts <out-file> [--url postgres://…] [--file path.sqlite] [--compress 0-9]
//
// The database is DATABASE_URL (PostgreSQL) or DATABASE_FILE (SQLite, default .data/yingjiang.sqlite),
// unless --url / --file name another.
// - PostgreSQL: `pg_dump -Fc` (custom format, for pg_restore) inside a REPEATABLE READ transaction
//   whose snapshot it shares (--snapshot), so the per-table counts in the manifest are exactly the
//   dump's. pg_dump comes from PG_BIN_DIR, /usr/lib/postgresql/<newest>/bin or PATH, and must be at
//   least the server's major version.
// - SQLite: better-sqlite3's online backup API (page by page; a write from another connection
//   restarts it, so the copy is always one consistent state), then the copy is switched out of WAL
//   so it is one self-contained file, and checked.
// Beside the backup goes `<out-file>.json`: engine, newest migration, rows per table, size and
// SHA-256 — what scripts/restore.ts checks the restored database against.
//
// The sealed columns (`…_enc`: ID numbers, phones, applications, results) stay sealed in the backup;
// everything else (names, addresses, dates) is in it as in the database: keep backups on encrypted,
// access-controlled storage, and keep the field keys (FIELD_KEY…) apart from them — a backup without
// its keys cannot be read, a key lost loses the sealed columns of every backup made with it.
import { createHash } from 'node:crypto';
import { createReadStream, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { applicationTables, type UntypedDatabase, type UntypedSchema } from '../cloud/db/engine';
import { createPostgresDatabase } from '../cloud/db/postgres';
import { DEFAULT_DATABASE_FILE } from '../cloud/db/sqlite';
import { checkIntegrity, rowCounts } from './database/inspect';
import { runPgProgram } from './database/pgTools';

export type DatabaseLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface BackupManifest {
  format: 'yingjiang-backup/1';
  engine: 'sqlite' | 'postgres';
  createdAt: string;
  /** The newest migration applied in the backed-up database. */
  migration: string | null;
  counts: Record<string, number>;
  bytes: number;
  sha256: string;
  seconds: number;
}

export interface BackupOptions {
  /** pg_dump's compression level (0–9; default pg_dump's own). Ignored for SQLite. */
  compress?: number;
}

export function manifestPath(out: string): string {
  return `${out}.json`;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

async function newestMigration(db: UntypedDatabase): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name ?? null;
}

async function finish(
  out: string,
  part: string,
  manifest: Omit<BackupManifest, 'bytes' | 'sha256' | 'seconds' | 'format'>,
  started: number,
): Promise<BackupManifest> {
  const full: BackupManifest = {
    format: 'yingjiang-backup/1',
    ...manifest,
    bytes: statSync(part).size,
    sha256: await sha256File(part),
    seconds: (Date.now() - started) / 1000,
  };
  renameSync(part, out);
  writeFileSync(manifestPath(out), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

export async function backupSqlite(file: string, out: string): Promise<BackupManifest> {
  const started = Date.now();
  const createdAt = new Date().toISOString();
  const part = `${out}.part`;
  rmSync(part, { force: true });
  const source = new BetterSqlite3(file, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(part);
  } finally {
    source.close();
  }
  // The copy: one file (no WAL beside it), checked, counted.
  const copy = new BetterSqlite3(part);
  const db = new Kysely<UntypedSchema>({ dialect: new SqliteDialect({ database: copy }) });
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = await checkIntegrity(db);
    if (problems.length > 0) throw new Error(`备份副本检查未通过：${problems.join('; ')}`);
    const counts = await rowCounts(db);
    const migration = await newestMigration(db);
    await db.destroy();
    return await finish(out, part, { engine: 'sqlite', createdAt, migration, counts }, started);
  } catch (e) {
    await db.destroy().catch(() => undefined);
    rmSync(part, { force: true });
    throw e;
  }
}

export async function backupPostgres(url: string, out: string, options: BackupOptions = {}): Promise<BackupManifest> {
  const started = Date.now();
  const createdAt = new Date().toISOString();
  const part = `${out}.part`;
  rmSync(part, { force: true });
  const db = createPostgresDatabase(url, { poolSize: 1 });
  try {
    const manifest = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        // The transaction's snapshot: pg_dump reads exactly what the counts below count.
        const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
        const counts = await rowCounts(trx, await applicationTables(trx));
        const migration = await newestMigration(trx);
        const compress = options.compress === undefined ? [] : [`--compress=${options.compress}`];
        await runPgProgram('pg_dump', url, ['--format=custom', `--snapshot=${rows[0]!.id}`, ...compress, `--file=${part}`]);
        return { engine: 'postgres' as const, createdAt, migration, counts };
      });
    return await finish(out, part, manifest, started);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  } finally {
    await db.destroy();
  }
}

export function backupDatabase(from: DatabaseLocation, out: string, options: BackupOptions = {}): Promise<BackupManifest> {
  return from.engine === 'postgres' ? backupPostgres(from.url, out, options) : backupSqlite(from.file, out);
}

/** --url / --file, else DATABASE_URL, else DATABASE_FILE, else the default SQLite file. */
export function locationFromArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const url = flag('url');
  const file = flag('file');
  if (url) return { engine: 'postgres', url };
  if (file) return { engine: 'sqlite', file };
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'sqlite', file: env.DATABASE_FILE ?? DEFAULT_DATABASE_FILE };
}

/** Positional arguments: those that are neither a --flag nor a flag's value. */
export function positionals(argv: string[], flagsWithValue: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      if (flagsWithValue.includes(a.slice(2))) i += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}

async function cli(): Promise<void> {
  const argv = process.argv.slice(2);
  const [out] = positionals(argv, ['url', 'file', 'compress']);
  if (!out) throw new Error('用法：npx tsx scripts/backup.ts <备份文件> [--url postgres://…] [--file x.sqlite] [--compress 0-9]');
  const i = argv.indexOf('--compress');
  const compress = i >= 0 ? Number(argv[i + 1]) : undefined;
  const manifest = await backupDatabase(locationFromArgs(argv), out, compress === undefined ? {} : { compress });
  const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `备份完成：${out}（${manifest.engine}，${(manifest.bytes / 1024).toFixed(0)} KB，${Object.keys(manifest.counts).length} 张表 ${rows} 行，` +
      `迁移 ${manifest.migration ?? '无'}，${manifest.seconds.toFixed(2)} 秒）\n清单：${manifestPath(out)}\n`,
  );
}

if (require.main === module) {
  cli().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
