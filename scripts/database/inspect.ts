// What the backup, restore and SQLite → PostgreSQL scripts (and their tests) ask of a database, on
// either engine: row counts, foreign keys and their order, an integrity check, whether a database is
// empty, and a decrypted sample of the sealed columns.
import { sql } from 'kysely';
import { applicationTables, engineOf, type UntypedDatabase } from '../../cloud/db/engine';
import type { FieldCrypto } from '../../cloud/security/fieldCrypto';

/** Rows per table (every application table when none are named). */
export async function rowCounts(db: UntypedDatabase, tables?: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables ?? (await applicationTables(db))) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/** Every table of the database, the migrator's included (what "empty" is judged on). */
export async function allTables(db: UntypedDatabase): Promise<string[]> {
  if (engineOf(db) === 'sqlite') {
    const { rows } = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
    order by c.relname`.execute(db);
  return rows.map((r) => r.name);
}

export interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

export async function foreignKeys(db: UntypedDatabase): Promise<ForeignKey[]> {
  if (engineOf(db) === 'sqlite') {
    const { rows } = await sql<{ tbl: string; id: number; seq: number; ref: string; from: string; to: string | null }>`
      select m.name as tbl, p.id as id, p.seq as seq, p."table" as ref, p."from" as "from", p."to" as "to"
      from sqlite_master m join pragma_foreign_key_list(m.name) p
      where m.type = 'table' order by m.name, p.id, p.seq`.execute(db);
    const byKey = new Map<string, ForeignKey>();
    for (const r of rows) {
      const key = `${r.tbl}#${r.id}`;
      const fk = byKey.get(key) ?? { table: r.tbl, columns: [], refTable: r.ref, refColumns: [] };
      fk.columns.push(r.from);
      fk.refColumns.push(r.to ?? 'rowid');
      byKey.set(key, fk);
    }
    return [...byKey.values()];
  }
  const { rows } = await sql<{ tbl: string; ref: string; columns: string[]; ref_columns: string[] }>`
    select cl.relname as tbl, rf.relname as ref,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(num, i)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num order by k.i) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(num, i)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.i) as ref_columns
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_class rf on rf.oid = c.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where c.contype = 'f' and n.nspname = current_schema()
    order by cl.relname, c.conname`.execute(db);
  return rows.map((r) => ({ table: r.tbl, columns: r.columns, refTable: r.ref, refColumns: r.ref_columns }));
}

/** The tables with every referenced table before the tables that reference it (ties by name). */
export function foreignKeyOrder(tables: string[], fks: ForeignKey[]): string[] {
  const pending = new Set(tables);
  const parents = new Map(
    tables.map((t) => [t, new Set(fks.filter((f) => f.table === t && f.refTable !== t && pending.has(f.refTable)).map((f) => f.refTable))]),
  );
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => [...parents.get(t)!].every((p) => !pending.has(p))).sort();
    if (ready.length === 0) throw new Error(`外键成环，无法排序：${[...pending].join(', ')}`);
    for (const t of ready) {
      order.push(t);
      pending.delete(t);
    }
  }
  return order;
}

/**
 * Problems found (empty when sound). SQLite: `pragma integrity_check` and `pragma foreign_key_check`.
 * PostgreSQL: every foreign key validated and no row pointing at a missing parent.
 */
export async function checkIntegrity(db: UntypedDatabase): Promise<string[]> {
  const problems: string[] = [];
  if (engineOf(db) === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    for (const r of integrity.rows) if (r.integrity_check !== 'ok') problems.push(`integrity_check: ${r.integrity_check}`);
    const fk = await sql<{ table: string; parent: string; rowid: number }>`pragma foreign_key_check`.execute(db);
    for (const r of fk.rows) problems.push(`foreign key: ${r.table} rowid ${r.rowid} → ${r.parent} missing`);
    return problems;
  }
  const unvalidated = await sql<{ conname: string }>`select conname from pg_constraint where contype = 'f' and not convalidated`.execute(
    db,
  );
  for (const r of unvalidated.rows) problems.push(`foreign key ${r.conname} not validated`);
  for (const fk of await foreignKeys(db)) {
    const matches = fk.columns.map((c, i) => sql`p.${sql.ref(fk.refColumns[i]!)} = c.${sql.ref(c)}`);
    const present = fk.columns.map((c) => sql`c.${sql.ref(c)} is not null`);
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from ${sql.table(fk.table)} c
      where ${sql.join(present, sql` and `)}
        and not exists (select 1 from ${sql.table(fk.refTable)} p where ${sql.join(matches, sql` and `)})`.execute(db);
    const n = Number(rows[0]!.n);
    if (n > 0) problems.push(`foreign key: ${n} rows of ${fk.table}(${fk.columns.join(', ')}) → ${fk.refTable} missing`);
  }
  return problems;
}

/** Names of the indexes (unique constraints' included), to see that a copy has the same schema. */
export async function indexNames(db: UntypedDatabase): Promise<string[]> {
  if (engineOf(db) === 'sqlite') {
    const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'index' order by name`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{
    name: string;
  }>`select indexname as name from pg_indexes where schemaname = current_schema() order by indexname`.execute(db);
  return rows.map((r) => r.name);
}

export interface EncryptedSample {
  /** Values decrypted. */
  decrypted: number;
  /** Of those, how many had a lookup hash beside them that matched (`<x>_enc` ↔ `<x>_hash`). */
  hashesMatched: number;
  /** Sealed columns seen, as table.column. */
  columns: string[];
  problems: string[];
}

/**
 * Decrypts up to `perColumn` values of every `…_enc` column with the given keys, and where the same
 * row holds the lookup hash of that value (`…_hash`), checks it too: the keys on hand read the data.
 */
export async function sampleEncrypted(db: UntypedDatabase, crypto: FieldCrypto, perColumn = 20): Promise<EncryptedSample> {
  const result: EncryptedSample = { decrypted: 0, hashesMatched: 0, columns: [], problems: [] };
  const tables = (await db.introspection.getTables()).filter((t) => !t.isView && !t.name.startsWith('kysely_'));
  for (const table of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    const names = new Set(table.columns.map((c) => c.name));
    for (const column of [...names].filter((c) => c.endsWith('_enc')).sort()) {
      const hashColumn = `${column.slice(0, -'_enc'.length)}_hash`;
      const withHash = names.has(hashColumn);
      result.columns.push(`${table.name}.${column}`);
      const { rows } = await sql<{ v: string; h: string | null }>`
        select ${sql.ref(column)} as v, ${withHash ? sql.ref(hashColumn) : sql`null`} as h
        from ${sql.table(table.name)} where ${sql.ref(column)} is not null limit ${perColumn}`.execute(db);
      for (const row of rows) {
        let plain: string;
        try {
          plain = crypto.decrypt(row.v);
        } catch (e) {
          result.problems.push(`${table.name}.${column}: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        result.decrypted += 1;
        if (row.h === null) continue;
        if (crypto.hash(plain) === row.h) result.hashesMatched += 1;
        else result.problems.push(`${table.name}.${hashColumn}: 查找哈希与解密结果不符（FIELD_HASH_KEY 不对？）`);
      }
    }
  }
  return result;
}
