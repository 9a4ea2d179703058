// The embedded default: one SQLite file in WAL mode, so a killed server loses no committed write.
// The gateway holds one connection: a long read or write holds up every other request meanwhile.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
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

export function createSqliteDatabase(file: string = DEFAULT_DATABASE_FILE): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}
