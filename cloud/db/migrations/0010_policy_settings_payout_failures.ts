// Issue 15: a policy question the health bureau answers (whether the county's 800元 育儿补助 continues
// after 2025), with the source it relied on; and a transfer of a payout batch that failed, carried to
// the next batch. Portable DDL only (SQLite and PostgreSQL).
import type { Kysely, Migration } from 'kysely';

export const policySettingsPayoutFailures: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    // One row per setting; no row means the rule data's own default. Every change is in the audit log.
    await db.schema
      .createTable('policy_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('set_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('set_at', 'text', (c) => c.notNull())
      .execute();

    // A transfer the bank returned: the application left its batch (batch_id cleared) and waits for the
    // next one; this row keeps which batch it failed in and why.
    await db.schema
      .createTable('payout_transfer_failures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('batch_id', 'text', (c) => c.notNull().references('payout_batches.id'))
      .addColumn('application_id', 'text', (c) => c.notNull().references('subsidy_applications.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('payout_transfer_failures_once')
      .unique()
      .on('payout_transfer_failures')
      .columns(['batch_id', 'application_id'])
      .execute();
  },
};
