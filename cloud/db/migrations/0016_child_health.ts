// 母婴健康, the child's side (issue 16): the health checks the township health centre records (one row
// per child and check of the national schedule) and the newborn screening results the birth hospital
// records (one row per child, screening and round). What a check measured and found is health data,
// sealed with the field key (detail_enc); the check's date and facility stay in clear for the calendar,
// the staff queue and the bureau's indicators, and so do the growth flags' kinds (the queue lists
// flagged children without opening every record). Portable DDL only (SQLite and PostgreSQL).
import type { Kysely, Migration } from 'kysely';

export const childHealth: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('child_health_checks')
      .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
      .addColumn('check_id', 'text', (c) => c.notNull())
      .addColumn('check_date', 'text', (c) => c.notNull())
      .addColumn('facility', 'text', (c) => c.notNull())
      // Measurements, feeding, development screening and referral as JSON (CheckDetail), sealed.
      .addColumn('detail_enc', 'text', (c) => c.notNull())
      // The growth flag kinds this check raised, comma-separated ('' when none).
      .addColumn('growth_flags', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('child_health_checks_pk', ['child_id', 'check_id'])
      .execute();
    await db.schema.createIndex('child_health_checks_flags').on('child_health_checks').columns(['growth_flags', 'child_id']).execute();

    await db.schema
      .createTable('newborn_screenings')
      .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('round', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('screened_on', 'text', (c) => c.notNull())
      .addColumn('facility', 'text', (c) => c.notNull())
      .addColumn('recheck_where', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('newborn_screenings_pk', ['child_id', 'kind', 'round'])
      .execute();
    await db.schema.createIndex('newborn_screenings_result').on('newborn_screenings').columns(['result', 'child_id']).execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('newborn_screenings').ifExists().execute();
    await db.schema.dropTable('child_health_checks').ifExists().execute();
  },
};
