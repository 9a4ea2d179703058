// Real WeChat (issue 13): the shared access_token per app, session lifecycle, the person's unionid
// and phone, and the face-verification attempts. Portable DDL only (SQLite and PostgreSQL).
import type { Kysely, Migration } from 'kysely';

export const wechat: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    // One row per appid: the token every gateway uses (encrypted), when it expires, and a refresh
    // lease (refreshing_until) taken by a conditional update so only one gateway refreshes at a time.
    await db.schema
      .createTable('wechat_tokens')
      .addColumn('appid', 'text', (c) => c.primaryKey())
      .addColumn('access_token_enc', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('refreshing_until', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    // Sessions: an id an admin can name (the token hash stays private), when it was last used (idle
    // timeout) and when it was ended by sign-out or by an admin.
    await db.schema.alterTable('sessions').addColumn('id', 'text').execute();
    await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
    await db.schema.alterTable('sessions').addColumn('ended_at', 'text').execute();
    await db
      .updateTable('sessions')
      .set((eb: any) => ({ id: eb.ref('token_hash'), last_seen_at: eb.ref('created_at') }))
      .execute();
    await db.schema.createIndex('sessions_id').unique().on('sessions').column('id').execute();
    await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

    await db.schema.alterTable('users').addColumn('unionid', 'text').execute();
    await db.schema.alterTable('users').addColumn('phone_enc', 'text').execute();
    await db.schema.alterTable('users').addColumn('phone_verified_at', 'text').execute();
    await db.schema.createIndex('users_unionid').on('users').column('unionid').execute();

    // Real-name attempts: one row per start of a check, numbered per account and Shanghai day; the
    // unique (user_id, day, attempt_no) makes the daily cap hold under concurrent starts.
    await db.schema
      .createTable('identity_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('attempt_no', 'integer', (c) => c.notNull())
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('verify_id', 'text')
      .addColumn('name_enc', 'text', (c) => c.notNull())
      .addColumn('id_number_enc', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createIndex('identity_attempts_slot')
      .unique()
      .on('identity_attempts')
      .columns(['user_id', 'day', 'attempt_no'])
      .execute();
    await db.schema.createIndex('identity_attempts_verify').unique().on('identity_attempts').column('verify_id').execute();

    // CloudBase: clear copies of an upload handed out as a temporary URL (account.openUpload),
    // deleted by the retention job a few minutes later.
    await db.schema
      .createTable('cloud_file_shares')
      .addColumn('file_id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('cloud_file_shares').execute();
    await db.schema.dropTable('identity_attempts').execute();
    await db.schema.dropIndex('users_unionid').execute();
    await db.schema.alterTable('users').dropColumn('phone_verified_at').execute();
    await db.schema.alterTable('users').dropColumn('phone_enc').execute();
    await db.schema.alterTable('users').dropColumn('unionid').execute();
    await db.schema.dropIndex('sessions_expires').execute();
    await db.schema.dropIndex('sessions_id').execute();
    await db.schema.alterTable('sessions').dropColumn('ended_at').execute();
    await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
    await db.schema.alterTable('sessions').dropColumn('id').execute();
    await db.schema.dropTable('wechat_tokens').execute();
  },
};
