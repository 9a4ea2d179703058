// The restore drill (issue 12, item 6), on the run's engine: SQLite by default, PostgreSQL under
// `npm run test:postgres`. A seeded database is backed up with scripts/backup.ts, restored with
// scripts/restore.ts into an empty database, and the copy must be sound, complete and still sealed.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { applicationTables } from '../../cloud/db/engine';
import { backupDatabase, manifestPath, type BackupManifest, type DatabaseLocation } from '../../scripts/backup';
import { checkIntegrity, foreignKeys, indexNames, rowCounts, sampleEncrypted } from '../../scripts/database/inspect';
import { restoreDatabase } from '../../scripts/restore';
import { DEMO_PEOPLE } from '../../scripts/seed';
import { createTestDatabase, testEngine, type TestDatabase, withDb } from '../support/testDatabase';
import { createHarness, testCrypto, type Harness } from './harness';

function locationOf(database: TestDatabase): DatabaseLocation {
  return database.engine === 'postgres' ? { engine: 'postgres', url: database.location } : { engine: 'sqlite', file: database.location };
}

let h: Harness;
let dir: string;
const targets: TestDatabase[] = [];

async function emptyTarget(): Promise<TestDatabase> {
  const target = await createTestDatabase(dir);
  targets.push(target);
  return target;
}

beforeAll(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), 'yingjiang-backup-'));
  // A little live traffic on top of the seed: sessions, a verified new user.
  await h.login();
  const { token } = await h.login('parent');
  await h.ok(token, 'account', 'me');
});

afterAll(async () => {
  for (const t of targets) await t.drop();
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore (${testEngine})`, () => {
  let out: string;
  let manifest: BackupManifest;
  let target: TestDatabase;
  const timings: Record<string, number> = {};

  test('a backup of the seeded database restores into an empty database, sound and complete', async () => {
    out = join(dir, testEngine === 'postgres' ? 'county.dump' : 'county.sqlite');
    let started = Date.now();
    // Uncompressed, so that the scan for clear ID numbers below reads the rows as they are stored.
    manifest = await backupDatabase(locationOf(h.database), out, { compress: 0 });
    timings.backupMs = Date.now() - started;
    expect(manifest.engine).toBe(testEngine);
    expect(JSON.parse(readFileSync(manifestPath(out), 'utf8'))).toEqual(manifest);

    target = await emptyTarget();
    started = Date.now();
    const report = await restoreDatabase(out, locationOf(target));
    timings.restoreMs = Date.now() - started;
    expect(report.problems).toEqual([]);

    const source = await rowCounts(h.db);
    const seeded = Object.entries(source).filter(([, n]) => n > 0);
    expect(seeded.length).toBeGreaterThan(15);
    expect(manifest.counts).toEqual(source);

    await withDb(target, async (db) => {
      // Integrity: SQLite's own check; on PostgreSQL every foreign key is in place, validated and holds.
      if (testEngine === 'sqlite') {
        const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
        expect(rows).toEqual([{ integrity_check: 'ok' }]);
      } else {
        const { rows } = await sql<{ n: number }>`select count(*) as n from pg_constraint where contype = 'f' and not convalidated`.execute(
          db,
        );
        expect(rows[0]!.n).toBe(0);
      }
      expect(await checkIntegrity(db)).toEqual([]);
      // The same schema: tables, foreign keys, indexes, migrations.
      expect(await applicationTables(db)).toEqual(await applicationTables(h.db));
      expect((await foreignKeys(db)).length).toBe((await foreignKeys(h.db)).length);
      expect(await indexNames(db)).toEqual(await indexNames(h.db));
      const migrations = async (k: Kysely<any>) =>
        (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(k)).rows;
      expect(await migrations(db)).toEqual(await migrations(h.db));
      // Every table holds as many rows as the original.
      expect(await rowCounts(db)).toEqual(source);
    });
    // Both take well under the suite's timeout on the demo data (figures: docs/deploy.md § 5).
    expect(timings.backupMs! + timings.restoreMs!).toBeLessThan(30_000);
  });

  test('the sealed columns stay sealed in the backup and open with the same key after the restore', async () => {
    const bytes = readFileSync(out);
    // The scan can see clear text at all: a seeded name (stored in clear) is in the backup.
    expect(bytes.includes(Buffer.from(DEMO_PEOPLE.parent.name, 'utf8'))).toBe(true);
    for (const person of Object.values(DEMO_PEOPLE)) {
      expect(bytes.includes(Buffer.from(person.idNumber, 'utf8'))).toBe(false);
    }

    await withDb(target, async (db) => {
      for (const person of Object.values(DEMO_PEOPLE)) {
        const restored = await db.selectFrom('users').select('id_number_enc').where('openid', '=', person.openid).executeTakeFirstOrThrow();
        const original = await h.db
          .selectFrom('users')
          .select('id_number_enc')
          .where('openid', '=', person.openid)
          .executeTakeFirstOrThrow();
        expect(restored.id_number_enc).not.toContain(person.idNumber);
        expect(h.crypto.decrypt(restored.id_number_enc!)).toBe(person.idNumber);
        expect(h.crypto.decrypt(restored.id_number_enc!)).toBe(h.crypto.decrypt(original.id_number_enc!));
      }
      // Every sealed column samples clean with the key, lookup hashes included; another key opens nothing.
      const sample = await sampleEncrypted(db, h.crypto);
      expect(sample.problems).toEqual([]);
      expect(sample.decrypted).toBeGreaterThan(50);
      expect(sample.hashesMatched).toBeGreaterThan(10);
      const stranger = await sampleEncrypted(db, testCrypto(), 1);
      expect(stranger.decrypted).toBe(0);
    });
  });

  test('a target that is not empty is refused unless the restore is forced', async () => {
    await expect(restoreDatabase(out, locationOf(target))).rejects.toThrow(/不是空的/);
    // Damage the restored copy, then force the restore over it: it is whole again.
    await withDb(target, async (db) => {
      await db.deleteFrom('inbox_messages').execute();
    });
    const report = await restoreDatabase(out, locationOf(target), { force: true });
    expect(report.counts).toEqual(manifest.counts);
  });

  test('a damaged backup file is refused before the target is touched', async () => {
    const damaged = join(dir, testEngine === 'postgres' ? 'damaged.dump' : 'damaged.sqlite');
    const bytes = Buffer.from(readFileSync(out));
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(damaged, bytes);
    copyFileSync(manifestPath(out), manifestPath(damaged));
    const fresh = await emptyTarget();
    await expect(restoreDatabase(damaged, locationOf(fresh))).rejects.toThrow(/SHA-256/);
  });

  test('a backup taken while the gateway writes is one consistent state', async () => {
    const before = (await rowCounts(h.db)).sessions!;
    const during = join(dir, testEngine === 'postgres' ? 'during.dump' : 'during.sqlite');
    const writes = Array.from({ length: 20 }, (_, i) => h.login(i % 2 === 0 ? 'parent' : 'hospital'));
    const [taken] = await Promise.all([backupDatabase(locationOf(h.database), during), ...writes]);
    const after = (await rowCounts(h.db)).sessions!;
    expect(after).toBe(before + 20);

    const fresh = await emptyTarget();
    const report = await restoreDatabase(during, locationOf(fresh));
    expect(report.counts).toEqual(taken!.counts);
    expect(report.counts.sessions).toBeGreaterThanOrEqual(before);
    expect(report.counts.sessions).toBeLessThanOrEqual(after);
    await withDb(fresh, async (db) => expect(await checkIntegrity(db)).toEqual([]));
  });
});
