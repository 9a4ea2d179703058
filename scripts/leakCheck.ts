// Searches the raw bytes of a SQLite file (and its -wal), log files and export folders for every ID
// number and account number in clear. The values searched are every one the database holds
// (decrypted with the field keys from the environment: FIELD_KEY, FIELD_KEY_ID, FIELD_KEYS_OLD,
// FIELD_HASH_KEY, or the development key when unset) plus any listed in --secrets (JSON
// { idNumbers, accountNumbers }, e.g. the secrets.json a `loadTest.ts --keep` run leaves).
// Prints counts per file; exits 1 on any hit.
//   npx tsx scripts/leakCheck.ts --db <file.sqlite> [--log <file>]... [--exports <dir>]... [--secrets <file.json>]
import { readFileSync } from 'node:fs';
import { createFieldCrypto, fieldKeysFromEnv } from '../cloud/security/fieldCrypto';
import { filesToScan, scanAll, secretsInDatabase, type Secrets } from './trust/leaks';

function flags(name: string): string[] {
  return process.argv.flatMap((a, i) => (a === `--${name}` && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
}

function main(): void {
  const database = flags('db')[0];
  if (!database) {
    console.error('usage: npx tsx scripts/leakCheck.ts --db <file.sqlite> [--log <file>]... [--exports <dir>]... [--secrets <file.json>]');
    process.exit(2);
  }
  const fromDb = secretsInDatabase(database, createFieldCrypto(fieldKeysFromEnv(process.env, () => {})));
  const extra: Secrets[] = flags('secrets').map((f) => JSON.parse(readFileSync(f, 'utf8')) as Secrets);
  const secrets: Secrets = {
    idNumbers: [...new Set([...fromDb.idNumbers, ...extra.flatMap((s) => s.idNumbers)])],
    accountNumbers: [...new Set([...fromDb.accountNumbers, ...extra.flatMap((s) => s.accountNumbers)])],
  };
  const hits = scanAll(filesToScan({ database, logs: flags('log'), exportDirs: flags('exports') }), secrets);
  console.log(`searched ${secrets.idNumbers.length} ID numbers and ${secrets.accountNumbers.length} account numbers`);
  for (const h of hits) {
    console.log(
      `${h.file}: ${h.bytes} bytes, ${h.idNumberHits} ID numbers, ${h.accountNumberHits} account numbers in clear${h.examples.length ? ` (${h.examples.join('; ')})` : ''}`,
    );
  }
  const total = hits.reduce((n, h) => n + h.idNumberHits + h.accountNumberHits, 0);
  console.log(`${hits.length} files, ${total} hits`);
  process.exitCode = total === 0 ? 0 : 1;
}

main();
