// Restores a backup made by scripts/backup.ts into a database of the same engine, then checks it.
//
//   npx tsx scripts/restore.ts <backup-file> [--url postgres://…] [--file path.sqlite] [--force]
//
// The target is --url / --file, else DATABASE_URL / DATABASE_FILE. Stop the gateways on the target
// first. A target that already has tables is refused unless --force is given (PostgreSQL: pg_restore
// --clean drops and recreates what the backup holds; SQLite: the file's content is replaced).
// PostgreSQL restores with `pg_restore --single-transaction --exit-on-error --no-owner
// --no-privileges`, so a failed restore leaves the target as it was and the tables belong to the
// role that restores. Afterwards: the backup's manifest (`<backup-file>.json`, when present) must
// match — SHA-256 before, rows per table after — and the integrity check must pass (SQLite
// integrity_check + foreign_key_check; PostgreSQL every foreign key holds).
// A SQLite backup goes into PostgreSQL with scripts/sqliteToPostgres.ts, not with this.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { createPostgresDatabase } from '../cloud/db/postgres';
import { createSqliteDatabase } from '../cloud/db/sqlite';
import { locationFromArgs, manifestPath, positionals, sha256File, type BackupManifest, type DatabaseLocation } from './backup';
import { allTables, checkIntegrity, rowCounts } from './database/inspect';
import { runPgProgram } from './database/pgTools';
import type { UntypedDatabase } from '../cloud/db/engine';

export interface RestoreReport {
  engine: 'sqlite' | 'postgres';
  counts: Record<string, number>;
  /** Integrity and manifest problems; the restore throws when there are any. */
  problems: string[];
  seconds: number;
}

export interface RestoreOptions {
  /** Overwrite a target that already has tables. */
  force?: boolean;
}

/** Which engine wrote the backup, from its first bytes. */
export function backupEngine(file: string): 'sqlite' | 'postgres' {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  throw new Error(`${file} 不是本系统的备份（既不是 pg_dump -Fc 也不是 SQLite 文件）`);
}

function readManifest(backup: string): BackupManifest | null {
  const path = manifestPath(backup);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BackupManifest) : null;
}

function open(to: DatabaseLocation): UntypedDatabase {
  return to.engine === 'postgres' ? createPostgresDatabase(to.url, { poolSize: 2 }) : createSqliteDatabase(to.file);
}

async function refuseNonEmpty(to: DatabaseLocation, force: boolean): Promise<void> {
  if (to.engine === 'sqlite' && !existsSync(to.file)) return;
  const db = open(to);
  try {
    const tables = await allTables(db);
    if (tables.length > 0 && !force) {
      throw new Error(`目标数据库不是空的（已有 ${tables.length} 张表：${tables.slice(0, 5).join('、')}…）；确认要覆盖请加 --force`);
    }
  } finally {
    await db.destroy();
  }
}

export async function restoreDatabase(backup: string, to: DatabaseLocation, options: RestoreOptions = {}): Promise<RestoreReport> {
  const started = Date.now();
  const engine = backupEngine(backup);
  if (engine !== to.engine) {
    throw new Error(
      engine === 'sqlite'
        ? 'SQLite 备份不能直接恢复到 PostgreSQL：先恢复成 SQLite 文件，再用 scripts/sqliteToPostgres.ts 迁移'
        : 'PostgreSQL 备份只能恢复到 PostgreSQL',
    );
  }
  const manifest = readManifest(backup);
  if (manifest) {
    const sha = await sha256File(backup);
    if (sha !== manifest.sha256)
      throw new Error(`备份文件与清单不符（SHA-256 ${sha.slice(0, 12)}… ≠ ${manifest.sha256.slice(0, 12)}…）：文件可能损坏`);
  }
  await refuseNonEmpty(to, options.force ?? false);

  if (to.engine === 'postgres') {
    await runPgProgram('pg_restore', to.url, [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      ...(options.force ? ['--clean', '--if-exists'] : []),
      backup,
    ]);
  } else {
    // The backup API copies the file into the target through SQLite itself, so a target that exists
    // (with or without its -wal) ends up exactly the backup.
    const source = new BetterSqlite3(backup, { readonly: true, fileMustExist: true });
    try {
      await source.backup(to.file);
    } finally {
      source.close();
    }
  }

  const db = open(to);
  try {
    const problems = await checkIntegrity(db);
    const counts = await rowCounts(db);
    if (manifest) {
      for (const table of new Set([...Object.keys(manifest.counts), ...Object.keys(counts)])) {
        if (manifest.counts[table] !== counts[table])
          problems.push(`${table}: 备份时 ${manifest.counts[table] ?? '无此表'} 行，恢复后 ${counts[table] ?? '无此表'} 行`);
      }
    }
    if (problems.length > 0) throw new Error(`恢复后的检查未通过：\n${problems.join('\n')}`);
    return { engine, counts, problems, seconds: (Date.now() - started) / 1000 };
  } finally {
    await db.destroy();
  }
}

async function cli(): Promise<void> {
  const argv = process.argv.slice(2);
  const [backup] = positionals(argv, ['url', 'file']);
  if (!backup) throw new Error('用法：npx tsx scripts/restore.ts <备份文件> [--url postgres://…] [--file x.sqlite] [--force]');
  const report = await restoreDatabase(backup, locationFromArgs(argv), { force: argv.includes('--force') });
  const rows = Object.values(report.counts).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `恢复完成（${report.engine}）：${Object.keys(report.counts).length} 张表 ${rows} 行，完整性检查通过，${report.seconds.toFixed(2)} 秒\n`,
  );
}

if (require.main === module) {
  cli().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
