// Subsidies (docs/decisions.md §3): a parent's applications with their claimed payments and timeline, the
// finance department's payout batches, and the hukou moves the police record (a move out of 盈江
// stops the payments made here). Schema builder only, so it runs on SQLite and PostgreSQL alike.
import type { Kysely, Migration } from 'kysely';

export const subsidies: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('payout_batches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('quarter', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('paid_on', 'text')
      .addColumn('paid_at', 'text')
      .addColumn('paid_by', 'text', (c) => c.references('users.id'))
      .execute();
    await db.schema.createIndex('payout_batches_created').on('payout_batches').column('created_at').execute();

    await db.schema
      .createTable('payout_batch_sequences')
      .addColumn('quarter', 'text', (c) => c.primaryKey())
      .addColumn('last_value', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('subsidy_applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
      .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
      .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('applicant_name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('review_due_by', 'text', (c) => c.notNull())
      .addColumn('reject_reason', 'text')
      .addColumn('lines_json', 'text', (c) => c.notNull())
      .addColumn('total_fen', 'bigint', (c) => c.notNull())
      .addColumn('rules_version', 'text', (c) => c.notNull())
      .addColumn('account_kind', 'text', (c) => c.notNull())
      .addColumn('account_holder', 'text', (c) => c.notNull())
      .addColumn('account_holder_name', 'text', (c) => c.notNull())
      .addColumn('account_bank_name', 'text', (c) => c.notNull())
      // The full number only sealed; the last four in clear for every screen that shows the account.
      .addColumn('account_number_enc', 'text', (c) => c.notNull())
      .addColumn('account_last4', 'text', (c) => c.notNull())
      .addColumn('papers_enc', 'text')
      .addColumn('papers_file_id', 'text', (c) => c.references('files.id'))
      .addColumn('batch_id', 'text', (c) => c.references('payout_batches.id'))
      .addColumn('paid_on', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('subsidy_applications_family').on('subsidy_applications').column('family_id').execute();
    await db.schema.createIndex('subsidy_applications_child').on('subsidy_applications').columns(['child_id', 'submitted_at']).execute();
    // The reviewers' queue and the finance department's "approved, not in a batch".
    await db.schema.createIndex('subsidy_applications_status').on('subsidy_applications').columns(['status', 'submitted_at']).execute();
    await db.schema.createIndex('subsidy_applications_batch').on('subsidy_applications').column('batch_id').execute();
    await db.schema.createIndex('subsidy_applications_file').on('subsidy_applications').column('papers_file_id').execute();

    // One row per payment claimed by an application that is not rejected: the primary key makes
    // claiming one period of one rule twice impossible, even for two requests racing.
    await db.schema
      .createTable('subsidy_claims')
      .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('period_key', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull().references('subsidy_applications.id'))
      .addPrimaryKeyConstraint('subsidy_claims_pk', ['child_id', 'rule_id', 'period_key'])
      .execute();
    await db.schema.createIndex('subsidy_claims_application').on('subsidy_claims').column('application_id').execute();

    await db.schema
      .createTable('subsidy_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull().references('subsidy_applications.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('subsidy_events_application').on('subsidy_events').columns(['application_id', 'seq']).unique().execute();

    await db.schema
      .createTable('subsidy_sequences')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('last_value', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('hukou_moves')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
      .addColumn('moved_on', 'text', (c) => c.notNull())
      .addColumn('destination', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('hukou_moves_child').on('hukou_moves').columns(['child_id', 'moved_on']).execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of [
      'hukou_moves',
      'subsidy_sequences',
      'subsidy_events',
      'subsidy_claims',
      'subsidy_applications',
      'payout_batch_sequences',
      'payout_batches',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
