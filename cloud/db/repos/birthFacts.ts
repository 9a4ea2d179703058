// The births fact table (人口监测, migration 0006) and its counts: every write of a fact moves the
// counts in the same transaction, so birth_counts always equals counting birth_facts
// (rebuildBirthCounts does exactly that, for data written in bulk).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { BirthFact, BirthFactSource } from '../../../domain/dashboard/birthFact';
import type { BirthCasesTable, BirthCountsTable, BirthFactsTable, Database, RegistrationsTable } from '../tables';

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
      .onConflict((oc) =>
        oc.columns(['month', 'township', 'dimension', 'value']).doUpdateSet((eb) => ({ count: eb('birth_counts.count', '+', delta) })),
      )
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

export type BirthCountCell = Pick<BirthCountsTable, 'month' | 'township' | 'dimension' | 'value' | 'count'>;

/** The non-zero count cells of a period of months (and one township). */
export async function birthCountCells(
  db: Kysely<Database>,
  period: { from: string; to: string; township?: string },
): Promise<BirthCountCell[]> {
  let query = db
    .selectFrom('birth_counts')
    .select(['month', 'township', 'dimension', 'value', 'count'])
    .where('month', '>=', period.from)
    .where('month', '<=', period.to)
    .where('count', '>', 0);
  if (period.township) query = query.where('township', '=', period.township);
  return (await query.execute()).map((r) => ({ ...r, count: Number(r.count) }));
}

/** 出生一件事 cases that have no birth fact yet. */
export async function casesWithoutBirthFact(
  db: Kysely<Database>,
): Promise<Pick<Selectable<BirthCasesTable>, 'id' | 'family_id' | 'application_json_enc'>[]> {
  return db
    .selectFrom('birth_cases as c')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'birth_case').onRef('f.source_id', '=', 'c.id'))
    .where('f.source_id', 'is', null)
    .select(['c.id', 'c.family_id', 'c.application_json_enc'])
    .execute();
}

/** Registered 补登 registrations with no birth fact yet that no case of their family stands for (see caseOfBirthExists). */
export async function registrationsWithoutBirthFact(db: Kysely<Database>): Promise<Selectable<RegistrationsTable>[]> {
  return db
    .selectFrom('registrations as r')
    .leftJoin('birth_facts as f', (join) => join.on('f.source', '=', 'registration').onRef('f.source_id', '=', 'r.id'))
    .where('f.source_id', 'is', null)
    .where('r.status', '=', 'registered')
    .where('r.stage', '=', 'born')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('birth_cases as c')
            .select('c.id')
            .where((eb) =>
              eb.or([
                eb('c.registration_id', '=', eb.ref('r.id')),
                eb.and([eb('c.family_id', '=', eb.ref('r.family_id')), eb('c.child_birth_date', '=', eb.ref('r.birth_date'))]),
              ]),
            ),
        ),
      ),
    )
    .selectAll('r')
    .execute();
}

/** birth_counts from scratch: after facts were written in bulk (the benchmark), or to repair. */
export async function rebuildBirthCounts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('birth_counts').execute();
  const dimensions = [
    ['total', null],
    ['sex', sql<string>`coalesce(sex, ${sql.lit(UNKNOWN)})`],
    [
      'order',
      sql<string>`case when birth_order is null then ${sql.lit(UNKNOWN)} when birth_order >= 3 then '3+' else cast(birth_order as text) end`,
    ],
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
          .select([
            'month',
            'township',
            sql.lit(dimension).as('dimension'),
            (value ?? sql<string>`''`).as('value'),
            (eb) => eb.fn.countAll<number>().as('count'),
          ])
          .groupBy(value ? ['month', 'township', value] : ['month', 'township']),
      )
      .execute();
  }
}
