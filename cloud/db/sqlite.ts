// The embedded default: one SQLite file in WAL mode, so a killed server loses no committed write.
// The gateway holds one connection: a long read or write holds up every other request meanwhile.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './tables';

export const DEFAULT_DATABASE_FILE = '.data/yingjiang.sqlite';

export function createSqliteDatabase(file: string = DEFAULT_DATABASE_FILE): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
