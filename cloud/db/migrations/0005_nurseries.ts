// 托育 (docs/decisions.md §4): institutions and their classes, inspections and visit slots; parents' visit
// bookings and place applications; and the generation stamp that tells every process when its
// in-memory search index is stale. Schema builder only, so it runs on SQLite and PostgreSQL.
// (0004 belongs to the subsidy branch.)
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';

export const nurseries: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('nursery_institutions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('filing_number', 'text', (c) => c.notNull().unique())
      .addColumn('filing_status', 'text', (c) => c.notNull())
      .addColumn('status_reason', 'text')
      .addColumn('ownership', 'text', (c) => c.notNull())
      .addColumn('demonstration', 'integer', (c) => c.notNull())
      .addColumn('kindergarten_class', 'integer', (c) => c.notNull())
      .addColumn('township', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('lat', 'double precision', (c) => c.notNull())
      .addColumn('lng', 'double precision', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('hours', 'text', (c) => c.notNull())
      .addColumn('care_types_json', 'text', (c) => c.notNull())
      .addColumn('meals_monthly_fen', 'integer', (c) => c.notNull())
      .addColumn('other_fees_json', 'text', (c) => c.notNull())
      .addColumn('caregivers', 'integer', (c) => c.notNull())
      .addColumn('grade', 'text')
      .addColumn('photos_json', 'text', (c) => c.notNull())
      .addColumn('sample', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('nursery_institutions_status_township')
      .on('nursery_institutions')
      .columns(['filing_status', 'township'])
      .execute();

    await db.schema
      .createTable('nursery_classes')
      .addColumn('institution_id', 'text', (c) => c.notNull().references('nursery_institutions.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('enrolled', 'integer', (c) => c.notNull())
      .addColumn('care_fee_monthly_fen', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('nursery_classes_pk', ['institution_id', 'position'])
      .execute();

    await db.schema
      .createTable('nursery_inspections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('institution_id', 'text', (c) => c.notNull().references('nursery_institutions.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('nursery_inspections_institution').on('nursery_inspections').columns(['institution_id', 'date']).execute();

    await db.schema
      .createTable('nursery_visit_slots')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('institution_id', 'text', (c) => c.notNull().references('nursery_institutions.id'))
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('duration_min', 'integer', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('booked', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('nursery_visit_slots_institution').on('nursery_visit_slots').columns(['institution_id', 'start']).execute();

    await db.schema
      .createTable('nursery_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('institution_id', 'text', (c) => c.notNull().references('nursery_institutions.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('family_id', 'text', (c) => c.references('families.id'))
      .addColumn('parent_name', 'text', (c) => c.notNull())
      .addColumn('contact_phone_enc', 'text')
      // A slot may be removed later (once nobody holds it): its time is copied here.
      .addColumn('slot_id', 'text')
      .addColumn('slot_start', 'text')
      .addColumn('slot_duration_min', 'integer')
      .addColumn('visitors', 'integer')
      .addColumn('class_kind', 'text')
      .addColumn('care_type', 'text')
      .addColumn('start_month', 'text')
      .addColumn('child_id', 'text', (c) => c.references('children.id'))
      .addColumn('note', 'text')
      .addColumn('answer', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('nursery_requests_institution')
      .on('nursery_requests')
      .columns(['institution_id', 'status', 'created_at'])
      .execute();
    await db.schema.createIndex('nursery_requests_user').on('nursery_requests').column('user_id').execute();
    await db.schema.createIndex('nursery_requests_family').on('nursery_requests').column('family_id').execute();
    // One live booking of a slot per parent: a second one (double tap on another device) is refused.
    await db.schema
      .createIndex('nursery_requests_slot_user')
      .on('nursery_requests')
      .columns(['slot_id', 'user_id'])
      .unique()
      .where(sql.ref('status'), 'in', [sql.lit('submitted'), sql.lit('accepted')])
      .execute();

    await db.schema
      .createTable('nursery_request_sequences')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('last_value', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('nursery_index_state')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('generation', 'text', (c) => c.notNull())
      .execute();
    await db.insertInto('nursery_index_state').values({ id: 1, generation: randomUUID() }).execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of [
      'nursery_index_state',
      'nursery_request_sequences',
      'nursery_requests',
      'nursery_visit_slots',
      'nursery_inspections',
      'nursery_classes',
      'nursery_institutions',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
