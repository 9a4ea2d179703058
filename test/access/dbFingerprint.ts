// A digest of every row of every table: equal before and after a call means the call changed nothing.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../cloud/db/tables';

export async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * What a refused call may write by design (issue 14): its own `access.refused` audit entry and the
 * rate counters. The fingerprint leaves those out; everything else must stay as it was.
 */
const EXPECTED_ON_REFUSAL = { countersTable: 'rate_counters', auditActions: ['access.refused', 'access.refused.capped', 'volume.flag'] };

/** Per table: its row count and a hash of its rows (in rowid order). */
export async function fingerprint(db: Kysely<Database>, tables: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    if (table === EXPECTED_ON_REFUSAL.countersTable) continue;
    const rows =
      table === 'audit_log'
        ? await sql<Record<string, unknown>>`select * from audit_log where action not in (${sql.join(EXPECTED_ON_REFUSAL.auditActions)}) order by rowid`.execute(db)
        : await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by rowid`.execute(db);
    out[table] = `${rows.rows.length}:${createHash('sha256').update(JSON.stringify(rows.rows)).digest('hex').slice(0, 16)}`;
  }
  return out;
}
