// After a load run (the gateways stopped): every acknowledged write is in the database exactly once,
// and nothing is half-written. Plain SQL over the SQLite file or the PostgreSQL database, through the
// drivers directly, so it trusts none of the app's code.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { AckedWrite } from './loadClients';

export interface IntegrityReport {
  acknowledged: number;
  missing: number;
  /** Keys with more than one stored answer, or records beyond one per key. */
  duplicates: number;
  halfWritten: string[];
  /** SQLite's `pragma integrity_check`; on PostgreSQL 'ok' when every foreign key still finds its row. */
  sqliteIntegrity: string;
  counts: Record<string, number>;
}

const TABLE_OF = { registration: 'registrations', birth: 'birth_cases', subsidy: 'subsidy_applications' } as const;
const ACTION_OF = { registration: ['registration', 'submit'], birth: ['birth', 'submit'], subsidy: ['subsidy', 'apply'] } as const;

/** Where the records are: `?` placeholders in, one number out. */
interface Source {
  one(query: string, ...params: unknown[]): Promise<number>;
  integrity(): Promise<string>;
  close(): Promise<void>;
}

function sqliteSource(file: string): Source {
  const db = new BetterSqlite3(file, { readonly: true });
  return {
    one: async (query, ...params) => Number(Object.values(db.prepare(query).get(...params) as Record<string, number>)[0]),
    integrity: async () => String(Object.values(db.prepare('pragma integrity_check').get() as Record<string, string>)[0]),
    close: async () => void db.close(),
  };
}

async function postgresSource(url: string): Promise<Source> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async (query: string, ...params: unknown[]) => {
    let n = 0;
    const res = await client.query(
      query.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return Number(Object.values(res.rows[0] as Record<string, unknown>)[0]);
  };
  return {
    one,
    async integrity() {
      // Foreign keys are enforced by PostgreSQL itself; what a crash could leave is caught by the
      // half-written checks. Here: the catalog agrees that no constraint is left unvalidated.
      const invalid = await one(`select count(*) from pg_constraint where contype = 'f' and not convalidated`);
      return invalid === 0 ? 'ok' : `${invalid} foreign keys not validated`;
    },
    close: () => client.end(),
  };
}

export async function checkIntegrity(database: { file: string } | { url: string }, writes: AckedWrite[]): Promise<IntegrityReport> {
  const db = 'url' in database ? await postgresSource(database.url) : sqliteSource(database.file);
  try {
    let missing = 0;
    let duplicates = 0;
    for (const w of writes) {
      if ((await db.one(`select count(*) from ${TABLE_OF[w.kind]} where id = ?`, w.id)) !== 1) missing += 1;
      const [fn, action] = ACTION_OF[w.kind];
      const keys = await db.one(
        'select count(*) from idempotency_keys where user_id = ? and key = ? and fn = ? and action = ?',
        w.userId,
        w.key,
        fn,
        action,
      );
      if (keys !== 1) duplicates += keys > 1 ? keys - 1 : 0;
      if (keys === 0) missing += 1;
    }
    // One record per key: the load users hold exactly as many records of each kind as keys they sent.
    const users = [...new Set(writes.map((w) => w.userId))];
    const inUsers = users.length > 0 ? `in (${users.map(() => '?').join(', ')})` : 'in (null)';
    for (const kind of Object.keys(TABLE_OF) as (keyof typeof TABLE_OF)[]) {
      const records = await db.one(`select count(*) from ${TABLE_OF[kind]} where applicant_user_id ${inUsers}`, ...users);
      const acked = writes.filter((w) => w.kind === kind).length;
      if (records > acked) duplicates += records - acked;
    }

    const halfWritten: string[] = [];
    // Rows of `rows` for which no row of `related` exists (both written in the same transaction).
    const without = (label: string, rows: string, related: string) =>
      [label, `select count(*) from ${rows} where not exists (select 1 from ${related})`] as const;
    const checks: (readonly [string, string])[] = [
      without('registrations without their 办件 row', 'registrations r', "cases c where c.kind = 'registration' and c.ref_id = r.id"),
      [
        'birth cases without all 5 steps',
        `select count(*) from birth_cases b where (select count(*) from bundle_steps s where s.case_id = b.id) <> 5`,
      ],
      without('bundle steps without an event', 'bundle_steps s', 'bundle_step_events e where e.case_id = s.case_id and e.step = s.step'),
      without('birth cases without their 办件 row', 'birth_cases b', "cases c where c.kind = 'birth' and c.ref_id = b.id"),
      without('subsidy applications without claims', 'subsidy_applications a', 'subsidy_claims c where c.application_id = a.id'),
      without('subsidy applications without events', 'subsidy_applications a', 'subsidy_events e where e.application_id = a.id'),
      without(
        'subsidy applications without their audit entry',
        'subsidy_applications a',
        "audit_log l where l.action = 'subsidy.apply' and l.target_id = a.id",
      ),
      without(
        'subsidy applications without their 办件 row',
        'subsidy_applications a',
        "cases c where c.kind = 'subsidy' and c.ref_id = a.id",
      ),
      without('claims of no application', 'subsidy_claims c', 'subsidy_applications a where a.id = c.application_id'),
      [
        '办件 rows pointing at nothing',
        `select count(*) from cases c where (c.kind = 'registration' and not exists (select 1 from registrations r where r.id = c.ref_id))
      or (c.kind = 'birth' and not exists (select 1 from birth_cases b where b.id = c.ref_id))
      or (c.kind = 'subsidy' and not exists (select 1 from subsidy_applications a where a.id = c.ref_id))`,
      ],
      [
        'audit rows missing who/what/which',
        `select count(*) from audit_log where coalesce(actor_user_id, '') = '' or coalesce(action, '') = '' or coalesce(target_id, '') = ''`,
      ],
    ];
    for (const [label, query] of checks) {
      const n = await db.one(query);
      if (n > 0) halfWritten.push(`${n} ${label}`);
    }

    const counts: Record<string, number> = {};
    for (const t of [
      'users',
      'registrations',
      'birth_cases',
      'bundle_steps',
      'subsidy_applications',
      'subsidy_claims',
      'idempotency_keys',
      'files',
    ]) {
      counts[t] = await db.one(`select count(*) from ${t}`);
    }
    const sqliteIntegrity = await db.integrity();
    return { acknowledged: writes.length, missing, duplicates, halfWritten, sqliteIntegrity, counts };
  } finally {
    await db.close();
  }
}
