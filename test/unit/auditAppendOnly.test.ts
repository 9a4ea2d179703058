// The audit log is append-only (docs/decisions.md §7): no code under cloud/ or scripts/ updates or deletes its
// rows, whether through Kysely or raw SQL.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const WRITES = [
  /updateTable\(\s*['"`]audit_log['"`]/,
  /deleteFrom\(\s*['"`]audit_log['"`]/,
  /replaceInto\(\s*['"`]audit_log['"`]/,
  /\bupdate\s+["`]?audit_log\b/i,
  /\bdelete\s+from\s+["`]?audit_log\b/i,
  /\btruncate\s+(table\s+)?["`]?audit_log\b/i,
  /onConflict[\s\S]{0,200}audit_log|audit_log[\s\S]{0,200}onConflict/,
];

test('nothing updates or deletes audit_log rows', () => {
  const files = [...sourceFiles(join(ROOT, 'cloud')), ...sourceFiles(join(ROOT, 'scripts'))];
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return WRITES.filter((w) => w.test(text)).map((w) => `${relative(ROOT, file)}: ${w}`);
  });
  expect(offenders).toEqual([]);
});

test('the patterns catch a write when there is one', () => {
  const sample = "await db.deleteFrom('audit_log').where('id', '=', id).execute();\nsql`UPDATE audit_log SET action = 'x'`";
  expect(WRITES.filter((w) => w.test(sample)).length).toBe(2);
});
