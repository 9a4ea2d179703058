// Which engine a Kysely instance speaks, for the few places that must know (transactions, backups,
// the tests that look at data at rest). Queries never branch on it. Where the two engines differ and
// how the code stays the same on both:
// - numbers: PostgreSQL's int8 / numeric (counts, sums, money columns declared bigint) come back
//   as numbers, as on SQLite — type parsers in postgres.ts;
// - dates and instants: ISO text columns on both (no timestamp types), compared as text;
// - booleans: integer 0/1 columns on both; JSON: sealed text on both (no JSON operators);
// - a unique index refusing a row: uniqueViolation.ts knows both drivers' codes;
// - concurrency: SQLite runs one transaction at a time, PostgreSQL many — transaction.ts makes
//   writers take one lock there, so check-then-write rules hold on both;
// - text matching: no LIKE (case-insensitive on SQLite, not on PostgreSQL): equality or ranges;
// - GROUP BY an expression: literals, never parameters (PostgreSQL matches the text) — birthFacts.ts.
import { PostgresAdapter, type Kysely } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/**
 * A database seen without the application's table types: for code that must work on any schema
 * version (migrations, backup, restore, the engine move, inspection).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own way to say "any schema"
export type UntypedSchema = any;
export type UntypedDatabase = Kysely<UntypedSchema>;

export function engineOf(db: UntypedDatabase): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The application's tables (not the migrator's), sorted by name; the same on both engines. */
export async function applicationTables(db: UntypedDatabase): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && !t.name.startsWith('kysely_') && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}
