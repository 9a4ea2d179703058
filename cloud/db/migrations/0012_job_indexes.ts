// Indexes the hourly jobs read by (issue 18): a family's parents (the reminder job reads the parents of
// a page of families; account handlers read one family's), and the age of stored idempotency answers
// (the retention job deletes them in batches, each batch a range read instead of a table scan).
import type { Kysely, Migration } from 'kysely';

export const jobIndexes: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('users_family').on('users').columns(['family_id', 'id']).execute();
    await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('idempotency_keys_created').execute();
    await db.schema.dropIndex('users_family').execute();
  },
};
