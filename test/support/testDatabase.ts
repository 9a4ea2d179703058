// A fresh, empty database for one test suite: a SQLite file in a temp folder by default, or — when
// the suite runs under `node scripts/pgCluster.mjs run -- …` (TEST_POSTGRES_URL set) — a database of
// its own on the throwaway PostgreSQL cluster, dropped on close.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { createPostgresDatabase } from '../../cloud/db/postgres';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import type { Database } from '../../cloud/db/tables';
import type { UntypedDatabase } from '../../cloud/db/engine';

export type TestEngine = 'sqlite' | 'postgres';

export const testEngine: TestEngine = process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite';

export interface TestDatabase {
  engine: TestEngine;
  /** A new connection (pool) to the same database: a second gateway, a restarted process. */
  connect(): Kysely<Database>;
  /** SQLite: the file; PostgreSQL: the connection string. */
  location: string;
  /** Drops the database (PostgreSQL) or removes the file; connections must be closed first. */
  drop(): Promise<void>;
}

function urlWithDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** `engine` overrides the run's engine (PostgreSQL needs TEST_POSTGRES_URL): e.g. a SQLite source to copy into PostgreSQL. */
export async function createTestDatabase(dir?: string, engine: TestEngine = testEngine): Promise<TestDatabase> {
  if (engine === 'postgres' && !process.env.TEST_POSTGRES_URL)
    throw new Error('TEST_POSTGRES_URL is not set: run under node scripts/pgCluster.mjs run -- …');
  if (engine === 'sqlite') {
    const own = dir ? null : mkdtempSync(join(tmpdir(), 'yingjiang-db-'));
    const file = join(dir ?? own!, `test-${randomBytes(4).toString('hex')}.sqlite`);
    return {
      engine: 'sqlite',
      location: file,
      connect: () => createSqliteDatabase(file),
      async drop() {
        if (own) rmSync(own, { recursive: true, force: true });
        else for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `t_${randomBytes(8).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = urlWithDatabase(process.env.TEST_POSTGRES_URL!, name);
  return {
    engine: 'postgres',
    location: url,
    connect: () => createPostgresDatabase(url, { poolSize: 8 }),
    async drop() {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** Runs `run` on a connection of its own to the database, closed afterwards. */
export async function withDb<T>(database: TestDatabase, run: (db: UntypedDatabase) => Promise<T>): Promise<T> {
  const db = database.connect();
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

/** Every row of every table as text: what an attacker with the database's files would read. */
export async function everythingAtRest(db: Kysely<Database>, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    parts.push(JSON.stringify(rows.rows));
  }
  return parts.join('\n');
}
