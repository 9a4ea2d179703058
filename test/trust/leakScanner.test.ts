// The leak scanner finds a clear number in every form it promises, and lets masked forms pass.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFile } from '../../scripts/trust/leaks';
import { sampleIdNumber } from '../fixtures/people';

const ID = sampleIdNumber('1990-03-07', 123); // odd sequence: a man's; check digit computed
const ACCOUNT = '6228480012345678901';
const secrets = { idNumbers: [ID], accountNumbers: [ACCOUNT] };
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yingjiang-leak-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(content: string | Buffer) {
  const file = join(dir, `f${Math.random()}`);
  writeFileSync(file, content);
  return scanFile(file, secrets);
}

test.each([
  ['as is', `x${ID}y`],
  ['grouped with spaces', `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`],
  ['grouped with dashes', `${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`],
  ['without its check digit', `id=${ID.slice(0, 17)};`],
  ['in UTF-16', Buffer.from(`身份证${ID}`, 'utf16le')],
])('an ID number %s is found', (_label, content) => {
  expect(scan(content).idNumberHits).toBe(1);
});

test.each([
  ['as is', `acct ${ACCOUNT}`],
  ['grouped in fours', ACCOUNT.replace(/(\d{4})(?=\d)/g, '$1 ')],
  ['all but the last 4', `${ACCOUNT.slice(0, -4)}****`],
])('an account number %s is found', (_label, content) => {
  expect(scan(content).accountNumberHits).toBe(1);
});

test('masked forms and other numbers pass', () => {
  const masked = `${ID.slice(0, 4)}**********${ID.slice(-4)} ****${ACCOUNT.slice(-4)} 13800138000 20261128093000123`;
  expect(scan(masked)).toMatchObject({ idNumberHits: 0, accountNumberHits: 0 });
});
