// The embedded default: one SQLite file in WAL mode, so a killed server loses no committed write.
// The gateway's requests share one connection: a long read or write holds up every other request
// meanwhile. The hourly jobs have a connection of their own on their own thread (cloud/jobs/jobsWorker.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';
import type { Database } from './tables';

export const DEFAULT_DATABASE_FILE = '.data/yingjiang.sqlite';

/** Prepared statements kept per connection, by SQL text (least recently used goes first). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, with its prepared statements kept: Kysely prepares every query
 * again (SQLite parses and plans it each time), which was a tenth of the reminder job's CPU and a
 * good part of every read's database time (scripts/readCost.ts). A statement still iterating (a
 * streamed query) is never handed out twice: that query gets a fresh one. SQLite re-prepares a kept
 * statement by itself when the schema changes (a migration).
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare: (sql: string) => {
      const hit = kept.get(sql);
      if (hit && !hit.busy) {
        kept.delete(sql);
        kept.set(sql, hit);
        return hit;
      }
      const statement = sqlite.prepare(sql);
      if (!hit) {
        kept.set(sql, statement);
        if (kept.size > size) kept.delete(kept.keys().next().value!);
      }
      return statement;
    },
  };
}

/**
 * Every transaction begins IMMEDIATE: it takes SQLite's write lock before its first read. With the
 * jobs' connection beside the gateway's, a transaction that read first and wrote later could meet a
 * write committed on the other connection in between (SQLITE_BUSY_SNAPSHOT, a failed request);
 * holding the lock from the start, writers go one at a time across both connections and every rule a
 * handler checks before it writes still holds. A writer that finds the lock taken waits (busy_timeout).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SqliteDatabase) {
    super({ database });
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

export function createSqliteDatabase(file: string = DEFAULT_DATABASE_FILE): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect(withStatementCache(sqlite)) });
}
