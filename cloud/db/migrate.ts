// Brings a database up to the newest schema. Safe to run on every start and from many processes:
// Kysely's Migrator takes a lock and skips what is already applied.
import { Migrator, type Kysely } from 'kysely';
import type { Database } from './tables';
import { migrations } from './migrations';

export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
