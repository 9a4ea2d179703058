// What several gateways on one PostgreSQL need beyond the per-request transaction:
// - issued_numbers: every document number a department returns (出生医学证明, 预防接种证, 医保参保,
//   社会保障卡) by its keyed hash, once — a number typed twice, or two clerks racing with one number,
//   is refused by the primary key whatever the engine;
// - job_leases: the hourly jobs (reminders, retention) run on one gateway at a time; the lease row
//   says which and until when, so a gateway that died frees it by its expiry.
import type { Kysely, Migration } from 'kysely';

export const sharedGateways: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('issued_numbers')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('number_hash', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull().references('birth_cases.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('issued_numbers_pk', ['kind', 'number_hash'])
      .execute();
    await db.schema
      .createTable('job_leases')
      .addColumn('job', 'text', (c) => c.primaryKey())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('until', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('job_leases').execute();
    await db.schema.dropTable('issued_numbers').execute();
  },
};
