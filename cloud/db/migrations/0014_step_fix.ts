// A returned step says what to fix (issue 15): the fields the clerk named, and what the department
// saw when it returned the step (encrypted, it holds ID numbers), so the clerk who gets the step back
// sees what the parent changed. Portable DDL only (SQLite and PostgreSQL).
import type { Kysely, Migration } from 'kysely';

export const stepFix: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('bundle_steps').addColumn('reject_fields', 'text').execute();
    await db.schema.alterTable('bundle_steps').addColumn('rejected_data_enc', 'text').execute();
  },
};
