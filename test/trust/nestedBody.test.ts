// Finding: 1 MB of nested `[[[` cost 300 ms of CPU each before anything rejected it. Now the JSON
// body's nesting is checked in one pass over its text, before it is parsed.
import { JSON_MAX_DEPTH, nestsDeeperThan, TOO_DEEP_MESSAGE } from '../../cloud/gateway/hardening';
import { createHarness, type Harness } from '../api/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const post = (payload: string) =>
  h.app.inject({ method: 'POST', url: '/api/nursery', headers: { 'content-type': 'application/json' }, payload });

test('a megabyte of nesting is refused quickly, with a Chinese message', async () => {
  const depth = 500_000;
  const body = `{"action":"search","input":{"near":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  expect(body.length).toBeLessThan(1024 * 1024);
  await post('{"action":"search","input":{}}'); // warm
  const started = process.hrtime.bigint();
  const res = await post(body);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  expect(res.statusCode).toBe(400);
  expect(res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: TOO_DEEP_MESSAGE } });
  // Parsed, it took ~300 ms; refused unparsed it takes a few (the bound leaves room for a loaded machine).
  expect(ms).toBeLessThan(200);
});

test('just past the limit is refused; within it the action sees the input', async () => {
  const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  // The body itself and `input` are two levels.
  const over = await post(`{"action":"search","input":{"near":${nest(JSON_MAX_DEPTH - 1)}}}`);
  expect(over.json().error.message).toBe(TOO_DEEP_MESSAGE);
  const within = await post(`{"action":"search","input":{"near":${nest(3)}}}`);
  expect(within.json().error.code).toBe('INVALID_INPUT');
  expect(within.json().error.message).not.toBe(TOO_DEEP_MESSAGE);
});

test('brackets inside strings do not count; prototype keys are still refused', async () => {
  expect(nestsDeeperThan(JSON.stringify({ a: '['.repeat(1000) }), JSON_MAX_DEPTH)).toBe(false);
  expect(nestsDeeperThan(JSON.stringify({ a: '\\"[[[[' }), 2)).toBe(false);
  const poisoned = await post('{"action":"search","input":{"__proto__":{"x":1}}}');
  expect(poisoned.statusCode).toBe(400);
});
