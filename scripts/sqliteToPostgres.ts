// Moves a county from its SQLite file to PostgreSQL.
//
//   npx tsx scripts/sqliteToPostgres.ts [--from path.sqlite] [--to postgres://…] [--batch 500]
//
// --from defaults to DATABASE_FILE (else .data/yingjiang.sqlite), --to to DATABASE_URL. The field keys
// come from the environment as the gateway reads them (FIELD_KEY, FIELD_KEY_ID, FIELD_KEYS_OLD,
// FIELD_HASH_KEY: cloud/security/fieldCrypto.ts). Stop the gateways first; the source is only read.
//
// 1. The source must be at this code's newest migration (start the new gateway on it once if not).
// 2. The target is migrated (cloud/db/migrate.ts) and must hold no data: only rows the migrations
//    themselves write are allowed (they are replaced by the source's).
// 3. Every table is copied in foreign-key order, in batches, in ONE transaction on the target, read
//    in one read transaction on the source (one consistent state).
// 4. Before that transaction commits: rows per table equal the source's, every foreign key holds, and
//    a sample of every sealed column (`…_enc`) decrypts with the keys — and matches its lookup hash
//    where one sits beside it. Any failure rolls the whole copy back: the target stays empty.
// Values cross unchanged (text, integers, doubles); both engines store the same column types
// (cloud/db/tables.ts), the sealed columns stay sealed.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { applicationTables, type UntypedDatabase, type UntypedSchema } from '../cloud/db/engine';
import { migrate } from '../cloud/db/migrate';
import { migrations } from '../cloud/db/migrations';
import { createPostgresDatabase } from '../cloud/db/postgres';
import { createSqliteDatabase, DEFAULT_DATABASE_FILE } from '../cloud/db/sqlite';
import type { Database } from '../cloud/db/tables';
import { createFieldCrypto, fieldKeysFromEnv, type FieldCrypto } from '../cloud/security/fieldCrypto';
import { checkIntegrity, foreignKeyOrder, foreignKeys, rowCounts, sampleEncrypted } from './database/inspect';

export interface CopyOptions {
  /** The SQLite file. */
  from: string;
  /** The PostgreSQL connection string. */
  to: string;
  /** The field keys (the sample must decrypt with them). */
  crypto: FieldCrypto;
  /** Most rows per INSERT (also bounded by PostgreSQL's 65 535 parameters). */
  batchSize?: number;
  /** Values decrypted per sealed column. */
  samplePerColumn?: number;
  log?: (line: string) => void;
}

export interface CopyReport {
  /** Tables in the order they were copied, with their rows. */
  tables: { table: string; rows: number }[];
  rows: number;
  decrypted: number;
  hashesMatched: number;
  seconds: number;
}

/** Rows a freshly migrated database already holds (e.g. nursery_index_state's one row). */
async function rowsMigrationsWrite(): Promise<Record<string, number>> {
  const fresh = createSqliteDatabase(':memory:');
  try {
    await migrate(fresh);
    return await rowCounts(fresh);
  } finally {
    await fresh.destroy();
  }
}

async function columnsOf(db: UntypedDatabase): Promise<Map<string, string[]>> {
  const tables = await db.introspection.getTables();
  return new Map(tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

export async function sqliteToPostgres(options: CopyOptions): Promise<CopyReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const raw = new BetterSqlite3(options.from, { fileMustExist: true });
  raw.pragma('busy_timeout = 5000');
  const source = new Kysely<UntypedSchema>({ dialect: new SqliteDialect({ database: raw }) });
  const target = createPostgresDatabase(options.to, { poolSize: 2 });
  try {
    // 1. Same schema version as this code.
    const applied = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(source)).rows.map((r) => r.name);
    const known = Object.keys(migrations).sort();
    if (applied.join(',') !== known.join(',')) {
      throw new Error(`源数据库的迁移（${applied.at(-1) ?? '无'}）与本版本（${known.at(-1)}）不一致：先用本版本的网关在 SQLite 上启动一次`);
    }

    // 2. Target migrated and empty.
    await migrate(target as Kysely<Database>);
    const byMigrations = await rowsMigrationsWrite();
    const targetCounts = await rowCounts(target);
    const occupied = Object.entries(targetCounts).filter(([table, n]) => n > (byMigrations[table] ?? 0));
    if (occupied.length > 0) {
      throw new Error(`目标数据库不是空的：${occupied.map(([t, n]) => `${t} ${n} 行`).join('、')}；请换一个新建的空数据库`);
    }
    const tables = await applicationTables(source);
    const sourceColumns = await columnsOf(source);
    const targetColumns = await columnsOf(target);
    for (const table of tables) {
      if (sourceColumns.get(table)?.join(',') !== targetColumns.get(table)?.join(',')) {
        throw new Error(
          `表 ${table} 的列在两边不一致：SQLite (${sourceColumns.get(table)?.join(', ')}) / PostgreSQL (${targetColumns.get(table)?.join(', ') ?? '无此表'})`,
        );
      }
    }
    const order = foreignKeyOrder(tables, await foreignKeys(target));

    // 3. One read transaction on the source, one write transaction on the target.
    raw.exec('begin');
    try {
      const sourceCounts = await rowCounts(source, tables);
      const report = await target.transaction().execute(async (trx: Transaction<UntypedSchema>) => {
        for (const table of [...order].reverse()) if ((byMigrations[table] ?? 0) > 0) await trx.deleteFrom(table).execute();
        const copied: CopyReport['tables'] = [];
        for (const table of order) {
          const columns = sourceColumns.get(table)!;
          const batch = Math.max(1, Math.min(options.batchSize ?? 500, Math.floor(60_000 / columns.length)));
          const read = raw.prepare(
            `select rowid as "__rowid", * from "${table.replace(/"/g, '""')}" where rowid > ? order by rowid limit ?`,
          );
          let last = Number.MIN_SAFE_INTEGER;
          let rows = 0;
          for (;;) {
            const page = read.all(last, batch) as Record<string, unknown>[];
            if (page.length === 0) break;
            last = page[page.length - 1]!.__rowid as number;
            await trx
              .insertInto(table)
              .values(page.map(({ __rowid: _rowid, ...row }) => row))
              .execute();
            rows += page.length;
          }
          copied.push({ table, rows });
          log(`${table}: ${rows}`);
        }

        // 4. Verified before commit.
        const problems: string[] = [];
        const copiedCounts = await rowCounts(trx, tables);
        for (const table of tables) {
          if (copiedCounts[table] !== sourceCounts[table])
            problems.push(`${table}: SQLite ${sourceCounts[table]} 行，PostgreSQL ${copiedCounts[table]} 行`);
        }
        problems.push(...(await checkIntegrity(trx)));
        const sample = await sampleEncrypted(trx, options.crypto, options.samplePerColumn ?? 20);
        problems.push(...sample.problems);
        if (problems.length > 0) throw new Error(`迁移校验未通过，已全部回滚：\n${problems.join('\n')}`);
        return { tables: copied, decrypted: sample.decrypted, hashesMatched: sample.hashesMatched };
      });
      const rows = report.tables.reduce((a, t) => a + t.rows, 0);
      return { ...report, rows, seconds: (Date.now() - started) / 1000 };
    } finally {
      raw.exec('commit');
    }
  } finally {
    await source.destroy();
    await target.destroy();
  }
}

async function cli(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = flag('from') ?? process.env.DATABASE_FILE ?? DEFAULT_DATABASE_FILE;
  const to = flag('to') ?? process.env.DATABASE_URL;
  if (!to) throw new Error('用法：npx tsx scripts/sqliteToPostgres.ts [--from x.sqlite] --to postgres://…（或设置 DATABASE_URL）');
  const crypto = createFieldCrypto(fieldKeysFromEnv(process.env));
  const batch = flag('batch');
  const report = await sqliteToPostgres({
    from,
    to,
    crypto,
    ...(batch ? { batchSize: Number(batch) } : {}),
    log: (line) => process.stdout.write(`  ${line}\n`),
  });
  process.stdout.write(
    `迁移完成：${report.tables.length} 张表 ${report.rows} 行，行数逐表一致，外键完整，` +
      `抽样解密 ${report.decrypted} 个加密字段（其中 ${report.hashesMatched} 个与查找哈希核对一致），${report.seconds.toFixed(2)} 秒\n`,
  );
}

if (require.main === module) {
  cli().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
