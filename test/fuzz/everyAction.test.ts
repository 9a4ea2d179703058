// Every action, fed generated bad input by callers that get past its role checks: the answer is
// always the structured envelope (never a 500), and a rejected input leaves the database as it was.
// Small size here; `npx tsx scripts/fuzz.ts` runs 10 000 inputs per action.
import { createHarness, type Harness } from '../api/harness';
import { actionNames, fuzzEveryAction } from './fuzzActions';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

test('the function map has actions to fuzz', () => {
  expect(actionNames().length).toBeGreaterThan(40);
});

test(`every action answers ${RUNS} bad inputs with a structured error or a proper success`, async () => {
  const { stats, problems } = await fuzzEveryAction(h, { runs: RUNS, seed: SEED });
  expect(stats.map((s) => s.action)).toEqual(actionNames());
  expect(stats.every((s) => s.tried === RUNS)).toBe(true);
  // Most damaged inputs must be refused: an action that accepts nearly everything validates nothing.
  const total = stats.reduce((n, s) => n + s.tried, 0);
  const refused = stats.reduce((n, s) => n + s.structuredErrors, 0);
  expect(refused / total).toBeGreaterThan(0.6);
  expect(problems).toEqual([]);
}, 85_000);
