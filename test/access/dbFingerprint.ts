// A digest of every row of every table: equal before and after a call means the call changed nothing.
// Rows are hashed in sorted order, so neither engine's physical order matters.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { applicationTables } from '../../cloud/db/engine';
import type { Database } from '../../cloud/db/tables';

export async function tableNames(db: Kysely<Database>): Promise<string[]> {
  return applicationTables(db);
}

/**
 * What a refused call may write by design (issue 14): its own `access.refused` audit entry and the
 * rate counters. The fingerprint leaves those out; everything else must stay as it was.
 */
const EXPECTED_ON_REFUSAL = { countersTable: 'rate_counters', auditActions: ['access.refused', 'access.refused.capped', 'volume.flag'] };

/** Per table: its row count and a hash of its rows. */
export async function fingerprint(db: Kysely<Database>, tables: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    if (table === EXPECTED_ON_REFUSAL.countersTable) continue;
    const rows =
      table === 'audit_log'
        ? await sql<
            Record<string, unknown>
          >`select * from audit_log where action not in (${sql.join(EXPECTED_ON_REFUSAL.auditActions)})`.execute(db)
        : await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const lines = rows.rows.map((r) => JSON.stringify(r)).sort();
    out[table] = `${lines.length}:${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return out;
}
