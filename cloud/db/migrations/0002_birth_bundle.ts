// 出生一件事: the case, its five steps and their timeline, and uploaded files. Schema builder only,
// so it runs on SQLite and PostgreSQL alike.
import type { Kysely, Migration } from 'kysely';

export const birthBundle: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('birth_cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
      .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('registration_id', 'text', (c) => c.references('registrations.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('child_name', 'text', (c) => c.notNull())
      .addColumn('child_sex', 'text', (c) => c.notNull())
      .addColumn('child_birth_date', 'text', (c) => c.notNull())
      .addColumn('child_birth_time', 'text', (c) => c.notNull())
      .addColumn('hospital_id', 'text', (c) => c.notNull())
      .addColumn('application_json_enc', 'text', (c) => c.notNull())
      .addColumn('applicant_id_hash', 'text', (c) => c.notNull())
      .addColumn('other_parent_id_hash', 'text', (c) => c.notNull())
      .addColumn('child_id_hash', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('birth_cases_applicant').on('birth_cases').column('applicant_user_id').execute();
    await db.schema.createIndex('birth_cases_family').on('birth_cases').column('family_id').execute();
    await db.schema.createIndex('birth_cases_other_parent').on('birth_cases').column('other_parent_id_hash').execute();
    // One case per child of a family, and one per child ID number (NULL until the police issue it; both
    // engines let NULLs repeat in a unique index). The handlers check first; these catch a race.
    await db.schema
      .createIndex('birth_cases_family_child')
      .on('birth_cases')
      .columns(['family_id', 'child_name', 'child_birth_date'])
      .unique()
      .execute();
    await db.schema.createIndex('birth_cases_child_id').on('birth_cases').column('child_id_hash').unique().execute();
    await db.schema.createIndex('birth_cases_created').on('birth_cases').column('created_at').execute();

    await db.schema
      .createTable('birth_case_sequences')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('last_value', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('bundle_steps')
      .addColumn('case_id', 'text', (c) => c.notNull().references('birth_cases.id'))
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('since', 'text', (c) => c.notNull())
      .addColumn('result_json_enc', 'text')
      .addColumn('reject_reason', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('bundle_steps_pk', ['case_id', 'step'])
      .execute();
    // The department queues: one step, its open statuses, oldest first.
    await db.schema.createIndex('bundle_steps_queue').on('bundle_steps').columns(['step', 'status', 'since']).execute();

    await db.schema
      .createTable('bundle_step_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('birth_cases.id'))
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('by', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('bundle_step_events_case').on('bundle_step_events').columns(['case_id', 'seq']).execute();

    await db.schema
      .createTable('files')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('storage_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('files_owner').on('files').column('owner_user_id').execute();

    await db.schema
      .createTable('birth_case_files')
      .addColumn('case_id', 'text', (c) => c.notNull().references('birth_cases.id'))
      .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
      .addPrimaryKeyConstraint('birth_case_files_pk', ['case_id', 'file_id'])
      .execute();
    await db.schema.createIndex('birth_case_files_file').on('birth_case_files').column('file_id').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['birth_case_files', 'files', 'bundle_step_events', 'bundle_steps', 'birth_case_sequences', 'birth_cases']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
