// The fuzzer's own checks can fail: a function added to the live map with a handler that crashes on
// odd input, and one that writes outside its transaction before refusing, are both reported.
import BetterSqlite3 from 'better-sqlite3';
import { functions } from '../../cloud/functions';
import type { FunctionDef } from '../../cloud/core/dispatch';
import { invalidInput } from '../../cloud/core/errors';
import { createHarness, type Harness } from '../api/harness';
import { fuzzEveryAction } from './fuzzActions';

let h: Harness;
const map = functions as Record<string, FunctionDef>;

beforeAll(async () => {
  h = await createHarness();
  map.brokenForFuzz = {
    name: 'brokenForFuzz' as FunctionDef['name'],
    actions: {
      crashes: { handler: async (input) => ({ length: (input as { name: string }).name.length }) },
      leaksWrite: {
        handler: async () => {
          // A second connection: the write escapes the action's transaction, as a bug might.
          const other = new BetterSqlite3(h.file);
          other
            .prepare(
              `insert into inbox_messages (id, user_id, title, body, link, created_at, read_at) values (?, (select id from users limit 1), '样例', '样例', null, '2026-11-28T00:00:00Z', null)`,
            )
            .run(`fuzz-${Math.random()}`);
          other.close();
          throw invalidInput({ name: '姓名不正确' });
        },
      },
    },
  };
});
afterAll(async () => {
  delete map.brokenForFuzz;
  await h.close();
});

test('a crashing handler and a write that survives a refusal are both reported', async () => {
  const { problems } = await fuzzEveryAction(h, { runs: 20, seed: 1, only: /^brokenForFuzz\./ });
  expect(problems.some((p) => p.action === 'brokenForFuzz.crashes' && p.reason === 'HTTP 500')).toBe(true);
  expect(
    problems.some(
      (p) => p.action === 'brokenForFuzz.leaksWrite' && p.reason.startsWith('rejected input changed the database: inbox_messages'),
    ),
  ).toBe(true);
}, 60_000);
