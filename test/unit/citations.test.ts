// Code cites what a reader of the repository can open: the repo's own docs/ or the public source.
// A design document kept outside the repository is not one of them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const FOLDERS = ['cloud', 'config', 'domain', 'scripts', 'src', 'test', 'docs'];
const SELF = relative(ROOT, __filename);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'screenshots' ? [] : files(path);
    return /\.(ts|tsx|mjs|js|md|scss)$/.test(name) ? [path] : [];
  });
}

const sources = FOLDERS.flatMap((f) => files(join(ROOT, f))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** Comment lines (and whole markdown files): where citations are written. Text parents see is checked by parentText.test.ts. */
function commentary(f: { path: string; text: string }): string[] {
  const lines = f.text.split('\n');
  return f.path.endsWith('.md') ? lines : lines.filter((l) => /^\s*(\/\/|\/?\*)/.test(l));
}

test('no comment cites a design document the repository does not contain', () => {
  const cited = sources.filter((f) => f.path !== SELF && commentary(f).some((l) => /DESIGN(\.md)?\s*§/.test(l))).map((f) => f.path);
  expect(cited).toEqual([]);
});

test('every docs/ file a comment cites exists', () => {
  const missing = sources.flatMap((f) =>
    [...f.text.matchAll(/\bdocs\/[\w./-]+\.(?:md|txt)\b/g)]
      .map((m) => m[0])
      .filter((p) => !existsSync(join(ROOT, p)))
      .map((p) => `${f.path}: ${p}`),
  );
  expect(missing).toEqual([]);
  expect(sources.some((f) => f.text.includes('docs/decisions.md §'))).toBe(true);
});
