// The other parent named in a 出生一件事 application answers 这是我 / 这不是我 before they join the
// applicant's family, as the spouse of a 生育登记 does (issue 13/14: naming someone never takes them
// over). Cases filed before this migration joined a verified, familyless other parent at once: those
// who are in the case's family now count as confirmed; everyone else is asked when they next verify.
// Portable DDL only (SQLite and PostgreSQL).
import { sql, type Kysely, type Migration } from 'kysely';

export const birthOtherParentConsent: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('birth_cases')
      .addColumn('other_parent_consent', 'text', (c) => c.notNull().defaultTo('pending'))
      .execute();
    await db.schema.alterTable('birth_cases').addColumn('other_parent_answered_at', 'text').execute();
    await db
      .updateTable('birth_cases')
      .set({ other_parent_consent: 'confirmed' })
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('users')
            .select(sql`1`.as('one'))
            .whereRef('users.id_number_hash', '=', 'birth_cases.other_parent_id_hash')
            .whereRef('users.family_id', '=', 'birth_cases.family_id'),
        ),
      )
      .execute();
  },
};
