import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import { migrate } from '../../cloud/db/migrate';
import { seedDemo } from '../../scripts/seed';
import { NOW, testCrypto } from './harness';

test('migrations are idempotent; the seed too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yingjiang-mig-'));
  const file = join(dir, 'm.sqlite');
  try {
    const db = createSqliteDatabase(file);
    expect(await migrate(db)).toEqual(['0001_initial', '0002_birth_bundle']);
    expect(await migrate(db)).toEqual([]);
    const crypto = testCrypto();
    const clock = { now: () => NOW };
    const first = await seedDemo(db, clock, { crypto });
    expect(first.registrations).toBe(32);
    expect(first.birthCases).toBe(5);
    const second = await seedDemo(db, clock, { crypto });
    expect(second.registrations).toBe(0);
    expect(second.birthCases).toBe(0);
    const { n } = await db.selectFrom('registrations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(32);
    const cases = await db.selectFrom('birth_cases').select(['status']).orderBy('created_at').execute();
    expect(cases.map((c) => c.status).sort()).toEqual(['completed', 'in_progress', 'in_progress', 'in_progress', 'needs_fix']);
    const townships = await db.selectFrom('townships').selectAll().execute();
    expect(townships).toHaveLength(16);
    await db.destroy();

    // A second process opening the same file finds it current.
    const again = createSqliteDatabase(file);
    expect(await migrate(again)).toEqual([]);
    const pragma = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(again);
    expect(pragma.rows[0]!.journal_mode).toBe('wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(again);
    expect(fk.rows[0]!.foreign_keys).toBe(1);
    await again.destroy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
