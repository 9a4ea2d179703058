// Is any ID number or account number lying around in clear? The secrets are gathered by decrypting
// every `_enc` column of the database (so every seeded and generated value is searched, not a
// sample), plus any values the caller already knows; then the raw bytes of each file are searched.
// Masked forms (5329**********1234, last 4) are fine; a clear number in any of these forms is not:
// as is, lower-case x, grouped with spaces or dashes, UTF-16, or all but its last 4 digits.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { FieldCrypto } from '../../cloud/security/fieldCrypto';

export interface Secrets {
  idNumbers: string[];
  accountNumbers: string[];
}

export interface FileHits {
  file: string;
  bytes: number;
  idNumberHits: number;
  accountNumberHits: number;
  examples: string[];
}

const ID_IN_TEXT = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;

function isIdShape(s: string): boolean {
  return /^\d{17}[\dX]$/i.test(s);
}

/** Every clear ID number and account number the database holds, decrypted. */
export function secretsInDatabase(file: string, crypto: FieldCrypto): Secrets {
  const db = new BetterSqlite3(file, { readonly: true });
  const ids = new Set<string>();
  const accounts = new Set<string>();
  try {
    const tables = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      const columns = (db.prepare(`pragma table_info("${name}")`).all() as { name: string }[])
        .map((c) => c.name)
        .filter((c) => c.endsWith('_enc'));
      for (const column of columns) {
        for (const row of db.prepare(`select "${column}" as v from "${name}" where "${column}" is not null`).iterate() as Iterable<{
          v: string;
        }>) {
          let plain: string;
          try {
            plain = crypto.decrypt(row.v);
          } catch {
            continue; // sealed under a key this run does not hold
          }
          if (column.startsWith('account_number')) accounts.add(plain.replace(/\D/g, ''));
          for (const m of plain.match(ID_IN_TEXT) ?? []) if (isIdShape(m)) ids.add(m.toUpperCase());
        }
      }
    }
  } finally {
    db.close();
  }
  return { idNumbers: [...ids], accountNumbers: [...accounts].filter((a) => a.length >= 12) };
}

/** Needle → what it is. An ID number also counts without its check digit; an account without its last 4. */
function needles(secrets: Secrets): Map<string, 'id' | 'account'> {
  const map = new Map<string, 'id' | 'account'>();
  for (const id of secrets.idNumbers) {
    map.set(id.toUpperCase(), 'id');
    map.set(id.slice(0, 17), 'id');
  }
  for (const a of secrets.accountNumbers) {
    map.set(a, 'account');
    map.set(a.slice(0, -4), 'account');
  }
  return map;
}

// A run of digits (and X), allowing one separator (space, dash, or the NUL of UTF-16) between them.
// eslint-disable-next-line no-control-regex -- a NUL between digits is one of the disguises looked for
const DIGIT_RUN = /[0-9Xx](?:[ \-\u0000]?[0-9Xx]){7,}/g;

export function scanFile(file: string, secrets: Secrets, known = needles(secrets)): FileHits {
  const buffer = readFileSync(file);
  const text = buffer.toString('latin1');
  const lengths = [...new Set([...known.keys()].map((k) => k.length))];
  const hits: FileHits = { file, bytes: buffer.length, idNumberHits: 0, accountNumberHits: 0, examples: [] };
  for (const match of text.matchAll(DIGIT_RUN)) {
    // eslint-disable-next-line no-control-regex -- the same NUL disguise
    const run = match[0].replace(/[ \-\u0000]/g, '').toUpperCase();
    const found = new Set<string>();
    for (const len of lengths) {
      for (let i = 0; i + len <= run.length; i += 1) {
        const window = run.slice(i, i + len);
        if (known.has(window)) found.add(window);
      }
    }
    // A 17-digit hit inside an 18-digit hit is the same leak: count the longest.
    for (const f of found) {
      if ([...found].some((g) => g !== f && g.includes(f))) continue;
      if (known.get(f) === 'id') hits.idNumberHits += 1;
      else hits.accountNumberHits += 1;
      if (hits.examples.length < 3) hits.examples.push(`${f.slice(0, 4)}…${f.slice(-4)} at byte ${match.index}`);
    }
  }
  return hits;
}

/** The files a leak check reads: the SQLite file and its -wal/-journal, log files, every file under the export dirs. */
export function filesToScan(paths: { database?: string; logs?: string[]; exportDirs?: string[] }): string[] {
  const out: string[] = [];
  if (paths.database)
    for (const suffix of ['', '-wal', '-journal']) if (existsSync(paths.database + suffix)) out.push(paths.database + suffix);
  for (const log of paths.logs ?? []) if (existsSync(log)) out.push(log);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  for (const dir of paths.exportDirs ?? []) if (existsSync(dir)) walk(dir);
  return out;
}

export function scanAll(files: string[], secrets: Secrets): FileHits[] {
  const known = needles(secrets);
  return files.map((f) => scanFile(f, secrets, known));
}
