// 人口监测 (seed 二(一)5): one row per birth, so the health bureau's figures count births without
// opening anything encrypted. No names, no ID numbers: date, township, sex, 孩次 and 民族 only.
// Written by the live paths (生育登记 submit/correct/cancel, 出生一件事 submit/resubmit) in their own
// transaction; existing records are filled at start by `fillBirthFacts`
// (cloud/handlers/dashboard/birthFacts.ts), because a case's township and 民族 sit in its encrypted
// application and a migration has no key.
//
// Beside it the two count tables every load reads (birth_counts, step_durations), and the indexes
// the dashboard's other queries need: rejections in a period, subsidy applications by submission and
// payment day.
import type { Kysely, Migration } from 'kysely';

export const birthFacts: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('birth_facts')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('birth_date', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('township', 'text', (c) => c.notNull())
      .addColumn('sex', 'text')
      .addColumn('birth_order', 'integer')
      .addColumn('ethnicity', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('birth_facts_pk', ['source', 'source_id'])
      .execute();
    // What the dashboard reads: the facts counted per month and township along each dimension
    // ('total' '', 'sex' M/F/unknown, 'order' 1/2/3+/unknown, 'ethnicity' code/unknown), kept in step
    // with birth_facts by the same writes. A year of a province is a few thousand rows here instead
    // of 400 000 facts to count on every load.
    await db.schema
      .createTable('birth_counts')
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('township', 'text', (c) => c.notNull())
      .addColumn('dimension', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('birth_counts_pk', ['month', 'township', 'dimension', 'value'])
      .execute();
    await db.schema.createIndex('birth_counts_township').on('birth_counts').columns(['township', 'month']).execute();

    // 出生一件事 steps done, per month done, township of the birth, step and whole days taken: written
    // when a step is done (cloud/handlers/dashboard/stepDurations.ts). Medians and percentiles are
    // read off these counts.
    await db.schema
      .createTable('step_durations')
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('township', 'text', (c) => c.notNull())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('days', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('step_durations_pk', ['month', 'township', 'step', 'days'])
      .execute();
    await db.schema.createIndex('step_durations_township').on('step_durations').columns(['township', 'month']).execute();

    // Rejections in a period, by step, with their reasons.
    await db.schema
      .createIndex('bundle_step_events_status_at')
      .on('bundle_step_events')
      .columns(['status', 'at', 'step', 'case_id'])
      .execute();
    await db.schema.createIndex('subsidy_applications_submitted').on('subsidy_applications').column('submitted_at').execute();
    await db.schema.createIndex('subsidy_applications_paid').on('subsidy_applications').column('paid_on').execute();

    // Subsidy figures as counts (the same idea as birth_counts): payment lines per month, township,
    // rule and measure ('claimed:<status>' by submission month; 'paid' by payout month, with the
    // amount), kept in step by cloud/db/repos/subsidies.ts. Each application remembers the township it
    // was counted under, so a later status change moves the same cells; existing applications are
    // counted at start (fillSubsidyCounts), once their births have facts.
    await db.schema.alterTable('subsidy_applications').addColumn('monitor_township', 'text').execute();
    await db.schema
      .createTable('subsidy_counts')
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('township', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('rule_name', 'text', (c) => c.notNull())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('lines', 'integer', (c) => c.notNull())
      .addColumn('fen', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('subsidy_counts_pk', ['month', 'township', 'rule_id', 'measure'])
      .execute();
    await db.schema.createIndex('subsidy_counts_township').on('subsidy_counts').columns(['township', 'month']).execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const index of ['subsidy_applications_paid', 'subsidy_applications_submitted', 'bundle_step_events_status_at']) {
      await db.schema.dropIndex(index).ifExists().execute();
    }
    await db.schema.alterTable('subsidy_applications').dropColumn('monitor_township').execute();
    for (const table of ['subsidy_counts', 'step_durations', 'birth_counts', 'birth_facts'])
      await db.schema.dropTable(table).ifExists().execute();
  },
};
