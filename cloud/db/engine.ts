// Which engine a Kysely instance speaks, for the few places that must know (backups, the tests that
// look at data at rest). Queries never branch on it.
import { PostgresAdapter, type Kysely } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The application's tables (not the migrator's), sorted by name; the same on both engines. */
export async function applicationTables(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && !t.name.startsWith('kysely_') && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}
