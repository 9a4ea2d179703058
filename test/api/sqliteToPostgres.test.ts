// Moving a county from SQLite to PostgreSQL (issue 12, item 7): a seeded SQLite harness database is
// copied by scripts/sqliteToPostgres.ts into a fresh PostgreSQL database, and the two are compared
// table by table, row by row.
import { sql, type Kysely } from 'kysely';
import { applicationTables } from '../../cloud/db/engine';
import { DEMO_PEOPLE } from '../../scripts/seed';
import { checkIntegrity, rowCounts } from '../../scripts/database/inspect';
import { sqliteToPostgres } from '../../scripts/sqliteToPostgres';
import { createTestDatabase, testEngine, type TestDatabase, withDb } from '../support/testDatabase';
import { createHarness, testCrypto, type Harness } from './harness';

// The copy needs a PostgreSQL server to copy into. The api project runs twice — on SQLite alone
// (`npm run test:api`, no server there) and under the throwaway cluster (`npm run test:postgres`,
// TEST_POSTGRES_URL set) — so these tests run in the PostgreSQL run only and are skipped on the
// SQLite run, where there is nothing to copy into.
const onPostgres = testEngine === 'postgres' ? test : test.skip;

let h: Harness | undefined;
const targets: TestDatabase[] = [];

async function emptyPostgres(): Promise<TestDatabase> {
  const target = await createTestDatabase(undefined, 'postgres');
  targets.push(target);
  return target;
}

/** Every row of a table, in a stable order independent of the engine. */
async function tableRows(db: Kysely<any>, table: string): Promise<string[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
  return rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b))))).sort();
}

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  // The source is SQLite even in the PostgreSQL run.
  h = await createHarness({ engine: 'sqlite' });
  const { token } = await h.login('parent');
  await h.ok(token, 'account', 'me');
});

afterAll(async () => {
  for (const t of targets) await t.drop();
  await h?.close();
});

describe('SQLite → PostgreSQL', () => {
  onPostgres('every table is copied: the same rows, foreign keys holding, sealed values opening with the same keys', async () => {
    const source = h!;
    expect(source.database.engine).toBe('sqlite');
    const target = await emptyPostgres();
    const logged: string[] = [];
    const report = await sqliteToPostgres({
      from: source.file,
      to: target.location,
      crypto: source.crypto,
      batchSize: 7,
      log: (l) => logged.push(l),
    });

    const tables = await applicationTables(source.db);
    expect(report.tables.map((t) => t.table).sort()).toEqual(tables);
    // Parents before children: users before sessions, birth_cases before bundle_steps.
    const at = (t: string) => report.tables.findIndex((x) => x.table === t);
    expect(at('users')).toBeLessThan(at('sessions'));
    expect(at('families')).toBeLessThan(at('users'));
    expect(at('birth_cases')).toBeLessThan(at('bundle_steps'));
    expect(at('children')).toBeLessThan(at('vaccine_doses'));
    expect(report.decrypted).toBeGreaterThan(50);
    expect(report.hashesMatched).toBeGreaterThan(10);
    expect(logged).toHaveLength(tables.length);

    const counts = await rowCounts(source.db);
    expect(Object.values(counts).filter((n) => n > 7).length).toBeGreaterThan(5); // several tables took more than one batch
    await withDb(target, async (db) => {
      expect(await rowCounts(db)).toEqual(counts);
      expect(await checkIntegrity(db)).toEqual([]);
      for (const table of tables)
        expect({ table, rows: await tableRows(db, table) }).toEqual({ table, rows: await tableRows(source.db, table) });
      for (const person of Object.values(DEMO_PEOPLE)) {
        const row = await db
          .selectFrom('users')
          .select(['id_number_enc', 'id_number_hash'])
          .where('openid', '=', person.openid)
          .executeTakeFirstOrThrow();
        expect(source.crypto.decrypt(row.id_number_enc!)).toBe(person.idNumber);
        expect(row.id_number_hash).toBe(source.crypto.hash(person.idNumber));
      }
    });
  });

  onPostgres('a target that holds data is refused', async () => {
    const target = await emptyPostgres();
    await sqliteToPostgres({ from: h!.file, to: target.location, crypto: h!.crypto });
    await expect(sqliteToPostgres({ from: h!.file, to: target.location, crypto: h!.crypto })).rejects.toThrow(/不是空的/);
  });

  onPostgres('keys that do not open the data roll the whole copy back', async () => {
    const target = await emptyPostgres();
    await expect(sqliteToPostgres({ from: h!.file, to: target.location, crypto: testCrypto() })).rejects.toThrow(/回滚/);
    await withDb(target, async (db) => {
      const counts = await rowCounts(db);
      // Migrated, and empty but for what the migrations write themselves.
      expect(counts.users).toBe(0);
      expect(counts.audit_log).toBe(0);
      expect(Object.entries(counts).filter(([t, n]) => n > 0 && t !== 'nursery_index_state')).toEqual([]);
    });
    // …and the same target then takes the copy with the right keys.
    const report = await sqliteToPostgres({ from: h!.file, to: target.location, crypto: h!.crypto });
    expect(report.rows).toBe(Object.values(await rowCounts(h!.db)).reduce((a, b) => a + b, 0));
  });
});
