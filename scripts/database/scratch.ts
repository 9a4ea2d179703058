// What the SQLite benchmarks share: a fresh migrated database in a temp folder that is removed again,
// batched inserts of generated rows, and how a script ends on an error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { migrate } from '../../cloud/db/migrate';
import { createSqliteDatabase } from '../../cloud/db/sqlite';
import type { Database } from '../../cloud/db/tables';

export interface ScratchSqlite {
  db: Kysely<Database>;
  /** The temp folder, for the benchmark's other files (uploads). */
  dir: string;
  file: string;
  /** Closes the database and removes its folder. */
  dispose: () => Promise<void>;
}

/** A migrated SQLite database in a new temp folder named from `prefix`. */
export async function scratchSqlite(prefix: string): Promise<ScratchSqlite> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'bench.sqlite');
  const db = createSqliteDatabase(file);
  const dispose = async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await migrate(db);
  } catch (e) {
    await dispose();
    throw e;
  }
  return { db, dir, file, dispose };
}

/** `rows` inserted `batch` at a time: one statement for all of them would pass SQLite's bound-parameter limit. */
export async function insertBatches<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  batch: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    // Kysely's insert types are generic over the table; the rows are checked by the caller's Insertable.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batch) as never)
      .execute();
  }
}

/** Runs a script's `main`: an error prints its stack and fails the process. */
export function runScript(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
