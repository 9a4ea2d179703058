// Issue 18 (speed):
// - indexes the hourly jobs read by: a family's parents (the reminder job reads the parents of a page
//   of families; account handlers read one family's), and the age of stored idempotency answers (the
//   retention job deletes them in batches, each a range read instead of a table scan);
// - the nursery search index's change log: every write search can see bumps `seq` on the state row
//   and records which institution changed under that number, so a gateway updates its index with the
//   changed institutions only instead of reloading them all (cloud/handlers/nursery/searchIndex.ts).
import type { Kysely, Migration } from 'kysely';

export const speed: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('users_family').on('users').columns(['family_id', 'id']).execute();
    await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
    await db.schema
      .alterTable('nursery_index_state')
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('nursery_index_changes')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('institution_id', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('nursery_index_changes').execute();
    await db.schema.alterTable('nursery_index_state').dropColumn('seq').execute();
    await db.schema.dropIndex('idempotency_keys_created').execute();
    await db.schema.dropIndex('users_family').execute();
  },
};
