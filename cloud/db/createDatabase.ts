// Picks the engine: PostgreSQL when a URL is given (or DATABASE_URL is set), else the SQLite file.
import type { Kysely } from 'kysely';
import type { Database } from './tables';
import { createPostgresDatabase } from './postgres';
import { createSqliteDatabase, DEFAULT_DATABASE_FILE } from './sqlite';
import type { Env } from '../core/env';

export interface DatabaseOptions {
  /** SQLite file; defaults to env DATABASE_FILE, then `.data/yingjiang.sqlite`. */
  file?: string;
  /** PostgreSQL connection string; defaults to env DATABASE_URL. */
  url?: string;
}

export function createDatabase(options: DatabaseOptions = {}, env: Env = process.env): Kysely<Database> {
  const url = options.url ?? env.DATABASE_URL;
  if (url) return createPostgresDatabase(url);
  return createSqliteDatabase(options.file ?? env.DATABASE_FILE ?? DEFAULT_DATABASE_FILE);
}
