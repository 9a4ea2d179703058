// The first schema. Written with Kysely's schema builder only, so the same migration runs on
// SQLite (local, tests) and PostgreSQL (政务云, CloudBase). Never edit a migration that has shipped:
// add the next one.
import type { Kysely, Migration } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('families')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('openid', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('verified_name', 'text')
      .addColumn('id_number_enc', 'text')
      .addColumn('id_number_hash', 'text', (c) => c.unique())
      .addColumn('sex', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('verified_at', 'text')
      .addColumn('family_id', 'text', (c) => c.references('families.id'))
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('staff_roles')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('scope', 'text')
      .addColumn('granted_by', 'text')
      .addColumn('granted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('staff_roles_pk', ['user_id', 'role'])
      .execute();

    await db.schema
      .createTable('registrations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
      .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('township', 'text', (c) => c.notNull())
      .addColumn('marriage_date', 'text', (c) => c.notNull())
      .addColumn('child_order', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('cancel_reason', 'text')
      .addColumn('cancelled_at', 'text')
      .addColumn('applicant_name', 'text', (c) => c.notNull())
      .addColumn('applicant_id_enc', 'text', (c) => c.notNull())
      .addColumn('applicant_id_hash', 'text', (c) => c.notNull())
      .addColumn('applicant_sex', 'text', (c) => c.notNull())
      .addColumn('applicant_ethnicity', 'text', (c) => c.notNull())
      .addColumn('applicant_phone_enc', 'text', (c) => c.notNull())
      .addColumn('applicant_hukou_township', 'text', (c) => c.notNull())
      .addColumn('applicant_hukou_address', 'text', (c) => c.notNull())
      .addColumn('spouse_name', 'text', (c) => c.notNull())
      .addColumn('spouse_id_enc', 'text', (c) => c.notNull())
      .addColumn('spouse_id_hash', 'text', (c) => c.notNull())
      .addColumn('spouse_sex', 'text', (c) => c.notNull())
      .addColumn('spouse_ethnicity', 'text', (c) => c.notNull())
      .addColumn('spouse_phone_enc', 'text', (c) => c.notNull())
      .addColumn('spouse_hukou_township', 'text', (c) => c.notNull())
      .addColumn('spouse_hukou_address', 'text', (c) => c.notNull())
      .addColumn('existing_children_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('registrations_township_created').on('registrations').columns(['township', 'created_at']).execute();
    await db.schema.createIndex('registrations_created').on('registrations').column('created_at').execute();
    await db.schema.createIndex('registrations_applicant').on('registrations').column('applicant_user_id').execute();
    await db.schema.createIndex('registrations_applicant_id_hash').on('registrations').column('applicant_id_hash').execute();
    await db.schema.createIndex('registrations_spouse_id_hash').on('registrations').column('spouse_id_hash').execute();
    await db.schema.createIndex('registrations_family').on('registrations').column('family_id').execute();

    await db.schema
      .createTable('registration_sequences')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('last_value', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('registration_corrections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by_role', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('fields_json', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .execute();
    await db.schema
      .createIndex('registration_corrections_registration')
      .on('registration_corrections')
      .columns(['registration_id', 'at'])
      .execute();

    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('family_id', 'text', (c) => c.references('families.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_text', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('cases_user_updated').on('cases').columns(['user_id', 'updated_at']).execute();
    await db.schema.createIndex('cases_family').on('cases').column('family_id').execute();
    await db.schema.createIndex('cases_ref').on('cases').columns(['kind', 'ref_id']).execute();

    await db.schema
      .createTable('inbox_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute();
    await db.schema.createIndex('inbox_messages_user_created').on('inbox_messages').columns(['user_id', 'created_at']).execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text', (c) => c.notNull())
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('detail_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id']).execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('fn', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('result_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('idempotency_keys_user_key', ['user_id', 'key'])
      .execute();

    await db.schema
      .createTable('townships')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('lat', 'double precision', (c) => c.notNull())
      .addColumn('lng', 'double precision', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of [
      'townships',
      'idempotency_keys',
      'audit_log',
      'inbox_messages',
      'cases',
      'registration_corrections',
      'registration_sequences',
      'registrations',
      'staff_roles',
      'sessions',
      'users',
      'families',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
