// 母婴健康, the pregnancy (issue 16a): a mother's pregnancy with its dating, 建册 and delivery; the
// checks of the calendar the hospital / health centre records; and each 妊娠风险评估. Portable DDL
// only (SQLite and PostgreSQL).
//
// What a queue or an indicator counts is in clear (dates, check ids, the colours, the facility); what
// was found at a check and the assessment's notes are health data, sealed with the field key.
import type { Kysely, Migration } from 'kysely';

export const pregnancies: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('pregnancies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
      // The mother: a verified user when she is one, else as her 生育登记 names her.
      .addColumn('mother_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('mother_name', 'text', (c) => c.notNull())
      .addColumn('mother_birth_date', 'text')
      .addColumn('mother_id_enc', 'text')
      .addColumn('mother_id_hash', 'text', (c) => c.notNull())
      .addColumn('registration_id', 'text', (c) => c.references('registrations.id'))
      .addColumn('township', 'text')
      // 'lmp' | 'ultrasound' | 'due_date' (the 生育登记's 预产期), and what it was computed from.
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('lmp', 'text')
      .addColumn('scan_date', 'text')
      .addColumn('scan_weeks', 'integer')
      .addColumn('scan_days', 'integer')
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      // 建册: set by the record of the first check (prenatal-1).
      .addColumn('booked_on', 'text')
      .addColumn('booked_facility', 'text')
      .addColumn('outcome', 'text')
      .addColumn('delivery_date', 'text')
      .addColumn('discharge_date', 'text')
      // The mother's ID-number hash while this pregnancy is her open one, else null: one open
      // pregnancy per mother, however many requests race to start one.
      .addColumn('open_key', 'text', (c) => c.unique())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('pregnancies_family').on('pregnancies').column('family_id').execute();
    await db.schema.createIndex('pregnancies_mother_name').on('pregnancies').columns(['mother_birth_date', 'mother_name']).execute();
    await db.schema.createIndex('pregnancies_mother_hash').on('pregnancies').column('mother_id_hash').execute();
    await db.schema.createIndex('pregnancies_delivery').on('pregnancies').column('delivery_date').execute();

    await db.schema
      .createTable('pregnancy_checks')
      .addColumn('pregnancy_id', 'text', (c) => c.notNull().references('pregnancies.id'))
      // A check of the calendar: 'prenatal-1' … 'postnatal-42d', 'guide-1' … (domain/maternal/prenatalChecks.ts).
      .addColumn('check_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      // 孕周 on the day, in days (null for the postnatal checks).
      .addColumn('gestation_days', 'integer')
      .addColumn('facility', 'text', (c) => c.notNull())
      .addColumn('detail_enc', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pregnancy_checks_pk', ['pregnancy_id', 'check_id'])
      .execute();

    await db.schema
      .createTable('pregnancy_risk_assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('pregnancy_id', 'text', (c) => c.notNull().references('pregnancies.id'))
      // Comma-separated colours: 'yellow', 'red,purple'.
      .addColumn('colours', 'text', (c) => c.notNull())
      .addColumn('assessed_on', 'text', (c) => c.notNull())
      .addColumn('facility', 'text', (c) => c.notNull())
      .addColumn('next_follow_up', 'text')
      .addColumn('notes_enc', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    // One assessment per pregnancy per day: a retry or a colleague's second entry is a CONFLICT.
    await db.schema
      .createIndex('pregnancy_risk_day')
      .on('pregnancy_risk_assessments')
      .columns(['pregnancy_id', 'assessed_on'])
      .unique()
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['pregnancy_risk_assessments', 'pregnancy_checks', 'pregnancies']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
