// Children as their own records (docs/decisions.md §5: a calendar per child), the doses clinics record for
// them, and the reminders already sent. Schema builder only, so it runs on SQLite and PostgreSQL.
//
// The backfill at the end gives every child the system already knew about a row, exactly as the live
// paths (cloud/handlers/children/) would have made it:
//   - one child per 出生一件事 case (its family, name, sex, birth date; the lookup hash of the ID
//     number the police issued, copied from birth_cases.child_id_hash). The encrypted number itself
//     needs the field key, which a migration does not have: `fillChildIdNumbers` (run by every start,
//     see cloud/handlers/children/idNumbers.ts) decrypts it from the hukou result and stores it.
//   - the children each 生育登记 lists that count as the family's own living children (relation
//     'this-marriage' or 'adopted', not deceased), one row per (family, name, birth date).
// The rule is written out here, frozen, on purpose: a shipped migration must not change when the live
// rule does.
import { randomUUID } from 'node:crypto';
import type { Kysely, Migration } from 'kysely';

interface ListedChild {
  name?: unknown;
  birthDate?: unknown;
  sex?: unknown;
  relation?: unknown;
  deceased?: unknown;
}

function ownLivingChildren(json: string): { name: string; birthDate: string; sex: 'M' | 'F' | null }[] {
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return (list as ListedChild[])
    .filter((c) => (c.relation === 'this-marriage' || c.relation === 'adopted') && c.deceased !== true)
    .filter((c) => typeof c.name === 'string' && c.name.trim() !== '' && typeof c.birthDate === 'string')
    .map((c) => ({
      name: (c.name as string).trim(),
      birthDate: c.birthDate as string,
      sex: c.sex === 'M' || c.sex === 'F' ? c.sex : null,
    }));
}

async function backfill(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  const cases = await db
    .selectFrom('birth_cases')
    .select(['id', 'family_id', 'child_name', 'child_sex', 'child_birth_date', 'child_id_hash', 'created_at', 'updated_at'])
    .orderBy('created_at')
    .orderBy('number')
    .execute();
  for (const c of cases) {
    await db
      .insertInto('children')
      .values({
        id: randomUUID(),
        family_id: c.family_id,
        name: c.child_name,
        sex: c.child_sex,
        birth_date: c.child_birth_date,
        id_number_enc: null,
        id_number_hash: c.child_id_hash,
        source: 'birth_case',
        birth_case_id: c.id,
        registration_id: null,
        created_at: c.created_at,
        updated_at: now,
      })
      .execute();
  }

  const registrations = await db
    .selectFrom('registrations')
    .select(['id', 'family_id', 'existing_children_json', 'created_at'])
    .orderBy('created_at')
    .orderBy('number')
    .execute();
  for (const r of registrations) {
    for (const child of ownLivingChildren(r.existing_children_json)) {
      const existing = await db
        .selectFrom('children')
        .select(['id', 'sex', 'registration_id'])
        .where('family_id', '=', r.family_id)
        .where('name', '=', child.name)
        .where('birth_date', '=', child.birthDate)
        .executeTakeFirst();
      if (existing) {
        if (existing.registration_id === null || existing.sex === null) {
          await db
            .updateTable('children')
            .set({ registration_id: existing.registration_id ?? r.id, sex: existing.sex ?? child.sex })
            .where('id', '=', existing.id)
            .execute();
        }
        continue;
      }
      await db
        .insertInto('children')
        .values({
          id: randomUUID(),
          family_id: r.family_id,
          name: child.name,
          sex: child.sex,
          birth_date: child.birthDate,
          id_number_enc: null,
          id_number_hash: null,
          source: 'registration',
          birth_case_id: null,
          registration_id: r.id,
          created_at: r.created_at,
          updated_at: now,
        })
        .execute();
    }
  }
}

export const childrenVaccines: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('children')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sex', 'text')
      .addColumn('birth_date', 'text', (c) => c.notNull())
      .addColumn('id_number_enc', 'text')
      .addColumn('id_number_hash', 'text', (c) => c.unique())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('birth_case_id', 'text', (c) => c.references('birth_cases.id'))
      .addColumn('registration_id', 'text', (c) => c.references('registrations.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('children_family').on('children').column('family_id').execute();
    // The clinic's search by name and birth date, county-wide.
    await db.schema.createIndex('children_birth_name').on('children').columns(['birth_date', 'name']).execute();
    // One row per child of a family (the dedupe key), and one per 出生一件事 case.
    await db.schema.createIndex('children_family_child').on('children').columns(['family_id', 'name', 'birth_date']).unique().execute();
    await db.schema.createIndex('children_birth_case').on('children').column('birth_case_id').unique().execute();
    await db.schema.createIndex('children_registration').on('children').column('registration_id').execute();

    await db.schema
      .createTable('vaccine_doses')
      .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
      .addColumn('dose_id', 'text', (c) => c.notNull())
      // Health data (docs/decisions.md §7): the date, product, batch and clinic as JSON, sealed with the field key.
      .addColumn('detail_enc', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('vaccine_doses_pk', ['child_id', 'dose_id'])
      .execute();

    await db.schema
      .createTable('reminders_sent')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reminders_sent_pk', ['user_id', 'item_key', 'due_date'])
      .execute();

    await backfill(db);

    // Until now every action's answer could be stored under an idempotency key, in clear (a
    // registration.editable answer holds clear ID numbers). From here on only the creating writes
    // store one, sealed. The old rows only ever served a retry within minutes: they go.
    await db.deleteFrom('idempotency_keys').execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['reminders_sent', 'vaccine_doses', 'children']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
