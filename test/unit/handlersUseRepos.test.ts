// Repositories own the SQL (cloud/db/repos/): a handler asks a repository function and never builds a
// query itself, so each table is queried in one place and its locking rules can be read there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const HANDLERS = join(ROOT, 'cloud', 'handlers');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const QUERIES = [
  /\.(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\(/,
  /\bsql\s*(<[^>]*>)?\s*`/,
  /\bsql\.(raw|ref|lit|id|table|join|val)\(/,
  /import\s*\{[^}]*\bsql\b[^}]*\}\s*from\s*['"]kysely['"]/,
];

test('no handler builds a query itself', () => {
  const files = sourceFiles(HANDLERS);
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return QUERIES.filter((q) => q.test(text)).map((q) => `${relative(ROOT, file)}: ${q}`);
  });
  expect(offenders).toEqual([]);
});

test('the patterns catch a query when there is one', () => {
  const samples = [
    "await ctx.db.selectFrom('users').select('id').executeTakeFirst();",
    "await deps.db\n    .updateTable('birth_cases')",
    'await sql`select 1`.execute(db);',
    'sql<number>`count(*)`',
    "import { sql, type Kysely } from 'kysely';",
  ];
  for (const s of samples) expect(QUERIES.some((q) => q.test(s))).toBe(true);
  expect(QUERIES.some((q) => q.test("import type { Kysely } from 'kysely';\nconst rows = await stepsOf(db, id);"))).toBe(false);
});
