// The births fact table (人口监测, migration 0006) and its counts: every write of a fact moves the
// counts in the same transaction, so birth_counts always equals counting birth_facts
// (rebuildBirthCounts does exactly that, for data written in bulk).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { BirthFact, BirthFactSource } from '../../../domain/dashboard/birthFact';
import type { BirthCountsTable, BirthFactsTable, Database } from '../tables';

type Counted = Pick<Selectable<BirthFactsTable>, 'month' | 'township' | 'sex' | 'birth_order' | 'ethnicity'>;

export const UNKNOWN = 'unknown';

export function orderBucket(order: number | null): string {
  return order === null ? UNKNOWN : order >= 3 ? '3+' : String(order);
}

function cellsOf(f: Counted): Pick<BirthCountsTable, 'dimension' | 'value'>[] {
  return [
    { dimension: 'total', value: '' },
    { dimension: 'sex', value: f.sex ?? UNKNOWN },
    { dimension: 'order', value: orderBucket(f.birth_order) },
    { dimension: 'ethnicity', value: f.ethnicity ?? UNKNOWN },
  ];
}

async function bump(db: Kysely<Database>, f: Counted, delta: 1 | -1): Promise<void> {
  for (const cell of cellsOf(f)) {
    await db
      .insertInto('birth_counts')
      .values({ month: f.month, township: f.township, ...cell, count: delta })
      .onConflict((oc) => oc.columns(['month', 'township', 'dimension', 'value']).doUpdateSet((eb) => ({ count: eb('birth_counts.count', '+', delta) })))
      .execute();
  }
}

async function findFact(db: Kysely<Database>, source: BirthFactSource, sourceId: string): Promise<Selectable<BirthFactsTable> | undefined> {
  return db.selectFrom('birth_facts').selectAll().where('source', '=', source).where('source_id', '=', sourceId).executeTakeFirst();
}

export async function upsertBirthFact(db: Kysely<Database>, fact: BirthFact, now: Date): Promise<void> {
  const row = {
    month: fact.month,
    township: fact.township,
    sex: fact.sex,
    birth_order: fact.birthOrder,
    ethnicity: fact.ethnicity,
  };
  const old = await findFact(db, fact.source, fact.sourceId);
  if (old) await bump(db, old, -1);
  const values = { ...row, birth_date: fact.birthDate, updated_at: now.toISOString() };
  await db
    .insertInto('birth_facts')
    .values({ source: fact.source, source_id: fact.sourceId, ...values })
    .onConflict((oc) => oc.columns(['source', 'source_id']).doUpdateSet(values))
    .execute();
  await bump(db, row, 1);
}

export async function deleteBirthFact(db: Kysely<Database>, source: BirthFactSource, sourceId: string): Promise<void> {
  const old = await findFact(db, source, sourceId);
  if (!old) return;
  await db.deleteFrom('birth_facts').where('source', '=', source).where('source_id', '=', sourceId).execute();
  await bump(db, old, -1);
}

/** birth_counts from scratch: after facts were written in bulk (the benchmark), or to repair. */
export async function rebuildBirthCounts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('birth_counts').execute();
  const dimensions = [
    ['total', null],
    ['sex', sql<string>`coalesce(sex, ${sql.lit(UNKNOWN)})`],
    ['order', sql<string>`case when birth_order is null then ${sql.lit(UNKNOWN)} when birth_order >= 3 then '3+' else cast(birth_order as text) end`],
    ['ethnicity', sql<string>`coalesce(ethnicity, ${sql.lit(UNKNOWN)})`],
  ] as const;
  // Literals, not parameters: PostgreSQL matches a grouped expression to the selected one by its text,
  // and two parameters never match; the total is grouped by nothing but month and township.
  for (const [dimension, value] of dimensions) {
    await db
      .insertInto('birth_counts')
      .columns(['month', 'township', 'dimension', 'value', 'count'])
      .expression(
        db
          .selectFrom('birth_facts')
          .select(['month', 'township', sql.lit(dimension).as('dimension'), (value ?? sql<string>`''`).as('value'), (eb) => eb.fn.countAll<number>().as('count')])
          .groupBy(value ? ['month', 'township', value] : ['month', 'township']),
      )
      .execute();
  }
}
