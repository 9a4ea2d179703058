// Abuse resistance (issue 14): the shared counters behind the sensitive rate limits, upload quotas
// and the cap on audited refusals; and the spouse's answer on a 生育登记 (naming someone as spouse
// no longer moves them into the family until they confirm).
import type { Kysely, Migration } from 'kysely';

export const abuseResistance: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('rate_counters')
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('window_start', 'text', (c) => c.notNull())
      // bigint: the byte quota adds a file's size per hit.
      .addColumn('n', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_counters_pk', ['bucket', 'window_start'])
      .execute();
    await db.schema.createIndex('rate_counters_expires').on('rate_counters').column('expires_at').execute();

    // Registrations filed before this answer nothing: their spouses joined under the old rule.
    await db.schema
      .alterTable('registrations')
      .addColumn('spouse_consent', 'text', (c) => c.notNull().defaultTo('confirmed'))
      .execute();
    await db.schema.alterTable('registrations').addColumn('spouse_answered_at', 'text').execute();
    await db.schema.createIndex('registrations_spouse_consent').on('registrations').columns(['spouse_id_hash', 'spouse_consent']).execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('registrations_spouse_consent').execute();
    await db.schema.alterTable('registrations').dropColumn('spouse_answered_at').execute();
    await db.schema.alterTable('registrations').dropColumn('spouse_consent').execute();
    await db.schema.dropTable('rate_counters').execute();
  },
};
