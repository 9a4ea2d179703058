import { Migrator, sql } from 'kysely';
import { migrate } from '../../cloud/db/migrate';
import { migrations } from '../../cloud/db/migrations';
import { fillChildIdNumbers } from '../../cloud/handlers/children/idNumbers';
import { seedDemo } from '../../scripts/seed';
import { NOW, testCrypto } from './harness';
import { createTestDatabase } from '../support/testDatabase';

test('migrations are idempotent; the seed too', async () => {
  const database = await createTestDatabase();
  try {
    const db = database.connect();
    expect(await migrate(db)).toEqual(Object.keys(migrations));
    expect(await migrate(db)).toEqual([]);
    const crypto = testCrypto();
    const clock = { now: () => NOW };
    const first = await seedDemo(db, clock, { crypto });
    // 30 samples, 2 demo parents and the 4 subsidy families (each with a completed 出生一件事).
    expect(first.registrations).toBe(36);
    expect(first.birthCases).toBe(9);
    expect(first.doses).toBe(5);
    expect(first.subsidyApplications).toBe(3);
    // The demo subsidy child's checks up to 12 months, but the 6-month one (scripts/seed/childHealth.ts).
    expect(first.childHealthChecks).toBe(5);
    const children = await db
      .selectFrom('children')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const second = await seedDemo(db, clock, { crypto });
    expect(second.registrations).toBe(0);
    expect(second.birthCases).toBe(0);
    expect(second.doses).toBe(0);
    expect(second.subsidyApplications).toBe(0);
    expect(second.childHealthChecks).toBe(0);
    const childrenAgain = await db
      .selectFrom('children')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(childrenAgain.n)).toBe(Number(children.n));
    const { n } = await db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(36);
    const cases = await db.selectFrom('birth_cases').select(['status']).orderBy('created_at').execute();
    expect(cases.map((c) => c.status).sort()).toEqual([
      'completed',
      'completed',
      'completed',
      'completed',
      'completed',
      'in_progress',
      'in_progress',
      'in_progress',
      'needs_fix',
    ]);
    const townships = await db.selectFrom('townships').selectAll().execute();
    expect(townships).toHaveLength(16);
    await db.destroy();

    // A second process opening the same database finds it current.
    const again = database.connect();
    expect(await migrate(again)).toEqual([]);
    if (database.engine === 'sqlite') {
      const pragma = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(again);
      expect(pragma.rows[0]!.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(again);
      expect(fk.rows[0]!.foreign_keys).toBe(1);
    }
    await again.destroy();
  } finally {
    await database.drop();
  }
});

// 0003 on a database that already holds registrations and cases: the backfill makes exactly the
// children the live paths made for the same data (and the start-up fill adds the encrypted ID numbers).
test('0003 backfills children for existing registrations and cases, as the live paths would', async () => {
  const crypto = testCrypto();
  const clock = { now: () => NOW };
  const liveDatabase = await createTestDatabase();
  const oldDatabase = await createTestDatabase();
  const live = liveDatabase.connect();
  const old = oldDatabase.connect();
  try {
    await migrate(live);
    await seedDemo(live, clock, { crypto });

    // The old database stops at 0002 and holds the same rows the live one has in the 0001/0002 tables.
    const upTo0002 = new Migrator({
      db: old,
      provider: {
        getMigrations: async () => ({ '0001_initial': migrations['0001_initial']!, '0002_birth_bundle': migrations['0002_birth_bundle']! }),
      },
    });
    expect((await upTo0002.migrateToLatest()).error).toBeUndefined();
    for (const table of ['families', 'users', 'registrations', 'birth_cases', 'bundle_steps'] as const) {
      const rows = await live.selectFrom(table).selectAll().execute();
      // Columns added after 0002 (0008: spouse consent; 0009: unionid, phone; 0014: step fix; 0018: other parent consent) are not in the old tables.
      const LATER = new Set([
        'unionid',
        'phone_enc',
        'phone_verified_at',
        'spouse_consent',
        'spouse_answered_at',
        'reject_fields',
        'rejected_data_enc',
        'other_parent_consent',
        'other_parent_answered_at',
      ]);
      for (const row of rows) {
        const oldRow = Object.fromEntries(Object.entries(row).filter(([k]) => !LATER.has(k)));
        await old
          .insertInto(table)
          .values(oldRow as never)
          .execute();
      }
    }
    expect(await migrate(old)).toEqual(Object.keys(migrations).slice(2));

    const shape = async (db: typeof live) =>
      (
        await db
          .selectFrom('children')
          .select(['family_id', 'name', 'sex', 'birth_date', 'source', 'birth_case_id', 'registration_id', 'id_number_hash'])
          .orderBy('family_id')
          .orderBy('name')
          .execute()
      ).map((r) => JSON.stringify(r));
    const expected = await shape(live);
    expect(expected.length).toBeGreaterThan(30);
    expect(await shape(old)).toEqual(expected);

    // Two sample cases and the four subsidy families' cases have their hukou done: the backfill copied
    // the hash; the fill adds the number.
    const missing = await old
      .selectFrom('children')
      .select('id')
      .where('id_number_hash', 'is not', null)
      .where('id_number_enc', 'is', null)
      .execute();
    expect(missing).toHaveLength(6);
    expect(await fillChildIdNumbers(old, crypto)).toBe(6);
    expect(await fillChildIdNumbers(old, crypto)).toBe(0);
    const numbers = async (db: typeof live) =>
      (
        await db.selectFrom('children').select(['name', 'id_number_enc']).where('id_number_enc', 'is not', null).orderBy('name').execute()
      ).map((r) => [r.name, crypto.decrypt(r.id_number_enc!)]);
    expect(await numbers(old)).toEqual(await numbers(live));
  } finally {
    await live.destroy();
    await old.destroy();
    await liveDatabase.drop();
    await oldDatabase.drop();
  }
});
