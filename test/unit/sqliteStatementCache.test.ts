// The SQLite connection keeps its prepared statements (cloud/db/sqlite.ts): the same query reuses
// one, a streamed query still iterating never shares its statement, and a schema change is seen.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { withStatementCache } from '../../cloud/db/sqlite';

function open(size?: number) {
  const sqlite = new BetterSqlite3(':memory:');
  const prepared: string[] = [];
  const original = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((text: string) => {
    prepared.push(text);
    return original(text);
  }) as typeof sqlite.prepare;
  const db = new Kysely<{ t: { id: number; name: string } }>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite, size) }),
  });
  return { db, prepared };
}

test('the same query is prepared once; another text once more', async () => {
  const { db, prepared } = open();
  await sql`create table t (id integer primary key, name text)`.execute(db);
  for (let i = 0; i < 5; i += 1)
    await db
      .insertInto('t')
      .values({ id: i, name: `n${i}` })
      .execute();
  for (let i = 0; i < 5; i += 1)
    expect(await db.selectFrom('t').select('name').where('id', '=', i).executeTakeFirst()).toEqual({ name: `n${i}` });
  expect(prepared.filter((s) => s.startsWith('insert'))).toHaveLength(1);
  expect(prepared.filter((s) => s.startsWith('select'))).toHaveLength(1);
  await db.destroy();
});

test('a statement still iterating is not handed out again', () => {
  const sqlite = new BetterSqlite3(':memory:');
  sqlite.exec('create table t (id integer primary key); insert into t values (1), (2)');
  const connection = withStatementCache(sqlite);
  const text = 'select id from t order by id';
  const first = connection.prepare(text);
  const rows = first.iterate([])[Symbol.iterator]();
  expect(rows.next().value).toEqual({ id: 1 });
  const second = connection.prepare(text);
  expect(second).not.toBe(first);
  expect(second.all([])).toEqual([{ id: 1 }, { id: 2 }]);
  expect(rows.next().value).toEqual({ id: 2 });
  expect(rows.next().done).toBe(true);
  expect(connection.prepare(text)).toBe(first);
  connection.close();
});

test('a kept statement sees a column added after it was prepared', async () => {
  const { db } = open();
  await sql`create table t (id integer primary key, name text)`.execute(db);
  await db.insertInto('t').values({ id: 1, name: 'a' }).execute();
  expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 1, name: 'a' }]);
  await sql`alter table t add column extra text default 'x'`.execute(db);
  expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 1, name: 'a', extra: 'x' }]);
  await db.destroy();
});

test('past its size the least recently used statement goes', async () => {
  const { db, prepared } = open(2);
  await sql`create table t (id integer primary key, name text)`.execute(db);
  const q = (column: 'id' | 'name') => db.selectFrom('t').select(column).execute();
  await q('id');
  await q('name');
  await q('id'); // id is now the most recent
  await sql`select 1`.execute(db); // evicts name
  await q('id');
  await q('name');
  expect(prepared.filter((s) => s === 'select "id" from "t"')).toHaveLength(1);
  expect(prepared.filter((s) => s === 'select "name" from "t"')).toHaveLength(2);
  await db.destroy();
});
